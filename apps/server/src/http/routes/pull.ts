// The common case of sync.pull served without tRPC's serialisation: a plain (unbatched) GET of
// `/trpc/sync.pull` by a signed-in client with valid input answers the same bytes tRPC would,
// with each stored state's JSON spliced in as it is instead of parsed and stringified again.
// Anything else (no identity, invalid input, a cursor error, a batch, a storage failure) goes on
// to tRPC, which answers it exactly as before; pulls have no side effects, so that repeats nothing.
import { pullPage, pullResponseBytes } from '@readouts/api';
import { PullRequest } from '@readouts/schema';
import type { MiddlewareHandler } from 'hono';
import type { Storage } from '../../storage/types';
import type { AppEnv } from '../env';

/** tRPC's headers for a single query's JSON answer. */
const HEADERS = { 'content-type': 'application/json', vary: 'trpc-accept, accept' };

/** Mount on `/trpc/sync.pull` before the tRPC handler. */
export function fastPull(storage: Storage): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const identity = c.get('identity');
    if (c.req.method !== 'GET' || !identity) return next();
    // Read the query as tRPC does (URLSearchParams), so both see the same input.
    const params = new URL(c.req.url).searchParams;
    const raw = params.get('input');
    if (params.has('batch') || !raw) return next();
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return next();
    }
    const input = PullRequest.safeParse(json);
    if (!input.success) return next();
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = pullResponseBytes(await pullPage(storage, identity, input.data));
    } catch {
      return next();
    }
    // Bytes, not a string: Hono rebuilds the response after the CORS middleware, and undici would
    // scan a string body for lone surrogates before encoding it.
    return c.body(body, 200, HEADERS);
  };
}
