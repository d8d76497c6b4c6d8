// Hono environment shared by middleware and routes, and the JSON error body every route uses.

import type { Identity } from '../storage/types';

export interface AppEnv {
  Variables: {
    /** Set by `identify` when the bearer token is valid. */
    identity: Identity | null;
    tokenHash: string | null;
  };
}

/** The body of every REST error: a stable code, a human message, and per-field issues for 400s. */
export function errorBody(code: string, message: string, issues?: Array<{ path: string; message: string }>) {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

/** Flattens zod issues into `{ path, message }` pairs; unknown keys are named in the path. */
export function issueList(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; keys?: string[] }>) {
  return issues.map((i) => ({
    path: [...i.path.map(String), ...(i.keys ?? [])].join('.'),
    message: i.message,
  }));
}
