import { defineConfig, loadEnv } from 'vite';

/*
 * Paths are relative to the repository root, where every npm script runs (`npm run build:renderer`).
 * This file lives in renderer/, whose lint rules forbid Node imports, so no `node:url` here.
 */
export default defineConfig(({ mode }) => {
  /** Where `npm run dev:renderer` forwards API calls: a running `serve.ts` (see electron/http-host). */
  const devBackend = loadEnv(mode, '.', 'PARALLAX_').PARALLAX_BACKEND ?? 'http://127.0.0.1:4780';
  return {
    root: 'renderer',
    // Relative asset URLs: the same build is served by the HTTP host and loaded over app:// in Electron.
    base: './',
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      target: 'es2023',
      sourcemap: true,
    },
    server: {
      proxy: {
        '/api': devBackend,
        '/events': { target: devBackend.replace(/^http/, 'ws'), ws: true },
      },
    },
  };
});
