// Response entries of the route definitions: a JSON body with its schema, and the error body.
import type { z } from '@hono/zod-openapi';
import { ErrorBody } from './schemas';

/** A JSON response of `schema`. */
export const documented = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

/** An error response (the API's error body) under its status. */
export const errors = <S extends number>(status: S, description: string) =>
  ({ [status]: documented(description, ErrorBody) }) as {
    [K in S]: ReturnType<typeof documented<typeof ErrorBody>>;
  };

/** What any route with a token may answer, added to every operation of the document. */
export const COMMON_ERRORS = {
  401: 'Missing, unknown or revoked token',
  429: 'Rate limited; see Retry-After',
  503: 'The database is unavailable; see Retry-After',
} as const;
