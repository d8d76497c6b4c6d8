// The user's own pairing decisions ("these two are one meeting", "these two are not"), kept as data
// so they sync: one last-writer-wins register per English/Japanese id pair, ordered by HLC.
import { Hlc } from '@readouts/schema';
import { compareHlc } from '@readouts/sync';
import { z } from 'zod';

/** A user's decision about one English and one Japanese readout: `join` pairs them, `split` keeps them apart. */
export const PairDecision = z.object({
  en: z.string().min(1).max(200),
  ja: z.string().min(1).max(200),
  action: z.enum(['join', 'split']),
  hlc: Hlc,
});
export type PairDecision = z.infer<typeof PairDecision>;

/** The latest decision per id pair, keyed by `decisionKey`. */
export const PairDecisions = z.record(z.string(), PairDecision);
export type PairDecisions = z.infer<typeof PairDecisions>;

/** The register key of one English/Japanese id pair. */
export const decisionKey = (en: string, ja: string): string => `${en}\u0000${ja}`;

/** Whether `a` wins over `b`: the later HLC; on an equal stamp `split`, so a tie never pairs pages. */
function wins(a: PairDecision, b: PairDecision): boolean {
  const order = compareHlc(a.hlc, b.hlc);
  if (order !== 0) return order > 0;
  return a.action === 'split' && b.action === 'join';
}

/** Records one decision; an older stamp than the one already held changes nothing. */
export function recordDecision(decisions: PairDecisions, decision: PairDecision): PairDecisions {
  const key = decisionKey(decision.en, decision.ja);
  const held = decisions[key];
  if (held && !wins(decision, held)) return decisions;
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
  return Object.values(decisions).sort((x, y) => (wins(x, y) ? -1 : wins(y, x) ? 1 : 0));
}
