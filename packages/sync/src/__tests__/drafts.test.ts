import type { UserFields } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutations } from '../apply';
import { stampMutation, userFieldDrafts } from '../drafts';
import { createClock } from '../hlc';
import { latestHlc, materialize } from '../materialize';
import { fakeHlc, fakeMutation } from '../testing';

const ID = 'r1';
const userArb: fc.Arbitrary<UserFields> = fc.record({
  tags: fc.uniqueArray(fc.constantFrom('g7', 'asean', 'trade', 'energy')),
  note: fc.constantFrom('', 'a', 'b'),
  starred: fc.boolean(),
});

describe('userFieldDrafts', () => {
  it('takes the readout from the fields the user saw to the fields they saved', () => {
    fc.assert(
      fc.property(userArb, userArb, (before, after) => {
        const seen = applyMutations(new Map(), [
          fakeMutation('capture', { readoutId: ID, hlc: fakeHlc(1, 'c2') }),
          ...userFieldDrafts(ID, { tags: [], note: '', starred: false }, before).map((draft, i) =>
            stampMutation(draft, i + 2, fakeHlc(2 + i, 'c2')),
          ),
        ]).get(ID)!;
        const clock = createClock('c1', () => 0);
        clock.receive(latestHlc(seen)!);
        const drafts = userFieldDrafts(ID, materialize(seen)!.user, after);
        const saved = applyMutations(
          new Map([[ID, seen]]),
          drafts.map((draft, i) => stampMutation(draft, i + 1, clock.tick())),
        ).get(ID)!;
        // Tags the user kept stay where they were; new ones follow in the order typed.
        const shown = materialize(seen)!.user.tags;
        const tags = [
          ...shown.filter((t) => after.tags.includes(t)),
          ...after.tags.filter((t) => !shown.includes(t)),
        ];
        const { noteVersion, noteConflicts, ...fields } = materialize(saved)!.user;
        expect(fields).toEqual({ ...after, tags });
        // The edit saw the note it replaced: nothing is left in conflict.
        expect(noteConflicts).toBeUndefined();
        const noted = drafts.length > 0 && after.note !== materialize(seen)!.user.note;
        if (noted) expect(noteVersion).toBe(saved.note?.hlc);
      }),
    );
  });

  it('drafts nothing when nothing changed, and touches only the changed fields', () => {
    const user = { tags: ['g7'], note: 'n', starred: false };
    expect(userFieldDrafts(ID, user, { ...user, tags: ['g7'] })).toEqual([]);
    expect(userFieldDrafts(ID, user, { ...user, tags: ['asean'], starred: true })).toEqual([
      { type: 'setTags', readoutId: ID, add: ['asean'], remove: ['g7'] },
      { type: 'setStarred', readoutId: ID, starred: true },
    ]);
  });
});
