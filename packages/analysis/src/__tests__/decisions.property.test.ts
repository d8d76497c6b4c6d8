// Split and join decisions converge: three replicas that each receive some of the decisions, in
// any order and merged in any grouping, end with the same list and the same people.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assignment, applyDecisions, mergeDecisions, type PersonDecision } from '../index';

const PEOPLE = ['jp-kono-taro', 'cn-wang-yi', 'cn-wang-yi~x', 'kr-park-jin'];
const READOUTS = ['r1', 'r2', 'r3', 'r4'];
const NODES = ['deviceA', 'deviceB', 'deviceC'];

const hlc = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...NODES))
  .map(
    ([ms, counter, node]) => `${String(ms).padStart(15, '0')}-${String(counter).padStart(5, '0')}-${node}`,
  );

// Few people and readouts, so keys collide often and last-writer-wins is exercised.
const decision: fc.Arbitrary<PersonDecision> = fc.oneof(
  fc.record({
    kind: fc.constant('split' as const),
    personId: fc.constantFrom(...PEOPLE),
    readoutIds: fc
      .uniqueArray(fc.constantFrom(...READOUTS), { minLength: 1, maxLength: 2 })
      .map((ids) => ids.sort()),
    hlc,
    active: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('join' as const),
    into: fc.constantFrom(...PEOPLE),
    from: fc.constantFrom(...PEOPLE),
    hlc,
    active: fc.boolean(),
  }),
);

const assignments: Assignment[] = READOUTS.flatMap((readoutId, i) => [
  { readoutId, personId: PEOPLE[i % PEOPLE.length]! },
  { readoutId, personId: PEOPLE[(i + 1) % PEOPLE.length]! },
]);

/** Each decision reaches at least one replica; each replica gets its share shuffled. */
const delivery = fc.array(fc.tuple(decision, fc.subarray([0, 1, 2], { minLength: 1 })), { maxLength: 25 });

describe('mergeDecisions', () => {
  it('converges on three replicas whatever the delivery, order and grouping', () => {
    fc.assert(
      fc.property(
        delivery,
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        fc.constantFrom(0, 1, 2),
        (sent, seeds, grouping) => {
          const replicas = [0, 1, 2].map((n) => sent.filter(([, to]) => to.includes(n)).map(([d]) => d));
          // A deterministic shuffle per replica from the generated seed.
          const shuffled = replicas.map((list, n) =>
            list
              .map((d, i) => ({ d, k: (i * 2654435761 + seeds[n]!) % 1000003 }))
              .sort((a, b) => a.k - b.k)
              .map((x) => x.d),
          );
          const [a, b, c] = shuffled.map((list) => mergeDecisions(list)) as [
            PersonDecision[],
            PersonDecision[],
            PersonDecision[],
          ];
          // Every replica syncs with the others, pairwise in some grouping.
          const all = [
            mergeDecisions(a, mergeDecisions(b, c)),
            mergeDecisions(mergeDecisions(c, a), b),
            grouping === 0
              ? mergeDecisions(b, a, c)
              : grouping === 1
                ? mergeDecisions(c, b, a)
                : mergeDecisions(mergeDecisions(a, b), mergeDecisions(b, c)),
          ];
          expect(all[0]).toEqual(mergeDecisions(sent.map(([d]) => d)));
          expect(all[1]).toEqual(all[0]);
          expect(all[2]).toEqual(all[0]);
          expect(applyDecisions(assignments, all[1]!)).toEqual(applyDecisions(assignments, all[0]!));
          // Idempotent: merging a converged list with itself or a replica's part changes nothing.
          expect(mergeDecisions(all[0]!, all[0]!)).toEqual(all[0]);
          expect(mergeDecisions(all[0]!, a)).toEqual(all[0]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps, per decision, the write with the latest stamp', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 20 }), (list) => {
        const merged = mergeDecisions(list);
        for (const d of merged) {
          const rivals = list.filter(
            (x) =>
              x.kind === d.kind &&
              JSON.stringify({ ...x, hlc: 0, active: 0 }) === JSON.stringify({ ...d, hlc: 0, active: 0 }),
          );
          expect(rivals.every((x) => x.hlc <= d.hlc)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
