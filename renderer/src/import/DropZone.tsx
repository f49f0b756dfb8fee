import { useEffect, useRef, useState } from 'react';
import { fromDataTransfer, type PickedFile } from './read-files.ts';

interface DropZoneProps {
  onImport: (files: PickedFile[]) => void;
  onError: (message: string) => void;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Files and folders can be dropped anywhere on the window; an overlay says what will happen. */
export function DropZone({ onImport, onError }: DropZoneProps) {
  const [isDragging, setIsDragging] = useState(false);
  // dragenter/dragleave fire for every child element crossed; count them to know when we left.
  const depth = useRef(0);
  const onImportRef = useRef(onImport);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onImportRef.current = onImport;
    onErrorRef.current = onError;
  });

  useEffect(() => {
    const handleDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setIsDragging(true);
    };
    const handleDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const handleDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setIsDragging(false);
    };
    const handleDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth.current = 0;
      setIsDragging(false);
      fromDataTransfer(event.dataTransfer).then(
        (files) => {
          if (files.length > 0) onImportRef.current(files);
        },
        (error: unknown) =>
          onErrorRef.current(`Could not read the dropped items: ${String(error)}`),
      );
    };
    window.addEventListener('dragenter', handleDragEnter);
    window.addEventListener('dragover', handleDragOver);
    window.addEventListener('dragleave', handleDragLeave);
    window.addEventListener('drop', handleDrop);
    return () => {
      window.removeEventListener('dragenter', handleDragEnter);
      window.removeEventListener('dragover', handleDragOver);
      window.removeEventListener('dragleave', handleDragLeave);
      window.removeEventListener('drop', handleDrop);
    };
  }, []);

  if (!isDragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">Drop to import</p>
        <p className="drop-overlay__hint">Files or folders · .txt .md .html .htm .json</p>
      </div>
    </div>
  );
}
