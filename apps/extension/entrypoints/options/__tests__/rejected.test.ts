import { fakeHlc, fakeMutation, fakeReadoutContent } from '@readouts/sync/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../utils/i18n';
import { en } from '../../../utils/i18n/en';
import { ja } from '../../../utils/i18n/ja';
import { type RejectedMutation, rejectedKey } from '../../../utils/sync/rejected';
import { renderRejected } from '../rejected';

const note: RejectedMutation = {
  clientId: 'device-a',
  mutation: fakeMutation('setNote', {
    id: 2,
    readoutId: 'press-release-known',
    note: 'x',
    hlc: fakeHlc(1, 'device-a'),
  }),
  reason: 'note: too long',
  at: '2026-01-01T00:00:00.000Z',
};
const capture: RejectedMutation = {
  clientId: 'device-a',
  mutation: fakeMutation('capture', {
    id: 3,
    readout: fakeReadoutContent({ id: 'press-release-gone', title: 'Japan-Peru Summit' }),
    hlc: fakeHlc(2, 'device-a'),
  }),
  reason: 'capturedAt: too far ahead',
  at: '2026-01-01T00:01:00.000Z',
};

function render(rejected: RejectedMutation[], lang: 'en' | 'ja' = 'en') {
  setLocale(lang);
  const actions = { retry: vi.fn(async () => {}), discard: vi.fn(async () => {}) };
  const onDone = vi.fn();
  const section = document.createElement('section');
  section.append(
    ...renderRejected(
      rejected,
      new Map([['press-release-known', 'Japan-Korea Foreign Ministers']]),
      actions,
      onDone,
    ),
  );
  return { section, actions, onDone };
}

describe('options page: changes the server refused', () => {
  afterEach(() => setLocale('en'));

  it('says so when there are none', () => {
    const { section } = render([]);
    expect(section.querySelector('.rejected-none')?.textContent).toBe(en['rejected.none']);
    expect(section.querySelector('table')).toBeNull();
  });

  it('lists each refused change, newest first, with its readout, change and the server’s reason', () => {
    const { section } = render([note, capture]);
    const rows = [...section.querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-rejected'))).toEqual([
      rejectedKey(capture),
      rejectedKey(note),
    ]);
    const cell = (row: Element, column: string) =>
      row.querySelector(`[data-column="${column}"]`)?.textContent;
    // A readout this device still has shows its title; a refused capture its own.
    expect(cell(rows[1]!, 'readout')).toBe('Japan-Korea Foreign Ministers');
    expect(cell(rows[0]!, 'readout')).toBe('Japan-Peru Summit');
    expect(cell(rows[1]!, 'change')).toBe(en['rejected.type.setNote']);
    expect(cell(rows[0]!, 'reason')).toBe('capturedAt: too far ahead');
  });

  it('names a readout it no longer has by its id', () => {
    const { section } = render([
      { ...note, mutation: { ...note.mutation, readoutId: 'press-release-lost' } },
    ]);
    expect(section.querySelector('[data-column="readout"]')?.textContent).toContain('press-release-lost');
  });

  it('retries or discards one change, or all of them', async () => {
    const { section, actions, onDone } = render([note, capture]);
    const row = section.querySelector(`tr[data-rejected="${rejectedKey(note)}"]`)!;
    row.querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
    expect(actions.retry).toHaveBeenCalledWith([rejectedKey(note)]);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(en['rejected.retried'], false));
    section.querySelector<HTMLButtonElement>('[data-action="discard-all"]')!.click();
    expect(actions.discard).toHaveBeenCalledWith([rejectedKey(note), rejectedKey(capture)]);
  });

  it('reports a failed action as an error', async () => {
    const { section, actions, onDone } = render([note]);
    actions.discard.mockRejectedValueOnce(new Error('storage full'));
    section.querySelector<HTMLButtonElement>('[data-action="discard"]')!.click();
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('Error: storage full', true));
  });

  it('speaks Japanese', () => {
    const { section } = render([note], 'ja');
    expect(section.querySelector('h2')?.textContent).toBe(ja['rejected.heading']);
    expect(section.querySelector('[data-column="change"]')?.textContent).toBe(ja['rejected.type.setNote']);
    expect(section.querySelector('[data-action="retry"]')?.textContent).toBe(ja['rejected.retry']);
  });
});
