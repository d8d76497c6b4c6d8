import { describe, expect, it } from 'vitest';
import { BatchSelection } from '../batch-selection';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('BatchSelection', () => {
  it('picks one readout on a plain click, replacing the rest', () => {
    const s = new BatchSelection();
    s.click('b', ORDER);
    s.click('d', ORDER);
    expect(s.ids(ORDER)).toEqual(['d']);
  });

  it('toggles on Ctrl/Cmd-click and keeps the others', () => {
    const s = new BatchSelection();
    s.click('b', ORDER);
    s.click('d', ORDER, { toggle: true });
    s.click('f', ORDER, { toggle: true });
    expect(s.ids(ORDER)).toEqual(['b', 'd', 'f']);
    s.click('d', ORDER, { toggle: true });
    expect(s.ids(ORDER)).toEqual(['b', 'f']);
  });

  it('picks the range from the anchor on Shift-click, in either direction, in list order', () => {
    const s = new BatchSelection();
    s.click('b', ORDER);
    s.click('e', ORDER, { shift: true });
    expect(s.ids(ORDER)).toEqual(['b', 'c', 'd', 'e']);
    // The anchor stays: a second Shift-click re-draws the range from it.
    s.click('a', ORDER, { shift: true });
    expect(s.ids(ORDER)).toEqual(['a', 'b']);
  });

  it('adds a range to a toggled selection on Ctrl+Shift-click', () => {
    const s = new BatchSelection();
    s.click('a', ORDER);
    s.click('d', ORDER, { toggle: true });
    s.click('f', ORDER, { shift: true, toggle: true });
    expect(s.ids(ORDER)).toEqual(['a', 'd', 'e', 'f']);
  });

  it('treats a Shift-click without an anchor as a plain click', () => {
    const s = new BatchSelection();
    s.click('c', ORDER, { shift: true });
    expect(s.ids(ORDER)).toEqual(['c']);
  });

  it('toggles with Space and starts the next range there', () => {
    const s = new BatchSelection();
    s.toggle('b');
    s.toggle('c');
    expect(s.ids(ORDER)).toEqual(['b', 'c']);
    s.toggle('b');
    expect(s.ids(ORDER)).toEqual(['c']);
    s.click('e', ORDER, { shift: true });
    expect(s.ids(ORDER)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('extends and shrinks the range with Shift+arrows, stopping at the ends', () => {
    const s = new BatchSelection();
    s.click('c', ORDER);
    expect(s.extend('c', 1, ORDER)).toBe('d');
    expect(s.extend('d', 1, ORDER)).toBe('e');
    expect(s.ids(ORDER)).toEqual(['c', 'd', 'e']);
    expect(s.extend('e', -1, ORDER)).toBe('d');
    expect(s.ids(ORDER)).toEqual(['c', 'd']);
    expect(s.extend('d', -1, ORDER)).toBe('c');
    expect(s.extend('c', -1, ORDER)).toBe('b');
    expect(s.ids(ORDER)).toEqual(['b', 'c']);
    s.click('a', ORDER);
    expect(s.extend('a', -1, ORDER)).toBe('a');
    expect(s.ids(ORDER)).toEqual(['a']);
  });

  it('selects every matching readout, and clears', () => {
    const s = new BatchSelection();
    s.selectAll(['b', 'd']);
    expect(s.size).toBe(2);
    expect(s.ids(ORDER)).toEqual(['b', 'd']);
    s.clear();
    expect(s.size).toBe(0);
    s.click('c', ORDER, { shift: true });
    expect(s.ids(ORDER)).toEqual(['c']);
  });

  it('drops readouts that leave the list (filtered out, deleted elsewhere)', () => {
    const s = new BatchSelection();
    s.selectAll(ORDER);
    expect(s.prune(['a', 'c'])).toBe(true);
    expect(s.size).toBe(2);
    expect(s.ids(ORDER)).toEqual(['a', 'c']);
    expect(s.prune(['a', 'c', 'x'])).toBe(false);
  });
});
