// fast-check arbitraries for sync tests: small pools of ids, times, hashes and tags, so that random
// cases collide often (same readout, same capturedAt, same tag, even equal hlcs).
import type {
  Corrections,
  CorrectMutation,
  Hlc,
  Mutation,
  NoteRegister,
  ReadoutContent,
  RecordState,
  TagState,
} from '@readouts/schema';
import { tagKey } from '@readouts/schema';
import fc from 'fast-check';
import { createClock } from '../hlc';
import { noteRegister } from '../note';
import { fakeHlc, fakeReadoutContent } from '../testing';

export const READOUT_IDS = ['r1', 'r2', 'r3'] as const;
export const CLIENT_IDS = ['c1', 'c2', 'c3'] as const;
// Spellings of one tag in case and width ('g7', 'G7', 'Ｇ7') test that tags compare by tagKey.
const TAGS = ['g7', 'G7', 'Ｇ7', 'asean', 'trade', 'constructor'];

export const hlcArb: fc.Arbitrary<Hlc> = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...CLIENT_IDS))
  .map(([wallMs, counter, nodeId]) => fakeHlc(wallMs, nodeId, counter));

/** Captures that tie on purpose: one instant written two ways, two hashes, two titles. */
export const contentArb = (id: string): fc.Arbitrary<ReadoutContent> =>
  fc
    .record({
      capturedAt: fc.constantFrom(
        '2026-01-01T09:00:00.000+09:00',
        '2026-01-01T00:00:00.000Z',
        '2026-02-01T00:00:00Z',
      ),
      contentHash: fc.constantFrom('aaa', 'bbb'),
      title: fc.constantFrom('Meeting', 'Meeting (updated)'),
    })
    .map(({ capturedAt, contentHash, title }) => {
      const base = fakeReadoutContent({ id, title });
      return { ...base, capture: { ...base.capture, capturedAt, contentHash } };
    });

const tagStateArb: fc.Arbitrary<TagState> = fc.record({
  added: fc.option(hlcArb, { nil: null }),
  removed: fc.option(hlcArb, { nil: null }),
});

/** Corrections of three fields, with bases that match a capture's value or not, and reverts. */
export const correctionFieldsArb: fc.Arbitrary<CorrectMutation['fields']> = fc
  .record(
    {
      title: fc.option(
        fc.record({
          value: fc.constantFrom('Corrected A', 'Corrected B'),
          base: fc.constantFrom('Meeting', 'Meeting (updated)'),
        }),
        { nil: null },
      ),
      date: fc.option(
        fc.record({
          value: fc.constantFrom('2018-08-18', null),
          base: fc.constantFrom('2019-11-22', '2019-11-21'),
        }),
        { nil: null },
      ),
      format: fc.option(
        fc.record({ value: fc.constant('summit' as const), base: fc.constant('meeting' as const) }),
        {
          nil: null,
        },
      ),
    },
    { requiredKeys: [] },
  )
  .filter((fields) => Object.keys(fields).length > 0);

const correctionsArb = fc
  .tuple(correctionFieldsArb, hlcArb)
  .map(
    ([fields, hlc]) =>
      Object.fromEntries(
        Object.entries(fields).map(([field, change]) => [
          field,
          change === null ? { reverted: true as const, hlc } : { reverted: false as const, ...change, hlc },
        ]),
      ) as Corrections,
  );

export const stateArb = (id = 'r1'): fc.Arbitrary<RecordState> =>
  fc.record({
    id: fc.constant(id),
    content: fc.option(contentArb(id), { nil: null }),
    captured: fc.option(hlcArb, { nil: null }),
    // A state as replicas hold it: keyed by tagKey, an added tag labelled with a spelling.
    tags: fc
      .uniqueArray(fc.tuple(fc.constantFrom(...TAGS), tagStateArb), {
        maxLength: 4,
        selector: ([tag]) => tagKey(tag),
      })
      .map((entries) =>
        Object.fromEntries(
          entries.map(([tag, state]) => [
            tagKey(tag),
            state.added === null ? state : { ...state, label: { value: tag, hlc: state.added, index: 0 } },
          ]),
        ),
      ),
    note: noteArb,
    starred: fc.option(fc.record({ value: fc.boolean(), hlc: hlcArb }), { nil: null }),
    corrections: fc.oneof(fc.constant({}), correctionsArb),
    deleted: fc.option(hlcArb, { nil: null }),
  });

