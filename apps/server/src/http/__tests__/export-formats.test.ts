// GET /api/v1/export in every format, on both backends: the collection's layouts read back by the
// transfer package's importer, citations by citation-js (a parser made for CSL-JSON, RIS and
// BibTeX), dyads and CSV by Papa Parse; the listing's filters select what is exported.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { DYAD_COLUMNS, toDyads } from '@readouts/analysis';
import { parseImport } from '@readouts/transfer';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf } from '../../__tests__/helpers/factories';
import { idOfUrl, pairingPool, poolCaptures } from '../../__tests__/helpers/pairing-pool';

const cslOf = async (text: string) => (await Cite.async(text)).data as Array<Record<string, unknown>>;
const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe.each(backends)('export formats on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
    await t.trpc(t.alice.token).sync.push.mutate({ clientId: 'c1', mutations: poolCaptures() });
  });
  afterEach(() => t.stop());

  const exported = async (query: string) => {
    const res = await t.get(`/api/v1/export?${query}`, t.alice.token);
    expect(res.status, query).toBe(200);
    return {
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition'),
      text: await res.text(),
    };
  };
  const mexico = pairingPool().readouts.filter((r) => r.participants.some((p) => p.country === 'MX'));

  it('CSL-JSON parses with citation-js and keeps title, issue date and URL of each readout', async () => {
    const { type, disposition, text } = await exported('format=csl');
    expect(type).toContain('application/vnd.citationstyles.csl+json');
    expect(disposition).toContain('readouts.csl.json');
    const items = await cslOf(text);
    expect(items).toHaveLength(pairingPool().readouts.length);
    const kono = pairingPool().readouts.find(
      (r) => r.id === idOfUrl('https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html'),
    )!;
    const item = items.find((i) => i.URL === kono.canonicalUrl)!;
    expect(item.title).toBe(kono.title);
    expect(item.type).toBe('webpage');
    expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(
      (kono.publishedDate ?? kono.date)!.split('-').map(Number),
    );
  });

  it('RIS and BibTeX parse with citation-js, one web page per readout the filters select', async () => {
    expect(mexico.length).toBeGreaterThan(1);
    for (const format of ['ris', 'bibtex']) {
      const { text } = await exported(`format=${format}&country=MX`);
      const items = await cslOf(text);
      expect(items.map((i) => i.URL).sort(), format).toEqual(mexico.map((r) => r.canonicalUrl).sort());
      for (const r of mexico) {
        const item = items.find((i) => i.URL === r.canonicalUrl)!;
        expect(item.title, format).toBe(r.title);
        expect((item.issued as { 'date-parts': number[][] })['date-parts'][0], format).toEqual(
          (r.publishedDate ?? r.date)!.split('-').map(Number),
        );
      }
    }
  });

  it('dyads: one CSV row per Japan–counterpart pair per meeting, the columns of @readouts/analysis', async () => {
    const { type, text } = await exported('format=dyads');
    expect(type).toContain('text/csv');
    const dyads = rows(text);
    expect(Object.keys(dyads[0]!)).toEqual([...DYAD_COLUMNS]);
    expect(dyads.length).toBe(toDyads(pairingPool().readouts as never).length);
    const mx = rows((await exported('format=dyads&country=MX')).text);
    expect(mx.length).toBeGreaterThan(0);
    for (const d of mx) expect(d.japanIso3).toBe('JPN');
    expect(mx.some((d) => d.counterpartIso3 === 'MEX')).toBe(true);
  });

  it('JSON, JSON Lines and CSV import back with the transfer package, filtered by meetingFormat and dates', async () => {
    const expected = pairingPool()
      .readouts.filter((r) => r.format === 'telephone' && r.date && r.date >= '2018-01-01')
      .map((r) => r.title)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const format of ['json', 'jsonl', 'csv']) {
      const { text } = await exported(`format=${format}&meetingFormat=telephone&from=2018-01-01`);
      const imported = parseImport(text);
      if (!imported.ok) throw new Error(`${format}: ${imported.errors.join('; ')}`);
      expect(imported.format).toBe(format);
      expect(imported.readouts.map((r) => r.title).sort(), format).toEqual(expected);
    }
  });

  it('CSV cells a spreadsheet would run as formulas are defused, and the record column keeps them', async () => {
    const titles = ['=HYPERLINK("http://evil","x")', '+1+1', '@SUM(1)'];
    await t.trpc(t.alice.token).sync.push.mutate({
      clientId: 'c2',
      mutations: titles.map((title, i) =>
        captureOf(i + 1, { id: `f${i}`, title, date: `2030-01-0${i + 1}`, format: 'other' }),
      ),
    });
    const csv = rows((await exported('format=csv&from=2030-01-01')).text);
    expect(csv.map((r) => r.title).sort()).toEqual(titles.map((x) => `'${x}`).sort());
    // The record column keeps the exact text, which an import restores.
    const imported = parseImport((await exported('format=csv&from=2030-01-01')).text);
    expect(imported.ok && imported.readouts.map((r) => r.title).sort()).toEqual([...titles].sort());
  });

  it.each([
    ['format=xml', 'format'],
    ['format=csl&from=2020-13-01', 'from'],
    ['format=ris&country=Japan', 'country'],
    ['format=dyads&meetingFormat=dinner', 'meetingFormat'],
    ['format=bibtex&colour=red', 'colour'],
  ])('%s is a 400 naming %s', async (query, parameter) => {
    const res = await t.get(`/api/v1/export?${query}`, t.alice.token);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toContain(parameter);
  });

  it('exports only the caller’s readouts', async () => {
    const text = await (await t.get('/api/v1/export?format=csl', t.bob.token)).text();
    expect(JSON.parse(text)).toEqual([]);
  });
});
