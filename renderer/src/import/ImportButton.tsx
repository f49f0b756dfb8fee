import { useRef, type ChangeEvent } from 'react';
import { usePopover } from '../library/usePopover.ts';
import { acceptAttribute, fromFileList, type PickedFile } from './read-files.ts';

interface ImportButtonProps {
  onImport: (files: PickedFile[]) => void;
}

/** "Import…" opens a small menu: pick files, or pick a whole folder. */
export function ImportButton({ onImport }: ImportButtonProps) {
  const { isOpen, rootRef, close, toggle } = usePopover<HTMLDivElement>();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const { files } = event.target;
    if (files && files.length > 0) onImport(fromFileList(files));
    // Reset so that picking the same file again still fires a change.
    event.target.value = '';
  };
  const pick = (input: HTMLInputElement | null) => {
    close();
    input?.click();
  };

  return (
    <div className="popover-root" ref={rootRef}>
      <button
        type="button"
        className="button button--primary"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        onClick={toggle}
      >
        Import…
      </button>
      {isOpen ? (
        <div className="popover popover--menu popover--right" role="menu" aria-label="Import">
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            autoFocus
            onClick={() => pick(filesInput.current)}
          >
            <span>Files…</span>
            <span className="menu-item__hint">.txt .md .html .json</span>
          </button>
          <button
            type="button"
            role="menuitem"
            className="menu-item"
            onClick={() => pick(folderInput.current)}
          >
            <span>Folder…</span>
            <span className="menu-item__hint">every article inside</span>
          </button>
        </div>
      ) : null}
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={acceptAttribute}
        hidden
        aria-label="Import files"
        data-testid="import-files-input"
        onChange={handleChange}
      />
      <input
        ref={folderInput}
        type="file"
        // React does not know this non-standard attribute by type; it is passed through as is.
        {...{ webkitdirectory: '' }}
        multiple
        hidden
        aria-label="Import a folder"
        data-testid="import-folder-input"
        onChange={handleChange}
      />
    </div>
  );
}
