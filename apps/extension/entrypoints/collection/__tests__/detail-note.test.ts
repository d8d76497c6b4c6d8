import type { Readout, RecordState } from '@readouts/schema';
import { applyMutation, emptyState, formatHlc, materialize, stampMutation } from '@readouts/sync';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeReadout, freshIndexedDb } from '../../../utils/__tests__/factories';
import { closeDb, getDb } from '../../../utils/db/open';
import { ReadoutRepository } from '../../../utils/db/readouts';
import { pageContent } from '../../../utils/db/shown';
import { setLocale } from '../../../utils/i18n';
import { renderDetail } from '../detail';
import { joinNoteVersions, noteVersionsOf } from '../detail-note';

const hlc = (wallMs: number, nodeId: string) => formatHlc({ wallMs, counter: 0, nodeId });
const LAPTOP = hlc(Date.parse('2026-12-01T09:00:00Z'), 'laptop');
const DESKTOP = hlc(Date.parse('2026-12-01T09:05:00Z'), 'desktop');

/** A readout as sync shows it after both devices edited the note offline: desktop's is newer. */
const conflicted = (): Readout =>
  fakeReadout({
    user: {
      tags: [],
      starred: false,
      note: 'Agreed on B.',
      noteVersion: DESKTOP,
      noteConflicts: [{ value: 'Agreed on A.', hlc: LAPTOP }],
    },
  });

const click = (view: HTMLElement, selector: string) =>
  view.querySelector<HTMLButtonElement>(selector)!.click();

describe('note conflicts in the detail view', () => {
  beforeEach(() => setLocale('en'));

  it('shows nothing more for a note without conflicts', () => {
    const view = renderDetail(fakeReadout({ user: { tags: [], note: 'mine', starred: false } }), {
      update: vi.fn(),
      remove: vi.fn(),
    });
    expect(view.querySelector('.note-conflicts')).toBeNull();
  });

  it('shows the other version beside the note, with when each was written', () => {
    const view = renderDetail(conflicted(), { update: vi.fn(), remove: vi.fn() });
    const panel = view.querySelector('.note-conflicts')!;
    expect(panel.querySelector('h4')?.textContent).toBe('Edited on another device');
    expect([...panel.querySelectorAll('.version-text')].map((p) => p.textContent)).toEqual([
      'Agreed on B.',
      'Agreed on A.',
    ]);
    expect(panel.querySelector('[data-version="other"] .version-label')?.textContent).toMatch(
      /^Other version · Dec 1, 2026/,
    );
    expect(view.querySelector<HTMLTextAreaElement>('.note')?.value).toBe('Agreed on B.');
  });

  it('keeps one version, both joined, or the edited text, and drops the conflicts each time', () => {
    const update = vi.fn();
    const view = renderDetail(conflicted(), { update, remove: vi.fn() });
    click(view, '[data-version="other"] [data-action="keep-version"]');
    expect(update).toHaveBeenLastCalledWith({ note: 'Agreed on A.', noteConflicts: undefined });
    click(view, '[data-version="shown"] [data-action="keep-version"]');
    expect(update).toHaveBeenLastCalledWith({ note: 'Agreed on B.', noteConflicts: undefined });
    click(view, '[data-action="join-versions"]');
    expect(update).toHaveBeenLastCalledWith({
      note: 'Agreed on B.\n\nAgreed on A.',
      noteConflicts: undefined,
    });
    const merge = view.querySelector<HTMLTextAreaElement>('.note-merge')!;
    expect(merge.value).toBe('Agreed on B.\n\nAgreed on A.');
    merge.value = 'Agreed on A and B.';
    click(view, '[data-action="save-merge"]');
    expect(update).toHaveBeenLastCalledWith({ note: 'Agreed on A and B.', noteConflicts: undefined });
    // Editing the note itself saw every version too.
    const note = view.querySelector<HTMLTextAreaElement>('.note')!;
    note.value = 'Typed anew.';
    note.dispatchEvent(new Event('change'));
    expect(update).toHaveBeenLastCalledWith({ note: 'Typed anew.', noteConflicts: undefined });
  });

  it('speaks Japanese', () => {
    setLocale('ja');
    const view = renderDetail(conflicted(), { update: vi.fn(), remove: vi.fn() });
    expect(view.querySelector('.note-conflicts h4')?.textContent).toBe('別の端末で編集されました');
    expect(view.querySelector('[data-action="join-versions"]')?.textContent).toBe('両方を残す（つなげる）');
  });

  it('joins distinct texts once, in order, leaving out empty ones', () => {
    expect(joinNoteVersions(['B', '', 'A', ' B '])).toBe('B\n\nA');
    expect(noteVersionsOf(conflicted().user).map((v) => v.writtenAt)).toEqual([
      '2026-12-01T09:05:00.000Z',
      '2026-12-01T09:00:00.000Z',
    ]);
  });
});

describe('resolving a note conflict', () => {
  beforeEach(async () => {
    await closeDb();
    freshIndexedDb();
  });

  it('queues a setNote based on the newest version, which leaves no conflict where it is merged', async () => {
    const repository = new ReadoutRepository(await getDb(), { deviceId: 'desktop' });
    const readout = conflicted();
    await repository.import([readout]);
    const resolved = await repository.updateUser(readout.id, {
      note: 'Agreed on A.',
      noteConflicts: undefined,
    });
    expect(resolved.user.noteConflicts).toBeUndefined();
    const setNote = (await repository.outbox()).at(-1)!.mutation;
    expect(setNote).toMatchObject({ type: 'setNote', note: 'Agreed on A.', base: DESKTOP });

    // Any device holding both versions (the state sync merged) drops both for the resolution.
    let state: RecordState = emptyState(readout.id);
    state = applyMutation(
      state,
      stampMutation({ type: 'capture', readoutId: readout.id, readout: pageContent(readout) }, 1, LAPTOP),
    );
    state = applyMutation(
      state,
      stampMutation({ type: 'setNote', readoutId: readout.id, note: 'Agreed on A.', base: null }, 2, LAPTOP),
    );
    state = applyMutation(
      state,
      stampMutation({ type: 'setNote', readoutId: readout.id, note: 'Agreed on B.', base: null }, 1, DESKTOP),
    );
    expect(materialize(state)?.user.noteConflicts).toEqual([{ value: 'Agreed on A.', hlc: LAPTOP }]);
    state = applyMutation(state, setNote);
    expect(materialize(state)?.user).toMatchObject({ note: 'Agreed on A.' });
    expect(materialize(state)?.user.noteConflicts).toBeUndefined();
  });
});
