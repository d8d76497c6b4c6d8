import { describe, expect, it } from 'vitest';
import { normaliseUrl, readoutIdFromUrl } from '../url';

describe('normaliseUrl', () => {
  it('makes MOFA URLs https on www, without query, fragment or index.html', () => {
    expect(normaliseUrl('http://MOFA.go.jp//a_o/index.html?x=1#top')).toBe('https://www.mofa.go.jp/a_o/');
    expect(normaliseUrl('https://www.mofa.go.jp/mofaj/a_o/na/kr/page3_003014.html#p2')).toBe(
      'https://www.mofa.go.jp/mofaj/a_o/na/kr/page3_003014.html',
    );
  });

  it('keeps a non-default port and leaves unparsable input trimmed', () => {
    expect(normaliseUrl('http://localhost:8787/x')).toBe('https://localhost:8787/x');
    expect(normaliseUrl('  not a url ')).toBe('not a url');
  });
});

describe('readoutIdFromUrl', () => {
  it('gives the same id for the same page however its URL is written', () => {
    const a = readoutIdFromUrl('https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html');
    const b = readoutIdFromUrl('http://mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html?utm=1#x');
    expect(a).toBe('la_c-m_ca_c-mx-page4e_000895');
    expect(b).toBe(a);
  });

  it('adds a hash where the path cannot be kept as a slug, so ids stay distinct', () => {
    const a = readoutIdFromUrl('https://example.org/a b');
    const b = readoutIdFromUrl('https://example.org/a_b');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_.~-]+$/);
  });
});
