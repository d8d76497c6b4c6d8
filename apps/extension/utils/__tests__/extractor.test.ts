import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../extractor';

/** Parses a fixture page in the test DOM, as the content script sees the live page. */
function page(file: string): Document {
  // The test DOM cannot fetch the page's stylesheet; it plays no part in extraction.
  const html = readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8').replace(
    /<link rel="stylesheet"[^>]*>/g,
    '',
  );
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractPage', () => {
  it('extracts an English readout from the page DOM', () => {
    const result = extractPage(
      page('press-release-press4e_002699.html'),
      'https://www.mofa.go.jp/press/release/press4e_002699.html',
    );
    expect(result.kind).toBe('readout');
    if (result.kind !== 'readout') return;
    expect(result.readout).toMatchObject({
      id: 'press-release-press4e_002699',
      lang: 'en',
      title: 'Japan-Australia Foreign Ministers’ Meeting',
      date: '2019-11-22',
    });
    expect(result.readout.capture.contentHash).not.toBe('');
  });

  it('extracts a Japanese readout', () => {
    const result = extractPage(
      page('mofaj-a_o-na-kr-page3_003014.html'),
      'https://www.mofa.go.jp/mofaj/a_o/na/kr/page3_003014.html',
    );
    expect(result.kind === 'readout' && result.readout.lang).toBe('ja');
  });

  it('says why a press conference is not a readout', () => {
    const result = extractPage(
      page('press-kaiken-kaiken4e_000669.html'),
      'https://www.mofa.go.jp/press/kaiken/kaiken4e_000669.html',
    );
    expect(result.kind).toBe('not-readout');
    expect(result.kind === 'not-readout' && result.reasons.length).toBeGreaterThan(0);
  });

  it('turns an extractor crash into a not-readout answer', () => {
    const broken = {
      get documentElement(): never {
        throw new Error('boom');
      },
    } as unknown as Document;
    const result = extractPage(broken, 'https://www.mofa.go.jp/x.html');
    expect(result.kind).toBe('not-readout');
  });
});
