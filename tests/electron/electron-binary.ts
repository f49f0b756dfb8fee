/**
 * Finds an Electron executable without `require('electron')`, which would try to download one.
 * Order: `ELECTRON_OVERRIDE_DIST_PATH` (a folder holding an unpacked Electron, the variable the
 * `electron` package itself honours), then `node_modules/electron/dist` after a normal install.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The executable's path inside an Electron dist folder, per platform. */
export function executableInDist(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export function findElectronBinary(
  env: NodeJS.ProcessEnv,
  repoRoot: string,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const packageDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  // path.txt is written by the electron package's install script once the download succeeded.
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : executableInDist(platform);
  const candidates = [
    env.ELECTRON_OVERRIDE_DIST_PATH ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : null,
    path.join(packageDir, 'dist', relative),
  ];
  return candidates.find((candidate) => candidate !== null && existsSync(candidate)) ?? null;
}
