/**
 * Replies cross every boundary as envelopes, never as thrown errors. The set of error codes is
 * closed: a renderer can switch on `code` exhaustively.
 */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'unsupported',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Reference id of the logged error, for `internal` errors. */
  ref?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A failure that carries its error code; handlers throw it, transports turn it into an envelope. */
export class ApiFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'ApiFailure';
  }
}

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, ref?: string): Envelope<never> {
  return { ok: false, error: ref ? { code, message, ref } : { code, message } };
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}
