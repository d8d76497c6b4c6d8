// The user's own pairing decisions ("these two are one meeting", "these two are not"), kept as data
// so they sync: one last-writer-wins register per English/Japanese id pair, ordered by HLC.
import { PairDecision } from '@readouts/schema';
import { compareHlc } from '@readouts/sync';
import { z } from 'zod';

/** The decision's shape is part of the sync messages, so it lives in @readouts/schema. */
export { PairDecision };

/** The latest decision per id pair, keyed by `decisionKey`. */
export const PairDecisions = z.record(z.string(), PairDecision);
export type PairDecisions = z.infer<typeof PairDecisions>;

/** The register key of one English/Japanese id pair. */
export const decisionKey = (en: string, ja: string): string => `${en}\u0000${ja}`;

/**
 * Whether `a` wins over `b` for one id pair: the later HLC; on an equal stamp `split`, so a tie
 * never pairs pages. The server keeps a user's decisions by the same rule.
 */
export function pairDecisionWins(a: PairDecision, b: PairDecision): boolean {
  const order = compareHlc(a.hlc, b.hlc);
  if (order !== 0) return order > 0;
  return a.action === 'split' && b.action === 'join';
}

/** Records one decision; an older stamp than the one already held changes nothing. */
export function recordDecision(decisions: PairDecisions, decision: PairDecision): PairDecisions {
  const key = decisionKey(decision.en, decision.ja);
  const held = decisions[key];
  if (held && !pairDecisionWins(decision, held)) return decisions;
  return { ...decisions, [key]: decision };
}

/** Merges two replicas' decisions (commutative, associative, idempotent: replicas converge). */
export function mergeDecisions(a: PairDecisions, b: PairDecisions): PairDecisions {
  let merged = a;
  for (const decision of Object.values(b)) merged = recordDecision(merged, decision);
  return merged;
}

/** The decisions, latest first (the order in which joins claim their pages). */
export function latestFirst(decisions: PairDecisions): PairDecision[] {
  return Object.values(decisions).sort((x, y) =>
    pairDecisionWins(x, y) ? -1 : pairDecisionWins(y, x) ? 1 : 0,
  );
}
