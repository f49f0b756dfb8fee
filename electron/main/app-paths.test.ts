import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, libraryDir, unpackedPath, userDataOverride } from './app-paths.ts';

const p = (...parts: string[]) => path.join(path.sep, ...parts);

describe('appPaths', () => {
  it('finds renderer, preload, worker and the repository corpus in development', () => {
    const paths = appPaths({
      bundleDir: p('repo', 'dist', 'electron'),
      isPackaged: false,
      resourcesPath: p('electron', 'resources'),
    });
    expect(paths).toEqual({
      rendererDir: p('repo', 'dist', 'renderer'),
      preloadPath: p('repo', 'dist', 'electron', 'preload.cjs'),
      importWorkerPath: p('repo', 'dist', 'electron', 'import-worker.cjs'),
      corpusDir: p('repo', 'corpus'),
    });
  });

  it('loads the worker from app.asar.unpacked and the corpus from resources when packaged', () => {
    const resources = p('opt', 'Parallax', 'resources');
    const paths = appPaths({
      bundleDir: path.join(resources, 'app.asar', 'dist', 'electron'),
      isPackaged: true,
      resourcesPath: resources,
    });
    expect(paths.importWorkerPath).toBe(
      path.join(resources, 'app.asar.unpacked', 'dist', 'electron', 'import-worker.cjs'),
    );
    expect(paths.preloadPath).toBe(
      path.join(resources, 'app.asar', 'dist', 'electron', 'preload.cjs'),
    );
    expect(paths.rendererDir).toBe(path.join(resources, 'app.asar', 'dist', 'renderer'));
    expect(paths.corpusDir).toBe(path.join(resources, 'corpus'));
  });
});

describe('unpackedPath', () => {
  it('leaves paths outside an asar archive alone', () => {
    expect(unpackedPath(p('repo', 'app.asarx', 'w.cjs'))).toBe(p('repo', 'app.asarx', 'w.cjs'));
  });
});

describe('userDataOverride and libraryDir', () => {
  it('honour absolute overrides only', () => {
    expect(userDataOverride({ PARALLAX_USER_DATA: p('tmp', 'u') })).toBe(p('tmp', 'u'));
    expect(userDataOverride({ PARALLAX_USER_DATA: 'relative' })).toBeNull();
    expect(userDataOverride({})).toBeNull();
    expect(libraryDir({ PARALLAX_DATA_DIR: p('tmp', 'lib') }, p('u'))).toBe(p('tmp', 'lib'));
    expect(libraryDir({}, p('u'))).toBe(p('u'));
  });
});
