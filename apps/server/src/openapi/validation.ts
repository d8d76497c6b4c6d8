// How a request the route schemas refuse is answered: the API's own 400 body, naming each bad
// parameter, instead of the validator's default.

import type { Hook } from '@hono/zod-openapi';
import { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, errorBody, issueList } from '../http/env';

const WHAT: Record<string, string> = {
  query: 'invalid query parameters',
  param: 'invalid path parameters',
  json: 'invalid body',
};

/** The hook every REST route validates through. */
// biome-ignore lint/suspicious/noExplicitAny: a hook for every route, whatever its schemas.
export const badRequest: Hook<any, AppEnv, any, any> = (result, c) => {
  if (result.success) return;
  return c.json(
    errorBody('BAD_REQUEST', WHAT[result.target] ?? 'invalid request', issueList(result.error.issues)),
    400,
  );
};

/** A router whose routes are documented in the OpenAPI document and answer bad input as above. */
export const apiRouter = () => new OpenAPIHono<AppEnv>({ defaultHook: badRequest });
export type ApiRouter = ReturnType<typeof apiRouter>;
