import { type Readout, readoutIdFromUrl } from '@readouts/schema';
import { fakeReadout } from '@readouts/schema/testing';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRow, parseImport, toCsv, toJson, toJsonl } from '../index';

function readout(slug: string, overrides: Partial<Readout> = {}): Readout {
  const url = `https://www.mofa.go.jp/mofaj/a_o/na/kr/${slug}.html`;
  return fakeReadout({ id: readoutIdFromUrl(url), url, canonicalUrl: url, ...overrides });
}

const collection = (): Readout[] => [
  readout('page1_000001', {
    title: '日韓外相会談',
    lang: 'ja',
    user: { tags: ['日韓', 'Quad'], note: '=HYPERLINK("https://evil.example","x")', starred: true },
  }),
  readout('page1_000002', {
    points: [
      { n: 1, text: 'First, "quoted", point' },
      { n: 2, text: '+1+1 and @SUM(1)' },
    ],
    user: { tags: [], note: 'line one\nline two', starred: false },
  }),
];

describe('export and import', () => {
  it.each([
    ['json', toJson],
    ['jsonl', toJsonl],
    ['csv', toCsv],
  ] as const)('round-trips %s: what is exported is imported as it was', (format, write) => {
    const readouts = collection();
    const result = parseImport(write(readouts));
    expect(result).toEqual({ ok: true, format, readouts });
  });

  it('writes one CSV layout whose header names every column', () => {
    const [header] = Papa.parse<string[]>(toCsv(collection()).slice(1)).data;
    expect(header).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(header).toEqual(expect.arrayContaining(['points', 'startTime', 'durationMinutes', 'record']));
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = Papa.parse<Record<string, string>>(toCsv(collection()).slice(1), { header: true }).data;
    expect(rows[0]!.note).toBe('\'=HYPERLINK("https://evil.example","x")');
    expect(rows[1]!.points).toBe('1. First, "quoted", point\n2. +1+1 and @SUM(1)');
    const row = csvRow(
      readout('page1_000003', { title: '-2+3', user: { tags: ['@x'], note: '', starred: false } }),
    );
    const cells = Papa.parse<string[]>(row).data[0]!;
    expect(cells[CSV_COLUMNS.findIndex((c) => c.name === 'title')]).toBe("'-2+3");
    expect(cells[CSV_COLUMNS.findIndex((c) => c.name === 'tags')]).toBe("'@x");
  });

  it('takes tags, note and star edited in a spreadsheet over the record', () => {
    const csv = toCsv(collection());
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    rows[1]!.tags = 'Indo-Pacific, FOIP, foip';
    rows[1]!.note = 'edited';
    rows[1]!.starred = 'TRUE';
    const result = parseImport(Papa.unparse(rows));
    expect(result.ok && result.readouts[1]!.user).toEqual({
      tags: ['Indo-Pacific', 'FOIP'],
      note: 'edited',
      starred: true,
    });
  });

  it('derives each id from the canonical URL, so a page is never stored twice', () => {
    const [first] = collection();
    const result = parseImport(toJsonl([{ ...first!, id: 'made-up-id' }]));
    expect(result.ok && result.readouts[0]!.id).toBe(first!.id);
    const twice = parseImport(toJsonl([first!, { ...first!, id: 'other' }]));
    expect(twice).toEqual({
      ok: false,
      format: 'jsonl',
      errors: [expect.stringMatching(/line 2 .*appears twice/)],
      problems: [{ code: 'duplicate', at: { kind: 'line', n: 2, id: 'other' } }],
    });
  });

  it('refuses a file with an invalid record, naming the line and the field, and imports nothing', () => {
    const bad = { ...collection()[0]!, date: '2020-13-45' };
    const result = parseImport(toJsonl([collection()[1]!, bad]));
    expect(result).toEqual({
      ok: false,
      format: 'jsonl',
      errors: [expect.stringMatching(/^line 2 \(.*\): date: expected a day of the calendar/)],
      problems: [
        {
          code: 'invalid',
          at: { kind: 'line', n: 2, id: bad.id },
          detail: expect.stringMatching(/^date: expected a day/),
        },
      ],
    });
  });

  it('says what is wrong with a broken file', () => {
    expect(parseImport('{"id": 1}\n{oops')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^line 2: not valid JSON/)],
    });
    expect(parseImport('[1, 2')).toMatchObject({
      ok: false,
      format: 'json',
      errors: [expect.stringMatching(/not valid JSON/)],
    });
    expect(parseImport('{"hello": 1}')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/expected a list/)],
    });
    expect(parseImport('id,title\nx,y\n')).toMatchObject({
      ok: false,
      format: 'csv',
      errors: [expect.stringMatching(/no "record" column/)],
    });
    const csv = toCsv(collection()).replace(/"\{""schemaVersion.*"\r\n$/, '"{""cut"\r\n');
    expect(parseImport(csv)).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^row 2: the record column is missing or cut/)],
      problems: [{ code: 'recordCut', at: { kind: 'row', n: 2 } }],
    });
    expect(parseImport('id,title\nx,y\n')).toMatchObject({ problems: [{ code: 'noRecordColumn' }] });
    expect(parseImport('{"hello": 1}')).toMatchObject({ problems: [{ code: 'notAList' }] });
  });

  it('lists at most ten errors', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ ...readout(`page1_1${i}`), date: 'soon' }));
    const result = parseImport(toJson(many));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(11);
    if (!result.ok) expect(result.errors[10]).toBe('… and 4 more');
    if (!result.ok) expect(result.problems[10]).toEqual({ code: 'more', count: 4 });
  });
});

describe('the CSV layout documentation', () => {
  it('lists every column, in order, in README.md', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = [...readme.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(CSV_COLUMNS.map((c) => c.name));
  });
});
