import { SCHEMA_VERSION } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { csvCell, toCsv, toJson, toJsonl } from '../export';
import { parseImport } from '../import';

/** A small RFC 4180 reader, to check that what we write reads back the same. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      endCell();
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Japan-Australia')).toBe('Japan-Australia');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes numbers, booleans and nulls', () => {
    expect([csvCell(40), csvCell(true), csvCell(null)]).toEqual(['40', 'true', '']);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and a header and reads back cell for cell', () => {
    const readout = fakeReadout({
      title: 'Meeting, "quoted" and\r\nbroken',
      points: [
        { n: 1, text: 'First, point.' },
        { n: 2, text: '日本語の要点' },
      ],
      user: { tags: ['a', 'b'], note: '=1+1', starred: true },
    });
    const csv = toCsv([readout]);
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    const [header, row] = readCsv(csv.slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(row).toHaveLength(header!.length);
    expect(cell('title')).toBe('Meeting, "quoted" and\r\nbroken');
    expect(cell('points')).toBe('1. First, point.\n2. 日本語の要点');
    expect(cell('tags')).toBe('a; b');
    expect(cell('note')).toBe("'=1+1");
    expect(cell('counterparts')).toBe('Marise Payne (Minister for Foreign Affairs)');
  });
});

describe('JSON and JSONL', () => {
  it('round-trips through the import', () => {
    const readouts = [fakeReadout(), fakeReadout()];
    const parsed = parseImport(toJson(readouts));
    expect(parsed).toEqual({ ok: true, readouts });
  });

  it('writes one readout per line', () => {
    const lines = toJsonl([fakeReadout(), fakeReadout()]).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).schemaVersion).toBe(SCHEMA_VERSION);
  });
});
