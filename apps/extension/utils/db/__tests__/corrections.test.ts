import { Mutation, type Readout, type ReadoutContent, type RecordState } from '@readouts/schema';
import { applyMutation, emptyState, materialize } from '@readouts/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeContent, fakeParticipant, freshIndexedDb } from '../../__tests__/factories';
import { CorrectionError } from '../corrections';
import { openReadoutsDb } from '../open';
import { ReadoutRepository } from '../readouts';

async function repository() {
  let tick = 0;
  const now = () => Date.UTC(2026, 0, 1) + 1000 * tick++;
  return new ReadoutRepository(await openReadoutsDb(), { deviceId: 'device-a', now });
}

const mutations = async (repo: ReadoutRepository) => (await repo.outbox()).map((entry) => entry.mutation);

/** The same page captured again with other content (a later capture, another hash). */
function recapture(content: ReadoutContent, changes: Partial<ReadoutContent>, n = 2): ReadoutContent {
  return {
    ...content,
    ...changes,
    capture: { ...content.capture, capturedAt: `2026-0${n}-01T00:00:00.000Z`, contentHash: `hash-${n}` },
  };
}

/** What sync makes of the outbox alone: the readout another device would show. */
async function asSyncShowsIt(repo: ReadoutRepository, id: string): Promise<Readout | null> {
  const state = (await mutations(repo)).reduce<RecordState>((s, m) => applyMutation(s, m), emptyState(id));
  return materialize(state);
}

