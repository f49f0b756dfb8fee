/**
 * Bundles the Electron side into `dist/electron/`: `node scripts/build-electron.ts`.
 *
 * - `main.cjs`: main process with the backend and `shared/` inlined (only `electron` and Node
 *   builtins such as `node:sqlite` stay external), so the packaged app ships no node_modules.
 * - `preload.cjs`: the sandboxed preload; sandboxed preloads can `require` only `electron`, and
 *   it carries the contract's names, not its schemas (see `contractNamesOnly`).
 * - `import-worker.cjs`, `parse-worker.cjs`: the backend's import worker threads.
 *
 * Every bundle is checked: a runtime `require` of anything else fails the build.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { eventNames, methodNames } from '../shared/api/contract.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

/**
 * The sources are ES modules that locate files with `import.meta.url`; in a CommonJS bundle that
 * becomes the bundle's own URL. `dist/electron/` sits as deep as `electron/backend/`, so relative
 * lookups such as `../../package.json` still land on the same files.
 */
const importMetaShim = {
  banner: {
    js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;",
  },
  define: {
    'import.meta.url': '__bundleUrl',
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
  },
} satisfies BuildOptions;

/**
 * The preload needs only the contract's names, but the contract module builds zod schemas (about
 * 750 KiB once bundled) that every page load would have to parse. In the preload bundle it is
 * replaced by its names, taken from the real contract at build time; an import of anything else
 * from it fails the build ("No matching export").
 */
const contractNamesOnly: Plugin = {
  name: 'contract-names-only',
  setup(context) {
    context.onLoad({ filter: /[\\/]shared[\\/]api[\\/]contract\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        `export const methodNames = ${JSON.stringify(methodNames)};`,
        `export const eventNames = ${JSON.stringify(eventNames)};`,
        'export function isMethod(name) { return methodNames.includes(name); }',
      ].join('\n'),
    }));
  },
};

interface Bundle {
  entry: string;
  outfile: string;
  options: BuildOptions;
  /** Modules the bundle may still `require` at run time. */
  allowExternal: (name: string) => boolean;
  optional?: boolean;
}

const nodeTarget = { platform: 'node', target: 'node24', ...importMetaShim } satisfies BuildOptions;
const electronOrBuiltin = (name: string) => name === 'electron' || isBuiltin(name);

const bundles: Bundle[] = [
  {
    entry: 'electron/preload/preload.ts',
    outfile: 'preload.cjs',
    options: {
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
      plugins: [contractNamesOnly],
    },
    allowExternal: (name) => name === 'electron',
  },
  {
    entry: 'electron/main/main.ts',
    outfile: 'main.cjs',
    options: { ...nodeTarget, external: ['electron'] },
    allowExternal: electronOrBuiltin,
  },
  {
    entry: 'electron/backend/import-worker.ts',
    outfile: 'import-worker.cjs',
    options: nodeTarget,
    allowExternal: isBuiltin,
  },
  {
    // Found by the import worker next to itself (see defaultParseWorkerUrl).
    entry: 'electron/backend/parse-worker.ts',
    outfile: 'parse-worker.cjs',
    options: nodeTarget,
    allowExternal: isBuiltin,
  },
];

function externalImports(metafile: Metafile): string[] {
  const names = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports) if (imported.external) names.add(imported.path);
  }
  return [...names].sort();
}

async function bundle(spec: Bundle): Promise<string | null> {
  const entry = path.join(root, spec.entry);
  if (!existsSync(entry)) {
    if (spec.optional) return `skipped ${spec.outfile}: ${spec.entry} does not exist yet`;
    throw new Error(`missing entry ${spec.entry}`);
  }
  const result = await build({
    ...spec.options,
    entryPoints: [entry],
    outfile: path.join(outDir, spec.outfile),
    bundle: true,
    format: 'cjs',
    sourcemap: false,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const forbidden = externalImports(result.metafile).filter((name) => !spec.allowExternal(name));
  if (forbidden.length > 0) {
    throw new Error(`${spec.outfile} would require at run time: ${forbidden.join(', ')}`);
  }
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  return `built ${path.relative(root, path.join(outDir, spec.outfile))} (${Math.round(bytes / 1024)} KiB)`;
}

async function main(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const spec of bundles) {
    const line = await bundle(spec);
    if (line) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
