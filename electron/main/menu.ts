/**
 * The application menu. File → Import asks for files or a folder and starts an import through
 * the backend; progress reaches the renderer as `import.progressed` / `import.finished` events like
 * any other import. The rest are Electron's standard roles.
 */
import {
  BrowserWindow,
  Menu,
  dialog,
  type MenuItemConstructorOptions,
  type OpenDialogOptions,
} from 'electron';
import type { Backend } from '../backend/backend.ts';

/** The file types the importer accepts (DESIGN.md §1). */
export const importExtensions = ['txt', 'md', 'html', 'htm', 'json'];

export type ImportKind = 'files' | 'folder';

/** Options of the open dialog for each way of importing. */
export function importDialogOptions(kind: ImportKind): OpenDialogOptions {
  if (kind === 'folder') {
    return { title: 'Import Folder', buttonLabel: 'Import', properties: ['openDirectory'] };
  }
  return {
    title: 'Import Files',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles', extensions: importExtensions },
      { name: 'All Files', extensions: ['*'] },
    ],
  };
}

export interface MenuActions {
  onImport: (kind: ImportKind) => void;
}

/** The menu as data: pure, so its structure is tested without Electron. */
export function buildMenuTemplate(
  actions: MenuActions,
  isMac: boolean,
  appName: string,
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        label: 'Import Files…',
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.onImport('files'),
      },
      {
        label: 'Import Folder…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => actions.onImport('folder'),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [] : [{ role: 'about', label: `About ${appName}` }],
  };
  const appMenu: MenuItemConstructorOptions = { label: appName, role: 'appMenu' };
  return [
    ...(isMac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    help,
  ];
}

/** Shows the open dialog and starts the import; failures are shown, never thrown. */
export async function importFromDialog(
  backend: Pick<Backend, 'handle'>,
  kind: ImportKind,
  parent: BrowserWindow | null,
): Promise<void> {
  const options = importDialogOptions(kind);
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return;
  const reply = await backend.handle('articles.import', { paths: result.filePaths });
  if (!reply.ok) dialog.showErrorBox('Import failed', reply.error.message);
}

/** Builds and installs the application menu. */
export function installMenu(backend: Pick<Backend, 'handle'>, appName: string): void {
  const onImport = (kind: ImportKind) => {
    importFromDialog(backend, kind, BrowserWindow.getFocusedWindow()).catch((error: unknown) => {
      console.error('[parallax] import from the menu failed', error);
    });
  };
  const template = buildMenuTemplate({ onImport }, process.platform === 'darwin', appName);
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
