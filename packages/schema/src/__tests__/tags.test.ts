import { describe, expect, it } from 'vitest';
import { cleanTag, sameTag, splitTags, tagKey, uniqueTags } from '../tags';

describe('the tag rule', () => {
  it('cleans spacing and caps the length', () => {
    expect(cleanTag('  North \t  Korea ')).toBe('North Korea');
    expect(cleanTag('x'.repeat(150))).toHaveLength(100);
  });

  it('takes tags differing in case or width for one', () => {
    expect(sameTag('Quad', 'quad')).toBe(true);
    expect(sameTag('ＩＮＤＯ－Ｐａｃｉｆｉｃ', 'indo-pacific')).toBe(true);
    expect(sameTag('ｶﾞｻﾞ', 'ガザ')).toBe(true);
    expect(sameTag('Quad', 'Quads')).toBe(false);
    expect(tagKey(' Quad ')).toBe('quad');
  });

  it('keeps the first spelling of each, in the given order', () => {
    expect(uniqueTags(['Quad', 'G7', ' quad ', '', 'g7', 'FOIP'])).toEqual(['Quad', 'G7', 'FOIP']);
    expect(uniqueTags(Array.from({ length: 250 }, (_, i) => `t${i}`))).toHaveLength(200);
  });

  it('splits typed input at commas, Japanese ones included', () => {
    expect(splitTags('Indo-Pacific, FOIP')).toEqual(['Indo-Pacific', 'FOIP']);
    expect(splitTags('日米、日米豪印，Quad,, quad')).toEqual(['日米', '日米豪印', 'Quad']);
  });
});
