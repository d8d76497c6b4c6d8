// The one table of Japan's officials that the extractor, the pairing and the person registry read:
// its facts have to hang together, and the extractor's view of it keeps to the two offices it dates by.
import { describe, expect, it } from 'vitest';
import { officeholders, officials } from '../data/japan-officials';

describe("Japan's officials table", () => {
  it("gathers a person's terms under one entry, whatever the office", () => {
    const hayashi = officials().filter((o) => o.familyKanji === '林');
    expect(hayashi).toHaveLength(1);
    expect(hayashi[0]!.terms.map((t) => t.office)).toEqual(['foreign-minister', 'chief-cabinet-secretary']);
    const abe = officials().find((o) => `${o.familyKanji}${o.givenKanji}` === '安倍晋三');
    expect(abe?.terms).toHaveLength(2);
  });

  it('lists officials without a term only to link their two spellings', () => {
    const eri = officials().find((o) => o.family === 'Eri');
    expect(eri).toMatchObject({ given: 'Arfiya', familyKanji: '英利', givenKanji: 'アルフィヤ', terms: [] });
  });

  it('gives every person one Latin spelling and a split native name', () => {
    const spellings = new Map<string, string>();
    for (const o of officials()) {
      expect(o.family && o.given && o.familyKanji && o.givenKanji).toBeTruthy();
      const native = `${o.familyKanji}${o.givenKanji}`;
      expect(spellings.get(native) ?? `${o.family} ${o.given}`).toBe(`${o.family} ${o.given}`);
      spellings.set(native, `${o.family} ${o.given}`);
    }
  });

  it('never has two holders of one office on the same day', () => {
    const terms = officials().flatMap((o) => o.terms.map((t) => ({ ...t, who: o.family })));
    for (const office of new Set(terms.map((t) => t.office))) {
      const held = terms.filter((t) => t.office === office).sort((a, b) => a.from.localeCompare(b.from));
      for (const [i, term] of held.entries()) {
        expect(term.from < term.to, `${office} ${term.who} ${term.from}`).toBe(true);
        const after = held[i + 1];
        if (after) expect(term.to <= after.from, `${office} ${term.who} → ${after.who}`).toBe(true);
      }
    }
  });

  it("gives the extractor the prime ministers' and foreign ministers' terms only, with full kanji names", () => {
    const holders = officeholders();
    expect(new Set(holders.map((h) => h.office))).toEqual(new Set(['prime-minister', 'foreign-minister']));
    expect(holders.some((h) => h.family === 'Kihara')).toBe(false);
    expect(holders.find((h) => h.family === 'Kamikawa')).toMatchObject({
      kanji: '上川陽子',
      office: 'foreign-minister',
      from: '2023-09-13',
    });
    const termCount = officials().reduce(
      (n, o) => n + o.terms.filter((t) => t.office !== 'chief-cabinet-secretary').length,
      0,
    );
    expect(holders).toHaveLength(termCount);
  });
});
