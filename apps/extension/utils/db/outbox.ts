// The outbox: every local change appends one pending sync mutation, in the same transaction.
import type { Readout, UserFields } from '@readouts/schema';

/**
 * What changed locally. `put` carries the whole record (capture, re-capture, import, restore),
 * `user` only the user's fields, `delete` the id alone.
 */
export type MutationChange =
  | { op: 'put'; reason: 'capture' | 'recapture' | 'import' | 'restore'; readout: Readout }
  | { op: 'user'; fields: Partial<UserFields>; user: UserFields }
  | { op: 'delete' };

/** One pending mutation, kept until the sync client has pushed it. */
export type OutboxEntry = MutationChange & {
  /** Assigned by IndexedDB (auto-increment): the order changes were made in. */
  seq?: number;
  /** Globally unique, so a retried push is idempotent on the server. */
  mutationId: string;
  readoutId: string;
  deviceId: string;
  at: string;
};

/** Builds an outbox entry for a change to one readout. */
export function outboxEntry(
  readoutId: string,
  change: MutationChange,
  context: { deviceId: string; now: Date },
): OutboxEntry {
  return {
    ...change,
    mutationId: crypto.randomUUID(),
    readoutId,
    deviceId: context.deviceId,
    at: context.now.toISOString(),
  };
}
