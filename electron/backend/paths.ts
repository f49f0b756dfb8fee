/**
 * Where the app keeps its data. The CLI and the HTTP host use the same folder as the desktop app
 * (Electron's `userData` for the product name "Parallax"), so all three see one library.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const databaseFileName = 'parallax.sqlite';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.PARALLAX_DATA_DIR) return env.PARALLAX_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Parallax');
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Parallax');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Parallax');
}

/** The sample corpus shipped in the repository (the packaged app passes its own). */
export const repoCorpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
