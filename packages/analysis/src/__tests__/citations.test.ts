// Citations read back by a parser made for each format: citation-js for CSL-JSON and RIS (the
// engine of Zotero-compatible tools), Better BibTeX's parser and citation-js for BibTeX. Titles in
// Japanese and with TeX's special characters must come back exactly.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { fakeReadout } from '@readouts/schema/testing';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { copyCitation, MINISTRY, toBibtex, toCslJson, toRis } from '../index';

const readouts = [
  fakeReadout({
    id: 'press-release-press4e_002699',
    lang: 'en',
    title: 'Japan-Australia Foreign Ministers’ Meeting: 100% {firm} & “Ōno” #1 $5 a_b ~x^2 C:\\dir',
    publishedDate: '2019-11-22',
    date: '2019-11-21',
    canonicalUrl: 'https://www.mofa.go.jp/a_o/ocn/au/page4e_001128.html',
  }),
  fakeReadout({
    id: 'mofaj-a_o-na-kr-page1_000123',
    lang: 'ja',
    title: '日韓外相会談（東京・ＡＳＥＡＮ「特別」会合）―協力の確認',
    publishedDate: '2024-03-05',
    date: '2024-03-05',
    canonicalUrl: 'https://www.mofa.go.jp/mofaj/a_o/na/kr/page1_000123.html',
    capture: { ...fakeReadout().capture, capturedAt: '2026-02-03T23:30:00.000Z' },
  }),
];

/** The CSL items citation-js makes of a file, in order. */
async function cslOf(text: string) {
  return (await Cite.async(text)).data as Array<Record<string, unknown>>;
}

const dateParts = (value: unknown) => (value as { 'date-parts': number[][] })['date-parts'][0];

describe('CSL-JSON', () => {
  it('parses with citation-js and keeps title, dates, URL, MOFA as author and publisher', async () => {
    const items = await cslOf(toCslJson(readouts));
    expect(items.map((i) => i.title)).toEqual(readouts.map((r) => r.title));
    expect(items.map((i) => i.URL)).toEqual(readouts.map((r) => r.canonicalUrl));
    expect(items.map((i) => i.type)).toEqual(['webpage', 'webpage']);
    expect(dateParts(items[0]!.issued)).toEqual([2019, 11, 22]);
    expect(dateParts(items[1]!.accessed)).toEqual([2026, 2, 3]);
    expect(items[0]!.author).toEqual([{ literal: MINISTRY.en }]);
    expect(items[1]!.publisher).toBe(MINISTRY.ja);
  });
});

describe('RIS', () => {
  it('parses with citation-js as two web pages with title, issue date, URL and MOFA', async () => {
    const items = await cslOf(toRis(readouts));
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.title)).toEqual(readouts.map((r) => r.title));
    expect(items.map((i) => i.URL)).toEqual(readouts.map((r) => r.canonicalUrl));
    expect(items.map((i) => i.type)).toEqual(['webpage', 'webpage']);
    expect(dateParts(items[0]!.issued)).toEqual([2019, 11, 22]);
    expect(dateParts(items[1]!.issued)).toEqual([2024, 3, 5]);
    expect(items.map((i) => i.publisher)).toEqual([MINISTRY.en, MINISTRY.ja]);
  });

  it('keeps a line break inside a title on the title line', async () => {
    const [item] = await cslOf(toRis([fakeReadout({ title: 'Line one\nline two' })]));
    expect(item!.title).toBe('Line one line two');
  });
});

describe('BibTeX', () => {
  it('parses with Better BibTeX’s parser without errors, special characters restored', () => {
    const library = parseBibtex(toBibtex(readouts));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.type)).toEqual(['online', 'online']);
    expect(library.entries.map((e) => e.fields.title)).toEqual(readouts.map((r) => r.title));
    expect(library.entries.map((e) => e.fields.url)).toEqual(readouts.map((r) => r.canonicalUrl));
    expect(library.entries.map((e) => e.fields.date)).toEqual(['2019-11-22', '2024-03-05']);
    expect(library.entries[1]!.fields.urldate).toBe('2026-02-03');
    // A corporate author stays one name, not a first and a last name.
    expect(library.entries[0]!.fields.author).toEqual([{ name: MINISTRY.en }]);
    expect(library.entries[1]!.fields.author).toEqual([{ name: MINISTRY.ja }]);
  });

  it('gives each entry a distinct ASCII key', () => {
    const keys = parseBibtex(toBibtex(readouts)).entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(/^[\x21-\x7e]+$/);
  });

  it('parses with citation-js too, as web pages with the access date', async () => {
    const items = await cslOf(toBibtex(readouts));
    expect(items.map((i) => i.title)).toEqual(readouts.map((r) => r.title));
    expect(items.map((i) => i.URL)).toEqual(readouts.map((r) => r.canonicalUrl));
    expect(dateParts(items[1]!.accessed)).toEqual([2026, 2, 3]);
  });

  it('keeps a URL’s percent escapes and encodes its braces as a URL parser does', async () => {
    const url = 'https://www.mofa.go.jp/a/{b}%7E.html?q=%E5%A4%96';
    const library = parseBibtex(toBibtex([fakeReadout({ canonicalUrl: url })]));
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.fields.url).toBe(new URL(url).href);
    expect((await cslOf(toBibtex([fakeReadout({ canonicalUrl: url })])))[0]!.URL).toBe(new URL(url).href);
  });
});

describe('Copy citation', () => {
  it('writes the Chicago form for an English page', () => {
    expect(copyCitation(readouts[0]!)).toBe(
      `Ministry of Foreign Affairs of Japan. “${readouts[0]!.title}.” November 22, 2019. Accessed January 1, 2026. https://www.mofa.go.jp/a_o/ocn/au/page4e_001128.html.`,
    );
  });

  it('writes the Japanese form for a Japanese page, and English when asked', () => {
    expect(copyCitation(readouts[1]!)).toBe(
      `外務省「${readouts[1]!.title}」2024年3月5日、https://www.mofa.go.jp/mofaj/a_o/na/kr/page1_000123.html（2026年2月3日閲覧）。`,
    );
    expect(copyCitation(readouts[1]!, 'en')).toMatch(/^Ministry of Foreign Affairs of Japan\. “日韓/);
  });
});
