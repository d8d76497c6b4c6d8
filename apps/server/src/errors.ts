// Server-side failures as clients see them: a generic message and an error id (the real error is
// logged with that id), and a database outage told apart as 503 + Retry-After.
import { randomUUID } from 'node:crypto';

/** Seconds a client is asked to wait when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** Network errors, and PostgreSQL SQLSTATEs, that mean "the database is not reachable now". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  'SQLITE_BUSY',
]);
/** What node-postgres throws, without a code, when a connection goes or cannot be had. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i;

/** True when `error` (or an error it wraps) says the database is unreachable, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (UNAVAILABLE_MESSAGE.test(error.message)) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1)))
    return true;
  return isDatabaseUnavailable(error.cause, depth + 1);
}

/** A fresh id to name one failure in the response and in the log. */
export const newErrorId = (): string => randomUUID();

/** Error ids given to errors on their way out (tRPC formats an error after its `onError` saw it). */
const errorIds = new WeakMap<object, string>();

/** Returns the id of `error`, giving it one the first time. */
export function errorIdOf(error: object): string {
  let id = errorIds.get(error);
  if (id === undefined) {
    id = newErrorId();
    errorIds.set(error, id);
  }
  return id;
}

/** The message a client gets for an unexpected failure: nothing of the real error, only its id. */
export const internalErrorMessage = (id: string) => `internal error (error id ${id})`;
/** The message a client gets while the database is unreachable. */
export const unavailableMessage = (id: string) =>
  `the database is unavailable; retry in ${RETRY_AFTER_SECONDS} s (error id ${id})`;
