// The user's corrections of person resolution, as data that syncs: "split these readouts off this
// person" and "join this person into that one". Each decision is a last-writer-wins register keyed
// by what it decides, so two devices that merge their lists agree, and a decision is revoked by a
// later write of the same key with `active: false`.
import { type Hlc, JoinDecision, PersonDecision, SplitDecision } from '@readouts/schema';
import { compareHlc } from '@readouts/sync';
import { z } from 'zod';

/** The decisions' shapes are part of the sync messages, so they live in @readouts/schema. */
export { JoinDecision, PersonDecision, SplitDecision };
export const PersonDecisions = z.array(PersonDecision).max(100_000);

/** Splits the mentions in `readoutIds` off `personId` into a person of their own. */
export const split = (personId: string, readoutIds: string[], hlc: Hlc): PersonDecision => ({
  kind: 'split',
  personId,
  readoutIds: [...new Set(readoutIds)].sort(),
  hlc,
  active: true,
});

/** Joins person `from` into person `into` (the id kept). */
export const join = (into: string, from: string, hlc: Hlc): PersonDecision => ({
  kind: 'join',
  into,
  from,
  hlc,
  active: true,
});

/** Withdraws a decision: the same key, written later, inactive. */
export const revoke = (decision: PersonDecision, hlc: Hlc): PersonDecision => ({
  ...decision,
  hlc,
  active: false,
});

/** What a decision decides; two decisions with one key are one register. */
export const decisionKey = (d: PersonDecision): string =>
  d.kind === 'split'
    ? `split\u0000${d.personId}\u0000${d.readoutIds.join('\u0000')}`
    : `join\u0000${d.into}\u0000${d.from}`;

const byHlc = (a: PersonDecision, b: PersonDecision) =>
  compareHlc(a.hlc, b.hlc) ||
  (decisionKey(a) < decisionKey(b) ? -1 : decisionKey(a) > decisionKey(b) ? 1 : 0);

/**
 * Whether `incoming` wins over `held`, a decision with the same key: the later hlc. Equal stamps
 * for one key only come from a replayed or forged write; any fixed rule converges, so the greater
 * JSON wins. The server keeps a user's decisions by the same rule.
 */
export function personDecisionWins(incoming: PersonDecision, held: PersonDecision): boolean {
  const order = compareHlc(incoming.hlc, held.hlc);
  return order > 0 || (order === 0 && JSON.stringify(incoming) > JSON.stringify(held));
}

/**
 * Merges decision lists from several replicas: per key the latest hlc wins. The result is sorted
 * by hlc, and the same whatever the order of the lists or of their entries (a join-semilattice).
 */
export function mergeDecisions(...lists: PersonDecision[][]): PersonDecision[] {
  const latest = new Map<string, PersonDecision>();
  for (const d of lists.flat()) {
    const key = decisionKey(d);
    const held = latest.get(key);
    if (!held || personDecisionWins(d, held)) latest.set(key, d);
  }
  return [...latest.values()].sort(byHlc);
}

/** A short, stable hash (FNV-1a, 32 bits) for naming a split-off person after its readouts. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The id of the person a split makes: the original id, `~`, and a hash of the readout ids. */
export const splitPersonId = (personId: string, readoutIds: string[]): string =>
  `${personId}~${fnv1a([...new Set(readoutIds)].sort().join('\n'))}`;

/** One mention's assignment: which readout it is in, and the person it is given to. */
export interface Assignment {
  readoutId: string;
  personId: string;
}

/**
 * Applies the active decisions in hlc order to automatic assignments (mutating nothing): a split
 * moves the person's mentions in those readouts to the split person; a join moves every mention of
 * `from` to `into`. A decision about a person who has no mentions (any more) changes nothing.
 */
export function applyDecisions<T extends Assignment>(
  assignments: readonly T[],
  decisions: PersonDecision[],
): T[] {
  let current = assignments.map((a) => ({ ...a }));
  for (const d of mergeDecisions(decisions)) {
    if (!d.active) continue;
    if (d.kind === 'split') {
      const readouts = new Set(d.readoutIds);
      const to = splitPersonId(d.personId, d.readoutIds);
      current = current.map((a) =>
        a.personId === d.personId && readouts.has(a.readoutId) ? { ...a, personId: to } : a,
      );
    } else if (d.into !== d.from) {
      current = current.map((a) => (a.personId === d.from ? { ...a, personId: d.into } : a));
    }
  }
  return current;
}
