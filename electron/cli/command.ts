/** What every CLI command gets: its positional arguments, the parsed options, the open library. */
import type { Database } from '../backend/db/database.ts';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  isTty: boolean;
}

export interface CommandContext {
  args: string[];
  options: {
    json: boolean;
    story?: string;
    pivot?: string;
    limit?: string;
    granularity?: string;
    article?: string;
    quote?: string;
    code?: string[];
    note?: string;
    coder?: string;
    occurrence?: string;
    format?: string;
    out?: string;
  };
  db: Database;
  io: Io;
}

export interface Command {
  /** One usage line, without the leading "parallax ". */
  usage: string;
  /** Checks the arguments before the library is opened; returns an error message or null. */
  check?: (args: string[]) => string | null;
  /** Runs the command; resolves to the exit code. */
  run: (ctx: CommandContext) => number | Promise<number>;
}

/** Thrown by a command for a usage mistake found late (exit code 2). */
export class UsageError extends Error {}
