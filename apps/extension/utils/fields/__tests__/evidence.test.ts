// The evidence popover of the field library: shown on hover and on keyboard focus, tied to the
// value by aria-describedby, Escape hides it; an inferred value is marked, with its reason, in
// English and Japanese; "Show on page" is offered only for text the page shows.
import { describeNotice } from '@readouts/extract';
import type { Evidence } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { setLocale } from '../../i18n';
import { withEvidence } from '../evidence';
import { fieldRow } from '../field-row';

function fakeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    field: 'participants.1.name',
    source: 'body',
    block: 2,
    start: 40,
    end: 52,
    text: 'Marise Payne',
    inferred: null,
    ...overrides,
  };
}

const yearFromDateline = fakeEvidence({
  field: 'date',
  source: 'dateline',
  block: 0,
  start: 0,
  end: 11,
  text: 'May 1, 2020',
  inferred: { code: 'date.year-from-dateline', params: {} },
});

/** A popover anchor on the page, as a field row puts it there. */
function mount(evidence: Evidence[], show?: (e: Evidence) => Promise<string>) {
  const anchor = withEvidence('Marise Payne', 'participants', evidence, [], show);
  document.body.append(anchor);
  const value = anchor.querySelector<HTMLElement>('[data-value]')!;
  const popover = anchor.querySelector<HTMLElement>('[role="tooltip"]')!;
  return { anchor, value, popover };
}

beforeEach(() => {
  document.body.replaceChildren();
  setLocale('en');
});
afterEach(() => setLocale('en'));

describe('the evidence popover', () => {
  it('shows while the pointer is over the value and hides when it leaves', () => {
    const { anchor, popover } = mount([fakeEvidence()]);
    expect(popover.hidden).toBe(true);
    anchor.dispatchEvent(new MouseEvent('mouseenter'));
    expect(popover.hidden).toBe(false);
    expect(popover.querySelector('.evidence-text')?.textContent).toBe('Marise Payne');
    anchor.dispatchEvent(new MouseEvent('mouseleave'));
    expect(popover.hidden).toBe(true);
  });

  it('shows on keyboard focus, is the value’s description, and Escape hides it', () => {
    const outside = document.createElement('button');
    const { anchor, value, popover } = mount([fakeEvidence()]);
    document.body.append(outside);
    expect(value.tabIndex).toBe(0);
    expect(value.getAttribute('aria-describedby')).toBe(popover.id);
    value.focus();
    expect(popover.hidden).toBe(false);
    anchor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.hidden).toBe(true);
    expect(document.activeElement).toBe(value);
    outside.focus();
    value.focus();
    expect(popover.hidden).toBe(false);
    outside.focus();
    expect(popover.hidden).toBe(true);
  });

  it('stays open while the focus moves from the value to its Show on page button', () => {
    const { value, popover } = mount([fakeEvidence()], async () => 'ok');
    value.focus();
    popover.querySelector<HTMLButtonElement>('[data-action="show-on-page"]')!.focus();
    expect(popover.hidden).toBe(false);
  });

  it('Show on page asks for that evidence and says the answer', async () => {
    const show = vi.fn(async () => 'Highlighted on the page.');
    const evidence = fakeEvidence();
    const { popover } = mount([evidence], show);
    popover.querySelector<HTMLButtonElement>('[data-action="show-on-page"]')!.click();
    expect(show).toHaveBeenCalledWith(evidence);
    await vi.waitFor(() =>
      expect(popover.querySelector('.evidence-status')?.textContent).toBe('Highlighted on the page.'),
    );
  });

  it('offers Show on page only for text the page shows, not for metadata or the address', () => {
    const { popover } = mount(
      [
        fakeEvidence(),
        fakeEvidence({ source: 'meta', block: null }),
        fakeEvidence({ source: 'url', block: null }),
      ],
      async () => 'ok',
    );
    const offered = [...popover.querySelectorAll('[data-evidence]')].map(
      (li) => li.querySelector('[data-action="show-on-page"]') !== null,
    );
    expect(offered).toEqual([true, false, false]);
  });

  it('says so when no text was recorded', () => {
    const { popover } = mount([]);
    expect(popover.textContent).toContain('No source text recorded for this field.');
  });
});

describe('the inferred mark', () => {
  const readout = () => fakeReadout({ date: '2020-05-01' }).capture;

  it.each([
    ['en', 'inferred'],
    ['ja', '推定'],
  ] as const)('marks an inferred date and gives the reason (%s)', (locale, mark) => {
    setLocale(locale);
    const row = fieldRow(
      fakeReadout({ date: '2020-05-01', capture: { ...readout(), evidence: [yearFromDateline] } }),
      'date',
      {},
    );
    expect(row.querySelector('dt [data-mark="inferred"]')?.textContent).toBe(mark);
    const entry = row.querySelector('[data-evidence="0"]')!;
    expect(entry.hasAttribute('data-inferred')).toBe(true);
    expect(entry.querySelector('.inferred')?.textContent).toContain(
      describeNotice(yearFromDateline.inferred!, locale),
    );
    expect(entry.querySelector('.inferred')?.textContent).toContain(mark);
  });

  it('leaves a value read from the page unmarked', () => {
    const read = { ...yearFromDateline, text: 'On May 1, 2020', inferred: null };
    const row = fieldRow(fakeReadout({ capture: { ...readout(), evidence: [read] } }), 'date', {});
    expect(row.querySelector('[data-mark="inferred"]')).toBeNull();
    expect(row.querySelector('[data-evidence="0"]')?.hasAttribute('data-inferred')).toBe(false);
  });

  it('gives way to the corrected mark once the user corrected the field', () => {
    const base = fakeReadout({ capture: { ...readout(), evidence: [yearFromDateline] } });
    const row = fieldRow({ ...base, corrected: ['date'] }, 'date', {});
    expect(row.querySelector('dt [data-mark="inferred"]')).toBeNull();
    expect(row.querySelector('dt [data-mark="corrected"]')).not.toBeNull();
  });
});

describe('the part an entry is about', () => {
  const source = (anchor: HTMLElement) =>
    [...anchor.querySelectorAll('.evidence-source')].map((s) => s.textContent);

  it.each([
    ['en', ['text · Participant 2', 'dateline · Participant 2 · Country code']],
    ['ja', ['本文 · 出席者 2', '日付行 · 出席者 2 · 国コード']],
  ] as const)('is named in the UI language, people counted from 1 (%s)', (locale, expected) => {
    setLocale(locale);
    const anchor = withEvidence(
      'Marise Payne',
      'participants',
      [
        fakeEvidence({ field: 'participants.1' }),
        fakeEvidence({ field: 'participants.1.country', source: 'dateline' }),
      ],
      [],
    );
    expect(source(anchor)).toEqual(expected);
  });
});
