// Paired meetings in the collection: which English and Japanese readouts report one meeting
// (`pairReadouts` over the whole collection with the user's decisions), and the list with each
// pair shown once. Free of DOM code.
import { type PairDecisions, pairReadouts, type ReadoutPair } from '@readouts/bulk';
import type { Readout } from '@readouts/schema';

/** The pairs of a collection, by either member's id. */
export class PairIndex {
  private readonly partner = new Map<string, ReadoutPair>();

  constructor(readonly pairs: readonly ReadoutPair[]) {
    for (const pair of pairs) {
      this.partner.set(pair.en, pair);
      this.partner.set(pair.ja, pair);
    }
  }

  /** Pairs every English and Japanese readout of `readouts` that report one meeting. */
  static of(readouts: readonly Readout[], decisions: PairDecisions): PairIndex {
    return new PairIndex(pairReadouts(readouts, { decisions }));
  }

  /** The pair a readout belongs to, or null. */
  pairOf(id: string): ReadoutPair | null {
    return this.partner.get(id) ?? null;
  }

  /** The id of the other language version of a readout, or null. */
  partnerOf(id: string): string | null {
    const pair = this.partner.get(id);
    if (!pair) return null;
    return pair.en === id ? pair.ja : pair.en;
  }
}

/**
 * The list with each pair once: where both versions pass the filters the Japanese one stands for
 * the meeting (MOFA's Japanese text is the authoritative one); where a search found only one
 * version, that one, so a search in either language finds the meeting.
 */
export function collapsePairs(visible: readonly Readout[], index: PairIndex): Readout[] {
  const shown = new Set(visible.map((r) => r.id));
  return visible.filter((readout) => {
    const pair = index.pairOf(readout.id);
    return !pair || readout.id === pair.ja || !shown.has(pair.ja);
  });
}

/** Readouts of the other language within a day of `readout`'s date: the choices to pair it with by hand. */
export function pairChoices(readout: Readout, all: readonly Readout[], index: PairIndex): Readout[] {
  if (!readout.date) return [];
  const day = Date.parse(`${readout.date}T00:00:00Z`);
  return all.filter(
    (other) =>
      other.lang !== readout.lang &&
      other.date !== null &&
      Math.abs(Date.parse(`${other.date}T00:00:00Z`) - day) <= 86_400_000 &&
      index.partnerOf(other.id) === null,
  );
}
