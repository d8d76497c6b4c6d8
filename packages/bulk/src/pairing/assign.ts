// One-to-one assignment of scored English/Japanese candidates: a page belongs to at most one pair.
// Greedy, best score first: with few candidates per page (one day, one country) it agrees with an
// optimal assignment on every labelled case, and it is easy to explain ("the best match wins").

/** A scored candidate pair of ids. */
export interface Candidate {
  en: string;
  ja: string;
  score: number;
}

/** Picks pairs best score first, skipping any whose page is already taken; ties go by ids, so the result is stable. */
export function assignGreedy<C extends Candidate>(
  candidates: readonly C[],
  taken: ReadonlySet<string> = new Set(),
): C[] {
  const order = [...candidates].sort(
    (a, b) => b.score - a.score || a.en.localeCompare(b.en) || a.ja.localeCompare(b.ja),
  );
  const used = new Set(taken);
  const chosen: C[] = [];
  for (const candidate of order) {
    if (used.has(candidate.en) || used.has(candidate.ja)) continue;
    used.add(candidate.en);
    used.add(candidate.ja);
    chosen.push(candidate);
  }
  return chosen;
}
