/**
 * The `parallax` command line: scripted work over the same backend code as the app.
 * Exit codes: 0 success, 1 some files failed (import), 2 usage error.
 */
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { ApiFailure } from '../../shared/api/envelope.ts';
import { seedCorpus } from '../backend/backend.ts';
import { openDatabase, type Database } from '../backend/db/database.ts';
import { databaseFileName, defaultDataDir, repoCorpusDir } from '../backend/paths.ts';
import { UsageError, type Command, type Io } from './command.ts';
import { importCommand, listCommand } from './library-commands.ts';
import { compareCommand, storiesCommand } from './story-commands.ts';
import { searchCommand } from './search-command.ts';
import { framingCommand } from './framing-command.ts';
import { annotationsCommand } from './annotations-command.ts';

const commands: Record<string, Command> = {
  import: importCommand,
  list: listCommand,
  stories: storiesCommand,
  compare: compareCommand,
  search: searchCommand,
  framing: framingCommand,
  annotations: annotationsCommand,
};

const usage = `Usage:
${Object.values(commands)
  .map((c) => `  parallax ${c.usage}`)
  .join('\n')}

Without --db, the desktop app's own library is used (${join(defaultDataDir(), databaseFileName)}).`;

const defaultIo: Io = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  isTty: Boolean(process.stderr.isTTY),
};

/** Opens the library: the given file, or the app's own (seeded like the app on first use). */
function openLibrary(dbOption: string | undefined): Database {
  if (dbOption) return openDatabase(resolve(dbOption));
  const db = openDatabase(join(defaultDataDir(), databaseFileName));
  seedCorpus(db, repoCorpusDir);
  return db;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      story: { type: 'string' },
      pivot: { type: 'string' },
      limit: { type: 'string' },
      granularity: { type: 'string' },
      article: { type: 'string' },
      quote: { type: 'string' },
      code: { type: 'string', multiple: true },
      note: { type: 'string' },
      coder: { type: 'string' },
      occurrence: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help || !name) {
    io.out(usage);
    return name || parsed.values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  const problem = command.check?.(args);
  if (problem) {
    io.err(`${problem}\n\n${usage}`);
    return 2;
  }
  const { db: dbOption, help: _help, ...options } = parsed.values;
  const db = openLibrary(dbOption);
  try {
    return await command.run({
      args,
      options: { ...options, json: options.json ?? false },
      db,
      io,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof ApiFailure) {
      io.err(error.message);
      return error.code === 'invalid_input' || error.code === 'not_found' ? 2 : 1;
    }
    throw error;
  } finally {
    db.close();
  }
}
