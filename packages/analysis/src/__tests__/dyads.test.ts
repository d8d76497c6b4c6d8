// The dyadic export: one row per Japan–counterpart-country pair per meeting, ISO 3166 codes, a
// readout and its other-language version one meeting; the CSV read back by Papa Parse.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DYAD_COLUMNS, toDyadCsv, toDyads } from '../index';
import { meeting, urlOf } from './factories';

const quad = meeting({
  id: 'quad-2024',
  date: '2024-07-29',
  format: 'meeting',
  counterparts: [
    ['Antony Blinken', 'US', 'Secretary of State'],
    ['Penny Wong', 'AU', 'Minister for Foreign Affairs'],
    ['S. Jaishankar', 'IN', 'External Affairs Minister'],
  ],
});
const korea = meeting({
  id: 'kr-en',
  date: '2024-03-05',
  format: 'telephone',
  japan: 'pm',
  counterparts: [['Yoon Suk Yeol', 'KR', 'President']],
  counterpartUrl: urlOf('kr-ja'),
});
const koreaJa = meeting({
  id: 'kr-ja',
  lang: 'ja',
  date: '2024-03-05',
  format: 'telephone',
  japan: 'pm',
  counterparts: [['尹錫悦', 'KR', '大統領']],
  counterpartUrl: urlOf('kr-en'),
});
const eu = meeting({ id: 'eu', date: null, counterparts: [['Josep Borrell', 'EU', 'High Representative']] });

describe('toDyads', () => {
  it('gives a multilateral meeting one row per counterpart country, in page order', () => {
    const rows = toDyads([quad]);
    expect(rows.map((d) => [d.counterpartIso2, d.counterpartIso3])).toEqual([
      ['US', 'USA'],
      ['AU', 'AUS'],
      ['IN', 'IND'],
    ]);
    expect(new Set(rows.map((d) => d.meetingId))).toEqual(new Set(['quad-2024']));
    expect(rows[1]).toMatchObject({
      japanIso2: 'JP',
      japanIso3: 'JPN',
      date: '2024-07-29',
      year: 2024,
      format: 'meeting',
      formatClass: 'in-person',
      japanOffice: 'foreign-minister',
      japanPeople: ['Yoko Kamikawa'],
      counterpartPeople: ['Penny Wong'],
      counterpartOffices: ['Minister for Foreign Affairs'],
      counterpartCountry: 'Australia',
    });
  });

  it('counts a readout and its Japanese version as one meeting with both readouts', () => {
    const rows = toDyads([koreaJa, korea]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      readoutId: 'kr-en',
      readoutIds: ['kr-en', 'kr-ja'],
      langs: ['en', 'ja'],
      counterpartIso3: 'KOR',
      japanOffice: 'prime-minister',
      formatClass: 'remote',
    });
  });

  it('orders meetings by date, undated last, and keeps the EU without an alpha-3 code', () => {
    const rows = toDyads([eu, quad, korea]);
    expect(rows.map((d) => d.meetingId)).toEqual(['kr-en', 'quad-2024', 'quad-2024', 'quad-2024', 'eu']);
    expect(rows.at(-1)).toMatchObject({
      counterpartIso2: 'EU',
      counterpartIso3: null,
      date: null,
      year: null,
    });
  });
});

describe('toDyadCsv', () => {
  it('reads back with Papa Parse: the columns, one row per dyad, lists joined by "; "', () => {
    const csv = toDyadCsv([quad, korea, koreaJa]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...DYAD_COLUMNS]);
    expect(parsed.data.map((row) => row.counterpartIso3)).toEqual(['KOR', 'USA', 'AUS', 'IND']);
    expect(parsed.data[0]!.readoutIds).toBe('kr-en; kr-ja');
  });

  it('defuses a cell that a spreadsheet would run as a formula', () => {
    const risky = meeting({ id: 'risky', date: '2024-01-01', counterparts: [['=HYPERLINK("x")', 'KR']] });
    const parsed = Papa.parse<Record<string, string>>(toDyadCsv([risky]).slice(1), { header: true });
    expect(parsed.data[0]!.counterpartPeople).toBe('\'=HYPERLINK("x")');
  });
});
