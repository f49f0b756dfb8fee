import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

const electron = vi.hoisted(() => ({
  dialog: {
    showOpenDialog: vi.fn(),
    showErrorBox: vi.fn(),
  },
  BrowserWindow: { getFocusedWindow: () => null },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
}));
vi.mock('electron', () => electron);

const { buildMenuTemplate, importDialogOptions, importFromDialog } = await import('./menu.ts');

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

describe('buildMenuTemplate', () => {
  it('offers Import Files… and Import Folder… in the File menu', () => {
    const onImport = vi.fn();
    const [file] = buildMenuTemplate({ onImport }, false, 'Parallax');
    const items = submenu(file);
    expect(file?.label).toBe('File');
    expect(items.map((i) => i.label).slice(0, 2)).toEqual(['Import Files…', 'Import Folder…']);
    items[0]?.click?.(undefined as never, undefined, undefined as never);
    items[1]?.click?.(undefined as never, undefined, undefined as never);
    expect(onImport.mock.calls).toEqual([['files'], ['folder']]);
  });

  it('has the standard Edit, View, Window and Help menus', () => {
    const roles = buildMenuTemplate({ onImport: vi.fn() }, false, 'Parallax').map((m) => m.role);
    expect(roles).toEqual([undefined, 'editMenu', 'viewMenu', 'windowMenu', 'help']);
  });

  it('starts with the app menu on macOS', () => {
    const [first] = buildMenuTemplate({ onImport: vi.fn() }, true, 'Parallax');
    expect(first).toMatchObject({ label: 'Parallax', role: 'appMenu' });
  });
});

describe('importDialogOptions', () => {
  it('lets the user pick several article files', () => {
    const options = importDialogOptions('files');
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.[0]?.extensions).toEqual(['txt', 'md', 'html', 'htm', 'json']);
  });

  it('lets the user pick a folder', () => {
    expect(importDialogOptions('folder').properties).toEqual(['openDirectory']);
  });
});

describe('importFromDialog', () => {
  it('imports the chosen paths through the backend', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: ['/a.txt', '/b.md'],
    });
    const handle = vi.fn(() => Promise.resolve({ ok: true as const, value: { jobId: 'j1' } }));
    await importFromDialog({ handle }, 'files', null);
    expect(handle).toHaveBeenCalledWith('articles.import', { paths: ['/a.txt', '/b.md'] });
  });

  it('does nothing when the dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const handle = vi.fn();
    await importFromDialog({ handle }, 'folder', null);
    expect(handle).not.toHaveBeenCalled();
  });

  it('shows the error when the backend refuses', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x'] });
    const handle = vi.fn(() =>
      Promise.resolve({
        ok: false as const,
        error: { code: 'invalid_input' as const, message: 'no files' },
      }),
    );
    await importFromDialog({ handle }, 'files', null);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Import failed', 'no files');
  });
});
