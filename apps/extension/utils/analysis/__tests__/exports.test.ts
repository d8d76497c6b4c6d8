// Each export kind gives its format's file (the formats themselves are read back by parsers in
// packages/analysis), named by kind and day.
import { toBibtex, toDyadCsv, toRis } from '@readouts/analysis';
import { describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { exportFile } from '../exports';

const readouts = [fakeReadout({ title: 'Japan-Korea Summit Telephone Talk: 50% & more' })];
const day = new Date('2026-03-04T10:00:00Z');

describe('exportFile', () => {
  it('names files by day and kind', () => {
    expect(['csl', 'ris', 'bibtex', 'dyads'].map((k) => exportFile(k as 'csl', readouts, day).name)).toEqual([
      'readouts-2026-03-04.csl.json',
      'readouts-2026-03-04.ris',
      'readouts-2026-03-04.bib',
      'readouts-2026-03-04.dyads.csv',
    ]);
  });

  it('writes each kind’s format: BibTeX, RIS, CSL-JSON items and a dyad per country', () => {
    expect(exportFile('bibtex', readouts, day).text).toBe(toBibtex(readouts));
    expect(exportFile('ris', readouts, day).text).toBe(toRis(readouts));
    expect(JSON.parse(exportFile('csl', readouts, day).text)[0].title).toBe(readouts[0]!.title);
    expect(exportFile('dyads', readouts, day).text).toBe(toDyadCsv(readouts));
    expect(exportFile('ris', readouts, day).text).toMatch(/^TY {2}- ELEC\r\n/);
  });
});
