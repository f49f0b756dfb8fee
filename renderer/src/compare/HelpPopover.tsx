import { useEffect, useId, useRef } from 'react';
import { compareShortcuts } from './useCompareKeys.ts';

interface HelpPopoverProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** "?": the keyboard shortcuts of the compare view. Opened by the button or the ? key. */
export function HelpPopover({ isOpen, onOpenChange }: HelpPopoverProps) {
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return undefined;
    const handlePointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) onOpenChange(false);
    };
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onOpenChange(false);
    };
    document.addEventListener('pointerdown', handlePointerDown);
    document.addEventListener('keydown', handleKeyDown);
    return () => {
      document.removeEventListener('pointerdown', handlePointerDown);
      document.removeEventListener('keydown', handleKeyDown);
    };
  }, [isOpen, onOpenChange]);

  return (
    <div className="popover-root" ref={rootRef}>
      <button
        type="button"
        className="help-button"
        aria-label="Keyboard shortcuts"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => onOpenChange(!isOpen)}
      >
        ?
      </button>
      {isOpen ? (
        <div
          id={panelId}
          className="popover popover--right help"
          role="dialog"
          aria-label="Keyboard shortcuts"
        >
          <p className="help__title">Keyboard</p>
          <dl className="help__list">
            {compareShortcuts.map((shortcut) => (
              <div key={shortcut.action} className="help__row">
                <dt>
                  {shortcut.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
          </dl>
          <p className="help__note">
            A difference is a row some column lacks, or near-identical copy with edits.
          </p>
          <p className="help__title help__title--spaced">Overview strip</p>
          <ul className="help__legend">
            <li>
              <span className="overview__mark overview__mark--all" /> every column
            </li>
            <li>
              <span className="overview__mark overview__mark--some" /> some columns
            </li>
            <li>
              <span className="overview__mark overview__mark--one" /> only one outlet
            </li>
            <li>
              <span className="overview__mark overview__mark--copy" /> edited copy
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
