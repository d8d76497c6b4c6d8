import { describe, expect, it, vi } from 'vitest';
import { fakeReadout } from '../../../utils/__tests__/factories';
import { renderDetail, safeHref } from '../detail';
import { nextRow } from '../list';
import { visibleRange } from '../virtual-list';

describe('visibleRange', () => {
  it('covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 560, 56, 10_000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(56 * 1000, 560, 56, 10_000, 5)).toEqual({ start: 995, end: 1016 });
    expect(visibleRange(56 * 9_999, 560, 56, 10_000, 5)).toEqual({ start: 9_994, end: 10_000 });
    expect(visibleRange(0, 560, 56, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('nextRow', () => {
  it('moves by one, by a page, or to either end, and stops there', () => {
    expect(nextRow(4, 'ArrowDown', 10)).toBe(5);
    expect(nextRow(4, 'ArrowUp', 10)).toBe(3);
    expect(nextRow(0, 'ArrowUp', 10)).toBe(0);
    expect(nextRow(9, 'ArrowDown', 10)).toBe(9);
    expect(nextRow(2, 'PageDown', 10)).toBe(9);
    expect(nextRow(5, 'Home', 10)).toBe(0);
    expect(nextRow(5, 'End', 10)).toBe(9);
  });

  it('starts at the top with no selection and ignores other keys', () => {
    expect(nextRow(-1, 'ArrowDown', 10)).toBe(0);
    expect(nextRow(3, 'a', 10)).toBeNull();
    expect(nextRow(-1, 'ArrowDown', 0)).toBeNull();
  });
});

describe('detail view', () => {
  it('shows every point as text and links to the source', () => {
    const readout = fakeReadout({
      points: [
        { n: 1, text: 'First.' },
        { n: 2, text: '<img src=x onerror=alert(1)>' },
      ],
    });
    const view = renderDetail(readout, { update: vi.fn(), remove: vi.fn() });
    const points = [...view.querySelectorAll('.points li')].map((li) => li.textContent);
    expect(points).toEqual(['First.', '<img src=x onerror=alert(1)>']);
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('a.source')?.getAttribute('href')).toBe(readout.canonicalUrl);
  });

  it('edits tags, star and note through the actions', () => {
    const update = vi.fn();
    const readout = fakeReadout({ user: { tags: ['G7'], note: 'old', starred: false } });
    const view = renderDetail(readout, { update, remove: vi.fn() });
    const input = view.querySelector<HTMLInputElement>('.tag-input')!;
    input.value = 'Energy';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(update).toHaveBeenLastCalledWith({ tags: ['G7', 'Energy'] });
    view.querySelector<HTMLButtonElement>('.tag-remove')!.click();
    expect(update).toHaveBeenLastCalledWith({ tags: [] });
    view.querySelector<HTMLButtonElement>('.star')!.click();
    expect(update).toHaveBeenLastCalledWith({ starred: true });
    const note = view.querySelector<HTMLTextAreaElement>('.note')!;
    expect(note.value).toBe('old');
    note.value = 'new';
    note.dispatchEvent(new Event('change'));
    expect(update).toHaveBeenLastCalledWith({ note: 'new' });
  });

  it('links only to http(s) addresses', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref('https://www.mofa.go.jp/a_o/')).toBe('https://www.mofa.go.jp/a_o/');
  });
});
