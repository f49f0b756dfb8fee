/**
 * `npm run serve`: starts the backend and the UI on http://127.0.0.1:<port> for use in a browser.
 * Options: --port <n> (0 picks a free port; default 5177), --data <dir> (default: the app's own
 * data folder), --no-samples (do not import the sample corpus into a new library).
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend/backend.ts';
import { defaultDataDir, repoCorpusDir } from '../backend/paths.ts';
import { startHttpHost } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5177' },
    data: { type: 'string' },
    'no-samples': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const backend = await createBackend({
  dataDir: values.data ?? defaultDataDir(),
  ...(values['no-samples'] ? {} : { corpusDir: repoCorpusDir }),
});
const host = await startHttpHost({
  backend,
  port,
  rendererDir: fileURLToPath(new URL('../../dist/renderer/', import.meta.url)),
});
console.log(`Parallax listening on ${host.url}`);
console.log(`Library: ${backend.databasePath}`);

const shutdown = async () => {
  await host.close();
  await backend.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