/** What a client does, before it is given an id and an hlc. */
export type Intent = { readoutId: string; advanceMs: number } & (
  | { type: 'capture'; readout: ReadoutContent }
  | { type: 'setTags'; add: string[]; remove: string[] }
  | { type: 'setNote'; note: string; base?: Hlc | null }
  | { type: 'setStarred'; starred: boolean }
  | { type: 'delete' }
  | { type: 'correct'; fields: CorrectMutation['fields'] }
);

const tagsChangeArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...TAGS), fc.boolean()), {
    selector: ([tag]) => tagKey(tag),
    minLength: 1,
    maxLength: 3,
  })
  .map((changes) => ({
    add: changes.filter(([, add]) => add).map(([tag]) => tag),
    remove: changes.filter(([, add]) => !add).map(([tag]) => tag),
  }));

/**
 * What a note edit saw: nothing (null), a version (any hlc, later than the edit's own too, which
 * the rules must clamp), or no base at all (a release before note conflicts).
 */
const noteBaseArb: fc.Arbitrary<{ base?: Hlc | null }> = fc.oneof(
  fc.constant({}),
  fc.constant({ base: null }),
  hlcArb.map((base) => ({ base })),
);

const noteVersionArb = fc
  .tuple(fc.constantFrom('', 'a', 'b'), hlcArb, noteBaseArb)
  .map(([value, hlc, base]) => ({ value, hlc, ...base }));

/** A note register as replicas hold it: the versions no other replaces, newest first. */
export const noteArb: fc.Arbitrary<NoteRegister | null> = fc
  .array(noteVersionArb, { maxLength: 4 })
  .map((versions) => noteRegister(versions));

export const intentArb: fc.Arbitrary<Intent> = fc
  .tuple(fc.constantFrom(...READOUT_IDS), fc.integer({ min: 0, max: 3 }))
  .chain(([readoutId, advanceMs]) =>
    fc
      .oneof(
        contentArb(readoutId).map((readout) => ({ type: 'capture' as const, readout })),
        tagsChangeArb.map((tags) => ({ type: 'setTags' as const, ...tags })),
        fc
          .tuple(fc.constantFrom('', 'x', 'y'), noteBaseArb)
          .map(([note, base]) => ({ type: 'setNote' as const, note, ...base })),
        fc.boolean().map((starred) => ({ type: 'setStarred' as const, starred })),
        fc.constant({ type: 'delete' as const }),
        correctionFieldsArb.map((fields) => ({ type: 'correct' as const, fields })),
      )
      .map((body) => ({ ...body, readoutId, advanceMs })),
  );

/**
 * Turns one client's intents into its mutations: ids 1, 2, 3, ... and hlcs from its own clock,
 * whose wall time starts at `startMs` so clients' clocks overlap and their edits are concurrent.
 */
export function toMutations(clientId: string, intents: readonly Intent[], startMs = 0): Mutation[] {
  let wallMs = startMs;
  const clock = createClock(clientId, () => wallMs);
  return intents.map(({ advanceMs, ...body }, index) => {
    wallMs += advanceMs;
    return { ...body, id: index + 1, hlc: clock.tick() } as Mutation;
  });
}

/** Three clients' mutation sequences, each client's clock starting somewhere in the first 5 ms. */
export const clientsArb: fc.Arbitrary<Mutation[][]> = fc
  .tuple(
    ...CLIENT_IDS.map((clientId) =>
      fc
        .tuple(fc.array(intentArb, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }))
        .map(([intents, start]) => toMutations(clientId, intents, start)),
    ),
  )
  .map((clients) => clients);
