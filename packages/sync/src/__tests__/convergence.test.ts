// Replicas that see the same mutations, in any order, any number of times, or as merged states,
// end up identical, and identical to what the conflict rules say.
import type { Mutation, RecordState } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutations } from '../apply';
import { materialize } from '../materialize';
import { mergeStates } from '../record-state';
import { clientsArb, READOUT_IDS } from './arbitraries';
import { expectedReadout } from './oracle';

const replay = (mutations: readonly Mutation[]) => applyMutations(new Map(), mutations);

const view = (states: ReadonlyMap<string, RecordState>) =>
  Object.fromEntries(READOUT_IDS.map((id) => [id, states.has(id) ? materialize(states.get(id)!) : null]));

/** One client order-respecting interleaving of all clients' mutations, plus late redeliveries. */
const deliveryArb = (clients: Mutation[][]): fc.Arbitrary<Mutation[]> => {
  const labels = clients.flatMap((mutations, client) => mutations.map(() => client));
  return fc
    .tuple(
      fc.shuffledSubarray(labels, { minLength: labels.length, maxLength: labels.length }),
      fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
    )
    .map(([order, repeats]) => {
      const next = clients.map(() => 0);
      const delivered = order.map((client) => clients[client]![next[client]!++]!);
      for (const [source, offset] of repeats) {
        if (delivered.length === 0) break;
        const from = source % delivered.length;
        const at = from + 1 + (offset % (delivered.length - from));
        delivered.splice(at, 0, delivered[from]!);
      }
      return delivered;
    });
};

describe('convergence of three clients', () => {
  it('gives every replica the same states and the readouts the rules prescribe', () => {
    const scenario = clientsArb.chain((clients) =>
      fc.tuple(fc.constant(clients), fc.array(deliveryArb(clients), { minLength: 2, maxLength: 3 })),
    );
    fc.assert(
      fc.property(scenario, ([clients, deliveries]) => {
        const all = clients.flat();
        const expected = Object.fromEntries(READOUT_IDS.map((id) => [id, expectedReadout(id, all)]));
        for (const delivery of deliveries) {
          const states = replay(delivery);
          expect(states).toEqual(replay(all));
          expect(view(states)).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('converges in any order at all, even ignoring each client’s own order', () => {
    const scenario = clientsArb.chain((clients) =>
      fc.tuple(fc.constant(clients.flat()), fc.shuffledSubarray(clients.flat().concat(clients.flat()))),
    );
    fc.assert(
      fc.property(scenario, ([all, scrambled]) => {
        const seen = new Set(scrambled);
        const received = all.filter((m) => seen.has(m));
        expect(view(replay(scrambled))).toEqual(view(replay(received)));
      }),
      { numRuns: 200 },
    );
  });

  it('ends the same when a replica re-pushes its states as merges, in any order', () => {
    // A restored server forgot some mutations; a client hands back the states it built from a part
    // of them as merge mutations, which may arrive anywhere among the others.
    const scenario = clientsArb.chain((clients) => {
      const all = clients.flat();
      return fc.tuple(
        fc.constant(all),
        fc.subarray(all),
        fc.shuffledSubarray(all.concat(all), { minLength: all.length * 2, maxLength: all.length * 2 }),
      );
    });
    fc.assert(
      fc.property(scenario, ([all, known, order]) => {
        const merges: Mutation[] = [...replay(known).values()].map((state, i) => ({
          type: 'merge',
          id: 1000 + i,
          readoutId: state.id,
          hlc: '000000000000099-00000-c9',
          state,
        }));
        const delivered = [...order.slice(0, all.length), ...merges, ...order.slice(all.length)];
        expect(replay(delivered)).toEqual(replay(all));
      }),
      { numRuns: 200 },
    );
  });

  it('reaches the same states by merging partial replicas in any order', () => {
    const scenario = clientsArb.chain((clients) => {
      const all = clients.flat();
      return fc.tuple(
        fc.constant(all),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: all.length, maxLength: all.length }),
        fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }),
      );
    });
    fc.assert(
      fc.property(scenario, ([all, owners, mergeOrder]) => {
        // Each mutation reaches one of four replicas; the replicas then exchange whole states.
        const replicas = [0, 1, 2, 3].map((r) => replay(all.filter((_, i) => owners[i] === r)));
        const merged = new Map<string, RecordState>();
        for (const r of mergeOrder) {
          for (const [id, state] of replicas[r]!) {
            merged.set(id, merged.has(id) ? mergeStates(merged.get(id)!, state) : state);
          }
        }
        expect(merged).toEqual(replay(all));
      }),
      { numRuns: 300 },
    );
  });
});
