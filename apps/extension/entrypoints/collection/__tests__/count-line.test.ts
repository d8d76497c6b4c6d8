// Counts of readouts in the collection carry the UI language's digit grouping.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../utils/i18n';
import { renderBatchBar } from '../batch-bar';
import { countLine } from '../count-line';

afterEach(() => setLocale('en'));

describe('collection count line', () => {
  it('groups thousands in English and in Japanese', () => {
    expect(countLine(1234, 12_345)).toBe('1,234 of 12,345 readouts');
    setLocale('ja');
    expect(countLine(1234, 12_345)).toBe('12,345 件中 1,234 件');
  });

  it('says when nothing matches, and leaves small and empty collections alone', () => {
    expect(countLine(0, 12_345)).toBe('0 of 12,345 readouts No readouts match.');
    expect(countLine(7, 7)).toBe('7 of 7 readouts');
    expect(countLine(0, 0)).toBe('0 of 0 readouts');
  });

  it('groups the number of matching readouts the batch bar offers to select', () => {
    const actions = { selectAll: vi.fn(), report: vi.fn(), apply: vi.fn(), clear: vi.fn() };
    const [selectAll] = renderBatchBar(0, 12_345, actions);
    expect(selectAll?.textContent).toBe('Select all 12,345 matching');
  });
});
