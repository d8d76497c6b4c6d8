// Mutations the server refused for good (a 4xx other than 401, a 409 gap or 429): moved out of the
// outbox so the rest can sync, and kept here, in the sync database, for the user to see.
import type { Mutation } from '@readouts/schema';
import { readValue } from './db';

export interface RejectedMutation {
  clientId: string;
  /** As it was queued (its id is the one it had then). */
  mutation: Mutation;
  /** The server's words. */
  reason: string;
  /** ISO time it was set aside. */
  at: string;
}

export const REJECTED_KEY = 'rejected';
/** The most refused mutations kept; the oldest go first beyond it. */
export const MAX_REJECTED = 1000;

/** Every mutation set aside, oldest first. */
export function loadRejected(): Promise<RejectedMutation[]> {
  return readValue<RejectedMutation[]>(REJECTED_KEY, []);
}