describe('ReadoutRepository corrections', () => {
  beforeEach(freshIndexedDb);

  it('stores a correction in place, keeps the extracted value and queues one correct mutation', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent({ date: '2018-08-19' }));
    const corrected = await repo.correct(readout.id, { date: { value: '2018-08-18' } });
    expect(corrected.date).toBe('2018-08-18');
    expect(corrected.corrected).toEqual(['date']);
    expect(corrected.extracted).toEqual({ date: '2018-08-19' });
    expect(corrected.pageChanged).toEqual([]);
    expect(await repo.get(readout.id)).toEqual(corrected);
    const last = (await mutations(repo)).at(-1)!;
    expect(last).toMatchObject({
      type: 'correct',
      fields: { date: { value: '2018-08-18', base: '2018-08-19' } },
    });
    expect(Mutation.safeParse(last).success).toBe(true);
  });

  it('refuses a value the schema refuses, naming the field, and stores nothing', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent());
    await expect(repo.correct(readout.id, { date: { value: '2020-13-45' } })).rejects.toThrow(/^date: /);
    const badCountry = [fakeParticipant({ country: 'Japan' })];
    const error = await repo.correct(readout.id, { participants: { value: badCountry } }).catch((e) => e);
    expect(error).toBeInstanceOf(CorrectionError);
    expect(error.field).toBe('participants.0.country');
    await expect(
      repo.correct(readout.id, { colour: { value: 'red' } } as unknown as Parameters<typeof repo.correct>[1]),
    ).rejects.toThrow(/colour: not a correctable field/);
    await expect(repo.correct(readout.id, {})).rejects.toThrow(CorrectionError);
    expect(await repo.get(readout.id)).toEqual(readout);
    expect((await mutations(repo)).map((m) => m.type)).toEqual(['capture']);
  });

  it('reverts with null, showing the extracted value again', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent({ title: 'Extracted' }));
    await repo.correct(readout.id, { title: { value: 'Mine' }, format: { value: 'summit' } });
    const reverted = await repo.correct(readout.id, { title: null });
    expect(reverted.title).toBe('Extracted');
    expect(reverted.format).toBe('summit');
    expect(reverted.corrected).toEqual(['format']);
    expect(reverted.extracted).toEqual({ format: 'meeting' });
    expect((await mutations(repo)).at(-1)).toMatchObject({ type: 'correct', fields: { title: null } });
  });

  it('queues nothing for a value that is already shown, and a revert for the extracted value typed again', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent({ title: 'Extracted' }));
    await repo.correct(readout.id, { title: { value: 'Extracted' } });
    await repo.correct(readout.id, { title: null });
    expect((await mutations(repo)).map((m) => m.type)).toEqual(['capture']);
    await repo.correct(readout.id, { title: { value: 'Mine' } });
    await repo.correct(readout.id, { title: { value: 'Mine' } });
    const back = await repo.correct(readout.id, { title: { value: 'Extracted' } });
    expect(back.corrected).toEqual([]);
    expect((await mutations(repo)).map((m) => m.type)).toEqual(['capture', 'correct', 'correct']);
  });

  it('keeps a correction through a re-capture and marks "page changed" only where the page value changed', async () => {
    const repo = await repository();
    const content = fakeContent({ date: '2018-08-19', title: 'Old title', startTime: '10:00' });
    await repo.saveCapture(content);
    await repo.correct(content.id, { date: { value: '2018-08-18' }, startTime: { value: '11:00' } });
    const changed = recapture(content, { date: '2018-08-20', title: 'New title' });
    const { readout, outcome } = await repo.saveCapture(changed);
    expect(outcome).toBe('updated');
    expect(readout.title).toBe('New title');
    expect(readout.date).toBe('2018-08-18');
    expect(readout.startTime).toBe('11:00');
    expect(readout.extracted).toEqual({ date: '2018-08-20', startTime: '10:00' });
    expect(readout.pageChanged).toEqual(['date']);
    // Captured again with the same new date: still changed since the correction.
    const third = await repo.saveCapture(recapture(changed, { title: 'Newer title' }, 3));
    expect(third.readout.pageChanged).toEqual(['date']);
    expect(third.readout.extracted.date).toBe('2018-08-20');
    // Correcting it again takes the page's new value as the base: no longer "page changed".
    const again = await repo.correct(content.id, { date: { value: '2018-08-18' } });
    expect(again.pageChanged).toEqual([]);
    expect((await mutations(repo)).at(-1)).toMatchObject({ fields: { date: { base: '2018-08-20' } } });
  });

  it('shows what sync makes of its own outbox, through captures, corrections and reverts', async () => {
    const repo = await repository();
    const content = fakeContent({ date: '2018-08-19' });
    await repo.saveCapture(content);
    await repo.correct(content.id, { date: { value: '2018-08-18' }, topics: { value: ['Quad'] } });
    await repo.saveCapture(recapture(content, { date: '2018-08-21', topics: ['Energy'] }));
    await repo.correct(content.id, { topics: null });
    const stored = await repo.get(content.id);
    expect(stored).toEqual(await asSyncShowsIt(repo, content.id));
    expect(stored?.pageChanged).toEqual(['date']);
  });

  it('saves a capture with corrections made before saving, both in one write', async () => {
    const repo = await repository();
    const content = fakeContent({ format: 'meeting' });
    const { readout, outcome } = await repo.saveCapture(content, { format: { value: 'telephone' } });
    expect(outcome).toBe('captured');
    expect(readout.format).toBe('telephone');
    expect(readout.extracted).toEqual({ format: 'meeting' });
    expect((await mutations(repo)).map((m) => m.type)).toEqual(['capture', 'correct']);
    expect(await repo.get(content.id)).toEqual(readout);
    expect(readout).toEqual(await asSyncShowsIt(repo, content.id));
  });

  it('adds corrections to an unchanged page saved before, and refuses bad ones without saving the capture', async () => {
    const repo = await repository();
    const content = fakeContent();
    await repo.saveCapture(content);
    const { readout, outcome } = await repo.saveCapture(content, { durationMinutes: { value: 30 } });
    expect(outcome).toBe('unchanged');
    expect(readout.durationMinutes).toBe(30);
    const fresh = fakeContent();
    await expect(repo.saveCapture(fresh, { durationMinutes: { value: -5 } })).rejects.toThrow(
      /durationMinutes/,
    );
    expect(await repo.get(fresh.id)).toBeUndefined();
  });

  it('imports and restores corrected readouts as page content plus a correction', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent({ title: 'Extracted' }));
    const corrected = await repo.correct(readout.id, { title: { value: 'Mine' } });
    const removed = await repo.delete(readout.id);
    await repo.restore(removed!);
    expect(await repo.get(readout.id)).toEqual(corrected);
    const all = await mutations(repo);
    const capture = all.at(-2)!;
    expect(capture.type === 'capture' && capture.readout.title).toBe('Extracted');
    expect(all.at(-1)).toMatchObject({
      type: 'correct',
      fields: { title: { value: 'Mine', base: 'Extracted' } },
    });
    expect(await asSyncShowsIt(repo, readout.id)).toEqual(corrected);
  });
});
