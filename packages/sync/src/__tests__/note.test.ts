// Note conflicts: an edit replaces the versions its writer saw (by its base), concurrent edits are
// all kept, the register is a join, and no version that nobody replaced is ever lost.
import type { Mutation, NoteRegister, NoteVersion, RecordState, UserFields } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply';
import { canonicalJson } from '../content-order';
import { stampMutation, userFieldDrafts } from '../drafts';
import { createClock } from '../hlc';
import { materialize } from '../materialize';
import { mergeNotes, noteVersions, replacesNote } from '../note';
import { emptyState, mergeStates } from '../record-state';
import { fakeHlc, fakeMutation, fakeReadoutContent } from '../testing';
import { CLIENT_IDS, noteArb } from './arbitraries';

const ID = 'r1';
const captured = (): RecordState =>
  applyMutation(null, fakeMutation('capture', { readoutId: ID, readout: fakeReadoutContent({ id: ID }) }));
const note = (state: RecordState, mutation: Partial<Extract<Mutation, { type: 'setNote' }>>) =>
  applyMutation(state, fakeMutation('setNote', { readoutId: ID, ...mutation }));
const userOf = (state: RecordState): UserFields => materialize(state)!.user;

describe('note versions', () => {
  it('keeps two edits that did not see each other, the newer shown and the other as a conflict', () => {
    const start = note(captured(), { note: 'draft', hlc: fakeHlc(1, 'a'), base: null });
    const onA = note(start, { note: 'from A', hlc: fakeHlc(5, 'a'), base: fakeHlc(1, 'a') });
    const onB = note(start, { note: 'from B', hlc: fakeHlc(6, 'b'), base: fakeHlc(1, 'a') });
    for (const merged of [mergeStates(onA, onB), mergeStates(onB, onA)]) {
      expect(userOf(merged)).toMatchObject({
        note: 'from B',
        noteVersion: fakeHlc(6, 'b'),
        noteConflicts: [{ value: 'from A', hlc: fakeHlc(5, 'a') }],
      });
    }
  });

  it('replaces what the edit saw: an edit on top of the other device’s version leaves no conflict', () => {
    const onA = note(captured(), { note: 'from A', hlc: fakeHlc(5, 'a'), base: null });
    const onB = note(onA, { note: 'from B, after A', hlc: fakeHlc(6, 'b'), base: fakeHlc(5, 'a') });
    const user = userOf(mergeStates(onA, onB));
    expect(user.note).toBe('from B, after A');
    expect(user.noteConflicts).toBeUndefined();
  });

  it('resolves a conflict with an edit that saw both, even one keeping the shown text', () => {
    const onA = note(captured(), { note: 'A', hlc: fakeHlc(5, 'a'), base: null });
    const both = mergeStates(onA, note(captured(), { note: 'B', hlc: fakeHlc(6, 'b'), base: null }));
    const before = userOf(both);
    expect(before.noteConflicts).toHaveLength(1);
    const drafts = userFieldDrafts(ID, before, { ...before, noteConflicts: [] });
    expect(drafts).toEqual([{ type: 'setNote', readoutId: ID, note: 'B', base: fakeHlc(6, 'b') }]);
    const resolved = applyMutation(both, stampMutation(drafts[0]!, 1, fakeHlc(7, 'a')));
    expect(userOf(resolved)).toMatchObject({ note: 'B', noteVersion: fakeHlc(7, 'a') });
    expect(userOf(resolved).noteConflicts).toBeUndefined();
  });

  it('lets a device replace its own earlier edit though its readout still names an older base', () => {
    const first = note(captured(), { note: 'one', hlc: fakeHlc(5, 'a'), base: null });
    const second = note(first, { note: 'two', hlc: fakeHlc(6, 'a'), base: null });
    expect(userOf(second).noteConflicts).toBeUndefined();
    expect(userOf(second).note).toBe('two');
  });

  it('reads an edit of an older release (no base) as replacing every older version, as before', () => {
    const onA = note(captured(), { note: 'A', hlc: fakeHlc(5, 'a'), base: null });
    const legacy = note(onA, { note: 'old client', hlc: fakeHlc(6, 'b') });
    expect(legacy.note).toEqual({ value: 'old client', hlc: fakeHlc(6, 'b') });
    expect(userOf(legacy).noteConflicts).toBeUndefined();
  });

  it('never lets a base later than the edit itself replace newer versions', () => {
    const later = note(captured(), { note: 'later', hlc: fakeHlc(9, 'a'), base: null });
    const odd = note(later, { note: 'odd', hlc: fakeHlc(5, 'b'), base: fakeHlc(20, 'b') });
    expect(userOf(odd)).toMatchObject({ note: 'later', noteConflicts: [{ value: 'odd' }] });
  });

  it('does not show a cleared note as a conflict, and keeps it in the state', () => {
    const onA = note(captured(), { note: '', hlc: fakeHlc(5, 'a'), base: null });
    const merged = mergeStates(onA, note(captured(), { note: 'text', hlc: fakeHlc(6, 'b'), base: null }));
    expect(userOf(merged).noteConflicts).toBeUndefined();
    expect(merged.note?.conflicts).toEqual([{ value: '', hlc: fakeHlc(5, 'a'), base: null }]);
  });

  it('a note edit on a readout without a note saw nothing (base null), so a concurrent first note stays', () => {
    const drafts = userFieldDrafts(
      ID,
      { tags: [], note: '', starred: false },
      {
        tags: [],
        note: 'first',
        starred: false,
      },
    );
    expect(drafts).toEqual([{ type: 'setNote', readoutId: ID, note: 'first', base: null }]);
  });
});

