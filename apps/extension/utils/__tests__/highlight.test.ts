// The Show-on-page highlighter: highlights the located range through the Custom Highlight API
// (faked here: happy-dom has none), scrolls to it, leaves the page's markup alone, and clears on
// Escape or the next show.
import type { Evidence } from '@readouts/schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, HIGHLIGHT_NAME, type LocateEvidence } from '../highlight';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const registry = new Map<string, FakeHighlight>();
const evidence = (text: string): Evidence => ({
  field: 'participants.0.name',
  source: 'body',
  block: 0,
  start: 0,
  end: text.length,
  text,
  inferred: null,
});

/** Finds the evidence text in the first paragraph, as locateEvidence would. */
const locate: LocateEvidence = (doc, e) => {
  const node = doc.querySelector('p')?.firstChild as Text | null;
  const at = node?.data.indexOf(e.text) ?? -1;
  if (!node || at < 0) return null;
  const range = doc.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + e.text.length);
  return range;
};

beforeEach(() => {
  registry.clear();
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  document.body.innerHTML = '<p>Mr. Kishida met Mr. Hague in New York.</p>';
});

describe('createHighlighter', () => {
  it('highlights the evidence and scrolls to it, without changing the markup', () => {
    const before = document.body.outerHTML;
    const scroll = vi.fn();
    document.querySelector('p')!.scrollIntoView = scroll;
    expect(createHighlighter(document, locate).show(evidence('Mr. Hague'))).toBe('shown');
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['Mr. Hague']);
    expect(scroll).toHaveBeenCalled();
    expect(document.body.outerHTML).toBe(before);
  });

  it('answers not-found, and leaves nothing highlighted, when the page lacks the text', () => {
    const highlighter = createHighlighter(document, locate);
    highlighter.show(evidence('Mr. Hague'));
    expect(highlighter.show(evidence('Mr. Gemba'))).toBe('not-found');
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('replaces the highlight on the next show', () => {
    const highlighter = createHighlighter(document, locate);
    highlighter.show(evidence('Mr. Hague'));
    highlighter.show(evidence('New York'));
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['New York']);
  });

  it('clears the highlight on Escape, and only on Escape', () => {
    createHighlighter(document, locate).show(evidence('Mr. Hague'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(registry.has(HIGHLIGHT_NAME)).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
