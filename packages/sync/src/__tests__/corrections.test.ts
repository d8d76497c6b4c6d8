import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply';
import { checkMutationBounds } from '../bounds';
import { materialize } from '../materialize';
import { mergeStates } from '../record-state';
import { fakeHlc, fakeMutation, fakeReadoutContent, fakeState } from '../testing';

const page = fakeReadoutContent({ date: '2019-11-22', title: 'Japan-Australia Foreign Ministers’ Meeting' });
const capture = fakeMutation('capture', { readout: page, hlc: fakeHlc(1) });
const correctDate = fakeMutation('correct', {
  hlc: fakeHlc(2),
  fields: { date: { value: '2019-11-21', base: '2019-11-22' } },
});

describe('corrections', () => {
  it('shows the corrected value, lists the field and keeps the extracted one', () => {
    const readout = materialize(fakeState(capture, correctDate))!;
    expect(readout.date).toBe('2019-11-21');
    expect(readout.corrected).toEqual(['date']);
    expect(readout.extracted).toEqual({ date: '2019-11-22' });
    expect(readout.pageChanged).toEqual([]);
  });

  it('survives a re-capture: new content elsewhere, and "page changed" where the field moved', () => {
    const later = (date: string, title: string) =>
      fakeMutation('capture', {
        hlc: fakeHlc(3, 'c2'),
        readout: {
          ...page,
          date,
          title,
          capture: { ...page.capture, capturedAt: '2026-02-01T00:00:00.000Z' },
        },
      });
    const same = materialize(fakeState(capture, correctDate, later('2019-11-22', 'New title')))!;
    expect(same).toMatchObject({ title: 'New title', date: '2019-11-21', pageChanged: [] });
    const moved = materialize(fakeState(capture, correctDate, later('2019-11-23', 'New title')))!;
    expect(moved).toMatchObject({
      date: '2019-11-21',
      pageChanged: ['date'],
      extracted: { date: '2019-11-23' },
    });
  });

  it('reverts with a later null, and a later correction wins over the revert', () => {
    const revert = fakeMutation('correct', { hlc: fakeHlc(4), fields: { date: null } });
    const reverted = materialize(fakeState(capture, correctDate, revert))!;
    expect(reverted).toMatchObject({ date: '2019-11-22', corrected: [], extracted: {} });
    const again = fakeMutation('correct', {
      hlc: fakeHlc(5),
      fields: { date: { value: null, base: '2019-11-22' } },
    });
    expect(materialize(fakeState(capture, correctDate, revert, again))).toMatchObject({
      date: null,
      corrected: ['date'],
    });
    // Order of arrival does not matter.
    expect(fakeState(capture, again, revert, correctDate)).toEqual(
      fakeState(capture, correctDate, revert, again),
    );
  });

  it('counts as an edit: a correction after a delete brings the record back', () => {
    const del = fakeMutation('delete', { hlc: fakeHlc(3) });
    expect(materialize(fakeState(capture, correctDate, del))).toBeNull();
    const late = fakeMutation('correct', {
      hlc: fakeHlc(4),
      fields: { format: { value: 'summit', base: 'meeting' } },
    });
    expect(materialize(fakeState(capture, correctDate, del, late))?.format).toBe('summit');
  });

  it('merges field by field, each the later register', () => {
    const a = applyMutation(fakeState(capture), correctDate);
    const b = applyMutation(
      fakeState(capture),
      fakeMutation('correct', {
        hlc: fakeHlc(3, 'c2'),
        fields: { title: { value: 'Fixed', base: page.title } },
      }),
    );
    expect(materialize(mergeStates(a, b))).toMatchObject({
      date: '2019-11-21',
      title: 'Fixed',
      corrected: ['title', 'date'],
    });
  });

  it('refuses a merged state whose correction is stamped far ahead', () => {
    const now = 1_764_201_600_000;
    const state = applyMutation(
      fakeState(capture),
      fakeMutation('correct', { hlc: fakeHlc(now + 10 * 86_400_000), fields: { date: null } }),
    );
    const merge = fakeMutation('merge', { hlc: fakeHlc(now), state });
    expect(checkMutationBounds(merge, now)?.path).toBe('state.corrections.date.hlc');
  });
});
