// Counterparts over time on hand-made collections: full years with zeros, counts by format and by
// Japan's office, and "the first meeting at this level since" with the last meeting before it.
import { describe, expect, it } from 'vitest';
import { countryYears, firstSince } from '../index';
import { meeting, urlOf } from './factories';

const greece = [
  meeting({ id: 'gr-2001', date: '2001-03-01', counterparts: [['George Papandreou', 'GR']] }),
  meeting({ id: 'gr-2005-pm', date: '2005-06-10', japan: 'pm', counterparts: [['Kostas Karamanlis', 'GR']] }),
  meeting({
    id: 'gr-2015-call',
    date: '2015-02-02',
    format: 'telephone',
    counterparts: [['Nikos Kotzias', 'GR']],
  }),
  meeting({ id: 'gr-2022', date: '2022-05-10', counterparts: [['Nikos Dendias', 'GR']] }),
  meeting({
    id: 'gr-2022-ja',
    lang: 'ja',
    date: '2022-05-10',
    counterparts: [['デンディアス', 'GR']],
    counterpartUrl: urlOf('gr-2022'),
  }),
  meeting({
    id: 'gr-2022-state',
    date: '2022-11-01',
    japan: 'state',
    counterparts: [['Miltiadis Varvitsiotis', 'GR']],
  }),
  meeting({ id: 'tr-2010', date: '2010-01-01', counterparts: [['Ahmet Davutoglu', 'TR']] }),
];

describe('countryYears', () => {
  it('lists every year from the first to the last meeting, zeros included', () => {
    const rows = countryYears(greece, 'GR');
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 22 }, (_, i) => 2001 + i));
    expect(rows.filter((r) => r.meetings > 0).map((r) => [r.year, r.meetings])).toEqual([
      [2001, 1],
      [2005, 1],
      [2015, 1],
      [2022, 2],
    ]);
    expect(rows.find((r) => r.year === 2010)!.meetings).toBe(0);
  });

  it('splits a year by format and by Japan’s office, the Japanese version not counted twice', () => {
    const rows = countryYears(greece, 'GR');
    const y2022 = rows.find((r) => r.year === 2022)!;
    expect(y2022.byFormat.meeting).toBe(2);
    expect(y2022.byOffice['foreign-minister']).toBe(1);
    expect(y2022.byOffice['state-minister']).toBe(1);
    expect(rows.find((r) => r.year === 2005)!.byOffice['prime-minister']).toBe(1);
    expect(rows.find((r) => r.year === 2015)!.byFormat.telephone).toBe(1);
    for (const r of rows) {
      expect(Object.values(r.byFormat).reduce((a, b) => a + b, 0)).toBe(r.meetings);
      expect(Object.values(r.byOffice).reduce((a, b) => a + b, 0)).toBe(r.meetings);
    }
  });

  it('answers nothing for a country never met, and leaves undated meetings out', () => {
    expect(countryYears(greece, 'FR')).toEqual([]);
    const undated = meeting({ id: 'gr-undated', date: null, counterparts: [['Someone', 'GR']] });
    expect(countryYears([undated], 'GR')).toEqual([]);
  });
});

describe('firstSince', () => {
  it('finds the first foreign ministers’ meeting in 21 years, and the call in between', () => {
    const [answer] = firstSince(greece, 'gr-2022-ja');
    expect(answer).toMatchObject({
      country: 'GR',
      japanOffice: 'foreign-minister',
      formatClass: 'in-person',
      previous: { meetingId: 'gr-2001', date: '2001-03-01' },
      gapDays: 7740,
      gapYears: 21.2,
      lastAny: { meetingId: 'gr-2015-call', format: 'telephone' },
    });
  });

  it('compares a Prime Minister’s meeting with Prime Ministers’ meetings only', () => {
    const [answer] = firstSince(greece, 'gr-2005-pm');
    expect(answer!.previous).toBeNull();
    expect(answer!.lastAny?.meetingId).toBe('gr-2001');
  });

  it('says the first meeting of all has no previous one', () => {
    expect(firstSince(greece, 'gr-2001')).toEqual([
      expect.objectContaining({ previous: null, gapDays: null, gapYears: null, lastAny: null }),
    ]);
  });

  it('does not count a telephone talk as a meeting at the same level', () => {
    const [answer] = firstSince(greece, 'gr-2015-call');
    expect(answer!.previous).toBeNull();
    expect(answer!.lastAny?.meetingId).toBe('gr-2005-pm');
  });

  it('answers per counterpart country of a multilateral meeting', () => {
    const trilateral = meeting({
      id: 'gr-tr-2023',
      date: '2023-01-01',
      counterparts: [
        ['Nikos Dendias', 'GR'],
        ['Mevlut Cavusoglu', 'TR'],
      ],
    });
    const answers = firstSince([...greece, trilateral], 'gr-tr-2023');
    expect(answers.map((a) => [a.country, a.previous?.meetingId])).toEqual([
      ['GR', 'gr-2022'],
      ['TR', 'tr-2010'],
    ]);
  });

  it('answers nothing for an undated meeting and throws for a readout not in the list', () => {
    const undated = meeting({ id: 'gr-undated', date: null, counterparts: [['Someone', 'GR']] });
    expect(firstSince([...greece, undated], 'gr-undated')).toEqual([]);
    expect(() => firstSince(greece, 'missing')).toThrow(/missing/);
  });
});
