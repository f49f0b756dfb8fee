import { useEffect } from 'react';

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onClose: () => void;
  /** How long it stays up, in milliseconds. */
  timeoutMs?: number;
}

/** "Deleted · Undo", dismissed by itself after a few seconds. */
export function UndoToast({ message, onUndo, onClose, timeoutMs = 8000 }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs, message]);
  return (
    <div className="toast anno-toast" role="status">
      <span>{message}</span>
      <button type="button" className="anno-toast__undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
