// A user's decisions read whole, for what the server computes over the collection (REST
// `languageVersion`, `/api/v1/people`): the same decisions the user's devices apply.
import { mergeDecisions as mergePeople, type PersonDecision } from '@readouts/analysis';
import { type PairDecision, type PairDecisions, recordDecision } from '@readouts/bulk';
import type { DecisionStorage } from './decisions';

/** A user's pair decisions keyed as @readouts/bulk keys them, and person decisions in hlc order. */
export interface UserDecisions {
  pairs: PairDecisions;
  people: PersonDecision[];
}

/** Decisions read per query. */
const PAGE = 1000;

/** Every decision the user holds (one winner per key, as stored). */
export async function readUserDecisions(storage: DecisionStorage, userId: number): Promise<UserDecisions> {
  let pairs: PairDecisions = {};
  const people: PersonDecision[] = [];
  let cursor = 0;
  for (;;) {
    const page = await storage.pullDecisions(userId, cursor, PAGE);
    for (const d of page.decisions) {
      if (d.kind === 'pair') pairs = recordDecision(pairs, d.value as PairDecision);
      else people.push(d.value as PersonDecision);
    }
    cursor = page.cursor;
    if (!page.hasMore) return { pairs, people: mergePeople(people) };
  }
}
