// Length caps cut at code points: a cap never splits a surrogate pair into a lone surrogate.
import { isCleanText } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { cutText } from '../text/cut';
import { readoutOf } from './factories';

const LEAD =
  'On August 17, commencing at 10:00 a.m. for approximately 40 minutes, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a Foreign Ministers’ Meeting with H.E. Mr. Luis Videgaray Caso, Secretary of Foreign Affairs of the United Mexican States.';

describe('cutText', () => {
  it('keeps short text, cuts long text, and never ends on half a pair', () => {
    expect(cutText('abc', 5)).toBe('abc');
    expect(cutText('abcdef', 3)).toBe('abc');
    expect(cutText('ab😀', 3)).toBe('ab');
    expect(cutText('ab😀', 4)).toBe('ab😀');
    expect(cutText('a😀b', 3)).toBe('a😀');
  });
});

describe('extracted text under a cap', () => {
  it('cuts a 499-character related link title followed by an emoji before the emoji', () => {
    const title = `${'x'.repeat(499)}😀 more`;
    const readout = readoutOf({
      headline: 'Japan-Mexico Foreign Ministers’ Meeting',
      dateline: 'August 17, 2018',
      lead: LEAD,
      body: `<p><a href="/files/000123.pdf">${title}</a></p>`,
    });
    const link = readout.links.related.find((l) => l.url.endsWith('000123.pdf'))!;
    expect(link.title).toBe('x'.repeat(499));
    expect(isCleanText(link.title)).toBe(true);
  });

  it('cuts a long point, headline and section at code points', () => {
    const emojiText = (n: number) => `${'y'.repeat(n - 1)}😀😀`;
    const readout = readoutOf({
      headline: emojiText(1000),
      section: emojiText(300),
      dateline: 'August 17, 2018',
      lead: LEAD,
      body: `<ol><li>${emojiText(20_000)}</li></ol>`,
    });
    const texts = [readout.title, readout.section ?? '', ...readout.points.map((p) => p.text)];
    for (const text of texts) expect(isCleanText(text), text.slice(-5)).toBe(true);
    expect(readout.title.length).toBeLessThanOrEqual(1000);
  });
});
