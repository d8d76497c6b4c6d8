import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, compareContent, latestContent } from '../content-order';
import { fakeReadoutContent } from '../testing';
import { contentArb } from './arbitraries';

describe('canonicalJson', () => {
  it('ignores key order and undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe(
      canonicalJson({ a: [{ c: 'x', d: null }], b: 1 }),
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('compareContent', () => {
  it('is a total order: antisymmetric, and 0 only for equal contents', () => {
    fc.assert(
      fc.property(contentArb('r1'), contentArb('r1'), (a, b) => {
        expect(Math.sign(compareContent(a, b)) + Math.sign(compareContent(b, a))).toBe(0);
        expect(compareContent(a, b) === 0).toBe(canonicalJson(a) === canonicalJson(b));
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(fc.array(contentArb('r1'), { minLength: 3, maxLength: 3 }), (contents) => {
        const [a, b, c] = [...contents].sort(compareContent);
        expect(compareContent(a!, c!)).toBeLessThanOrEqual(0);
        expect(compareContent(a!, b!)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('latestContent prefers any capture to none', () => {
    const content = fakeReadoutContent();
    expect(latestContent(null, content)).toBe(content);
    expect(latestContent(content, null)).toBe(content);
  });
});
