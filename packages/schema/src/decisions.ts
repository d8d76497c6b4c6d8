// The user's decisions that are not edits of one readout, and the message that syncs them: EN/JA
// pairing decisions (@readouts/bulk) and person split/join decisions (@readouts/analysis). Each is a
// last-writer-wins register keyed by what it decides; the merge rules live beside their users.
import { z } from 'zod';
import { Hlc } from './hlc';

const ReadoutRef = z.string().min(1).max(200);

/** A user's decision about one English and one Japanese readout: `join` pairs them, `split` keeps them apart. */
export const PairDecision = z.object({
  en: ReadoutRef,
  ja: ReadoutRef,
  action: z.enum(['join', 'split']),
  hlc: Hlc,
});
export type PairDecision = z.infer<typeof PairDecision>;

const PersonId = z.string().min(1).max(300);

/** Splits a person's mentions in `readoutIds` off into a person of their own. */
export const SplitDecision = z.object({
  kind: z.literal('split'),
  personId: PersonId,
  readoutIds: z.array(ReadoutRef).min(1).max(10_000),
  hlc: Hlc,
  active: z.boolean(),
});
/** Moves every mention of person `from` to person `into`. */
export const JoinDecision = z.object({
  kind: z.literal('join'),
  /** The person kept. */
  into: PersonId,
  /** The person whose mentions move to `into`. */
  from: PersonId,
  hlc: Hlc,
  active: z.boolean(),
});
export const PersonDecision = z.discriminatedUnion('kind', [SplitDecision, JoinDecision]);
export type PersonDecision = z.infer<typeof PersonDecision>;

/** The most pair decisions, and person decisions, one `decisions.sync` request may carry. */
export const MAX_PAIR_DECISIONS_BATCH = 1000;
export const MAX_PERSON_DECISIONS_BATCH = 200;
/** The most decisions (pair and person together) the server keeps for one user. */
export const MAX_DECISIONS_PER_USER = 100_000;

/**
 * One round of decisions sync: the decisions this device changed since the server last had them,
 * and the cursor of the last answer it merged (null: never synced, send everything back).
 */
export const DecisionsSyncRequest = z.object({
  cursor: z.number().int().nonnegative().nullable(),
  pairs: z.array(PairDecision).max(MAX_PAIR_DECISIONS_BATCH).default([]),
  people: z.array(PersonDecision).max(MAX_PERSON_DECISIONS_BATCH).default([]),
  /** Decisions per answer; `hasMore` says when to ask again from the answer's cursor. */
  limit: z.number().int().min(1).max(1000).default(500),
});
export type DecisionsSyncRequest = z.input<typeof DecisionsSyncRequest>;

/** The server's winning decisions changed after the request's cursor (the request's own included). */
export const DecisionsSyncResponse = z.object({
  pairs: z.array(PairDecision),
  people: z.array(PersonDecision),
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /**
   * The request's cursor was past anything this server issued (it was restored from an older
   * backup and has forgotten decisions): the answer starts from the beginning, and the device
   * sends all its decisions again.
   */
  reset: z.boolean().optional(),
});
export type DecisionsSyncResponse = z.infer<typeof DecisionsSyncResponse>;
