/**
 * The transport-independent edge: validates a call's input against the contract, runs the handler,
 * and turns every outcome into an envelope. Unexpected errors are logged once with a reference id.
 */
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import {
  contract,
  isMethod,
  type ParsedInput,
  type Method,
  type Output,
} from '../../shared/api/contract.ts';
import { ApiFailure, fail, ok, type Envelope } from '../../shared/api/envelope.ts';

export type Handlers = {
  [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export type Logger = (message: string, error?: unknown) => void;

export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

export async function handleCall(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  log: Logger,
): Promise<Envelope<unknown>> {
  if (!isMethod(method)) return fail('not_found', `unknown method "${method}"`);
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('invalid_input', describeZodError(parsed.error));
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message);
    if (error instanceof ZodError) return fail('invalid_input', describeZodError(error));
    const ref = randomUUID().slice(0, 8);
    log(`internal error ${ref} in ${method}`, error);
    return fail('internal', `something went wrong (reference ${ref})`, ref);
  }
}