const replaced = (version: NoteVersion, all: readonly NoteVersion[]) =>
  all.some((other) => replacesNote(other, version));

describe('mergeNotes', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(noteArb, noteArb, noteArb, (a, b, c) => {
        expect(mergeNotes(a, b)).toEqual(mergeNotes(b, a));
        expect(mergeNotes(mergeNotes(a, b), c)).toEqual(mergeNotes(a, mergeNotes(b, c)));
        expect(mergeNotes(mergeNotes(a, b), mergeNotes(a, b))).toEqual(mergeNotes(a, b));
        expect(JSON.stringify(mergeNotes(a, b))).toBe(JSON.stringify(mergeNotes(b, a)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every version that no other version replaces', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { minLength: 1, maxLength: 4 }), (registers) => {
        const merged = registers.reduce<NoteRegister | null>(mergeNotes, null);
        const all = registers.flatMap(noteVersions);
        const kept = noteVersions(merged);
        for (const version of all) {
          const present = kept.some((k) => canonicalJson(k) === canonicalJson(version));
          expect(present).toBe(!replaced(version, all));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** One device: its replica of the readout and its clock. */
interface Device {
  id: string;
  state: RecordState;
  clock: ReturnType<typeof createClock>;
  mutations: Mutation[];
}

type Step = { device: number; kind: 'edit'; text: string } | { device: number; kind: 'sync' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    device: fc.integer({ min: 0, max: 2 }),
    kind: fc.constant('edit' as const),
    text: fc.constantFrom('', 'alpha', 'beta', 'gamma'),
  }),
  fc.record({ device: fc.integer({ min: 0, max: 2 }), kind: fc.constant('sync' as const) }),
);

describe('three devices editing one note through a server', () => {
  it('converge, merge idempotently, and lose no version that no device edited on top of', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 16 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 16, maxLength: 16 }),
        (steps, advances) => {
          let wallMs = 0;
          let server = captured();
          const devices: Device[] = CLIENT_IDS.map((id) => ({
            id,
            state: server,
            clock: createClock(id, () => wallMs),
            mutations: [],
          }));
          const sync = (device: Device) => {
            server = mergeStates(server, device.state);
            device.state = server;
          };
          steps.forEach((step, i) => {
            wallMs += advances[i]!;
            const device = devices[step.device]!;
            if (step.kind === 'sync') {
              sync(device);
              return;
            }
            // The device edits the note it shows, as the extension does (userFieldDrafts).
            const before = userOf(device.state);
            const drafts = userFieldDrafts(ID, before, { ...before, note: step.text, noteConflicts: [] });
            for (const draft of drafts) {
              const mutation = stampMutation(draft, device.mutations.length + 1, device.clock.tick());
              device.mutations.push(mutation);
              device.state = applyMutation(device.state, mutation);
            }
          });
          for (const device of devices) sync(device);
          for (const device of devices) sync(device);
          // Every device holds the server's state, and the state is what all mutations make.
          const all = devices.flatMap((d) => d.mutations);
          const replayed = all.reduce<RecordState>((s, m) => applyMutation(s, m), captured());
          for (const device of devices) expect(device.state).toEqual(server);
          expect(server).toEqual(replayed);
          expect(mergeStates(server, server)).toEqual(server);
          expect(all.reduce<RecordState>((s, m) => applyMutation(s, m), replayed)).toEqual(server);
          // A version is gone only if a later edit replaced it; whatever is left is shown.
          const versions = all.flatMap((m) =>
            m.type === 'setNote' ? [{ value: m.note, hlc: m.hlc, base: m.base ?? null }] : [],
          );
          const user = userOf(server);
          const shown = [user.note, ...(user.noteConflicts ?? []).map((c) => c.value)];
          for (const version of versions) {
            if (!replaced(version, versions) && version.value !== '') expect(shown).toContain(version.value);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps both versions when two devices edit the same seen note before syncing', () => {
    const start = note(captured(), { note: 'seen by both', hlc: fakeHlc(1, 'c1'), base: null });
    const edit = (state: RecordState, node: string, text: string, at: number) => {
      const before = userOf(state);
      const [draft] = userFieldDrafts(ID, before, { ...before, note: text });
      return applyMutation(state, stampMutation(draft!, 1, fakeHlc(at, node)));
    };
    const merged = mergeStates(edit(start, 'c1', 'A', 3), edit(start, 'c2', 'B', 2));
    expect(userOf(merged)).toMatchObject({ note: 'A', noteConflicts: [{ value: 'B' }] });
    expect(mergeStates(merged, emptyState(ID))).toEqual(merged);
  });
});
