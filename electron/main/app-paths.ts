/**
 * Where the desktop app finds its parts, as a pure function of where the bundle runs from, so the
 * packaged layout is tested without packaging. Layout (dev and packaged alike, inside `app.asar`
 * when packaged): `dist/electron/{main,preload,import-worker}.cjs` and `dist/renderer/`.
 */
import path from 'node:path';

export interface AppPathsInput {
  /** Folder of the running main bundle (`__dirname` of `dist/electron/main.cjs`). */
  bundleDir: string;
  isPackaged: boolean;
  /** `process.resourcesPath`: holds `app.asar`, `app.asar.unpacked` and `corpus/` when packaged. */
  resourcesPath: string;
}

export interface AppPaths {
  rendererDir: string;
  preloadPath: string;
  importWorkerPath: string;
  corpusDir: string;
}

/**
 * Worker threads cannot rely on asar support, so the packaged worker is unpacked (`asarUnpack` in
 * `build/electron-builder.yml`) and loaded from `app.asar.unpacked`.
 */
export function unpackedPath(filePath: string): string {
  const packed = `${path.sep}app.asar${path.sep}`;
  const unpacked = `${path.sep}app.asar.unpacked${path.sep}`;
  return filePath.includes(packed) ? filePath.replace(packed, unpacked) : filePath;
}

export function appPaths(input: AppPathsInput): AppPaths {
  const repoRoot = path.resolve(input.bundleDir, '..', '..');
  return {
    rendererDir: path.resolve(input.bundleDir, '..', 'renderer'),
    preloadPath: path.join(input.bundleDir, 'preload.cjs'),
    importWorkerPath: unpackedPath(path.join(input.bundleDir, 'import-worker.cjs')),
    // Packaged: copied next to app.asar by `extraResources`; dev: the repository's sample corpus.
    corpusDir: input.isPackaged
      ? path.join(input.resourcesPath, 'corpus')
      : path.join(repoRoot, 'corpus'),
  };
}

/**
 * The user-data folder override for tests and portable setups (`PARALLAX_USER_DATA`), or null
 * to keep Electron's default (`~/.config/Parallax`, `%APPDATA%\Parallax`, ...).
 */
export function userDataOverride(env: NodeJS.ProcessEnv): string | null {
  const value = env.PARALLAX_USER_DATA;
  return value && path.isAbsolute(value) ? value : null;
}

/**
 * The library folder: `PARALLAX_DATA_DIR` when set (the CLI and HTTP host honour it too, see
 * `electron/backend/paths.ts`), else the user-data folder.
 */
export function libraryDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const value = env.PARALLAX_DATA_DIR;
  return value && path.isAbsolute(value) ? value : userDataDir;
}
