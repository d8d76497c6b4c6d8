// The people model: search by any spelling in either script, and a person's meetings by year and
// format with the offices held, an EN/JA pair counted once.
import { buildRegistry } from '@readouts/analysis';
import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { personView, searchPeople } from '../people';

const kishidaFm = fakeParticipant({
  name: 'Fumio Kishida',
  familyName: 'Kishida',
  title: 'Minister for Foreign Affairs',
  country: 'JP',
  side: 'japan',
});
const kishidaPm = fakeParticipant({
  name: 'KISHIDA Fumio',
  familyName: 'KISHIDA',
  title: 'Prime Minister',
  country: 'JP',
  side: 'japan',
});
const kishidaJa = fakeParticipant({
  name: '岸田文雄',
  familyName: '岸田',
  title: '内閣総理大臣',
  country: 'JP',
  side: 'japan',
});
const wang = fakeParticipant({
  name: 'Wang Yi',
  familyName: 'Wang',
  title: 'Foreign Minister',
  country: 'CN',
});
const wangJa = fakeParticipant({ name: '王毅', familyName: '王', title: '外交部長', country: 'CN' });
const url = (id: string) => `https://www.mofa.go.jp/${id}.html`;

const readouts = [
  fakeReadout({
    id: 'fm-2015',
    date: '2015-08-06',
    publishedDate: '2015-08-06',
    format: 'meeting',
    participants: [kishidaFm, wang],
  }),
  fakeReadout({
    id: 'pm-2023',
    date: '2023-05-20',
    publishedDate: '2023-05-20',
    format: 'telephone',
    canonicalUrl: url('pm-2023'),
    links: { languageCounterpart: url('pm-2023-ja'), related: [] },
    participants: [kishidaPm, wang],
  }),
  fakeReadout({
    id: 'pm-2023-ja',
    lang: 'ja',
    date: '2023-05-20',
    publishedDate: '2023-05-20',
    format: 'telephone',
    canonicalUrl: url('pm-2023-ja'),
    links: { languageCounterpart: url('pm-2023'), related: [] },
    participants: [kishidaJa, wangJa],
  }),
];
const registry = buildRegistry(readouts);

describe('searchPeople', () => {
  it('finds one person by Latin name in either order, by kanji, case and spaces aside', () => {
    for (const query of ['kishida', 'Fumio Kishida', 'KISHIDA fumio', '岸田', '岸田文雄']) {
      expect(searchPeople(registry, readouts, query, 'en').map((r) => r.id)).toEqual(['jp-kishida-fumio']);
    }
    expect(searchPeople(registry, readouts, '王毅', 'en').map((r) => r.id)).toEqual(['cn-wang-yi']);
  });

  it('lists everyone for an empty query, the most met first, labelled per language', () => {
    const rows = searchPeople(registry, readouts, '', 'ja');
    expect(rows.map((r) => r.id).sort()).toEqual(['cn-wang-yi', 'jp-kishida-fumio']);
    expect(rows.map((r) => r.meetings)).toEqual([2, 2]);
    expect(rows.find((r) => r.id === 'jp-kishida-fumio')!.label).toBe('岸田文雄');
    expect(searchPeople(registry, readouts, 'nobody', 'en')).toEqual([]);
  });
});

describe('personView', () => {
  it('gives each meeting once, by year and format, with the office held at each', () => {
    const view = personView(registry.get('jp-kishida-fumio')!, readouts);
    expect(view.total).toBe(2);
    expect(
      view.years.map((y) => [y.year, y.byFormat, y.meetings.map((m) => [m.meetingId, m.office])]),
    ).toEqual([
      [2015, { meeting: 1 }, [['fm-2015', 'foreign-minister']]],
      [2023, { telephone: 1 }, [['pm-2023', 'prime-minister']]],
    ]);
    expect(view.years[1]!.meetings[0]!.readoutIds).toEqual(['pm-2023', 'pm-2023-ja']);
    expect(view.offices).toEqual([
      { office: 'foreign-minister', first: '2015-08-06', last: '2015-08-06', meetings: 1 },
      { office: 'prime-minister', first: '2023-05-20', last: '2023-05-20', meetings: 1 },
    ]);
  });

  it('gives a counterpart the titles the pages wrote', () => {
    const view = personView(registry.get('cn-wang-yi')!, readouts);
    expect(view.offices.map((o) => [o.office, o.meetings])).toEqual([['Foreign Minister', 2]]);
  });
});
