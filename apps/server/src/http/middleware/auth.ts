// Bearer-token authentication: `identify` resolves the token (if any) for every protected path;
// `requireIdentity` answers 401 for REST routes (tRPC answers its own UNAUTHORIZED).
import type { MiddlewareHandler } from 'hono';
import { hashToken } from '../../auth/tokens';
import type { Storage } from '../../storage/types';
import { type AppEnv, errorBody } from '../env';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9_~+/=.-]{1,200})[ \t]*$/i;

/** Looks up the request's bearer token and stores the identity (or null) on the context. */
export function identify(storage: Storage): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    const tokenHash = match ? hashToken(match[1]!) : null;
    c.set('tokenHash', tokenHash);
    c.set('identity', tokenHash ? await storage.authenticate(tokenHash) : null);
    await next();
  };
}

/** Refuses requests without a valid, unrevoked token with 401. */
export const requireIdentity: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('identity')) {
    const message = c.get('tokenHash') ? 'unknown or revoked token' : 'a bearer token is required';
    return c.json(errorBody('UNAUTHORIZED', message), 401, { 'WWW-Authenticate': 'Bearer' });
  }
  await next();
};
