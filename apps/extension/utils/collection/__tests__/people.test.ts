import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { PeopleIndex } from '../people';

const motegiEn = fakeParticipant({
  name: 'Toshimitsu Motegi',
  familyName: 'Motegi',
  country: 'JP',
  side: 'japan',
});
const motegiJa = fakeParticipant({
  name: '茂木敏充',
  familyName: '茂木',
  country: 'JP',
  side: 'japan',
  title: '外務大臣',
});
const payne = fakeParticipant();

describe('PeopleIndex', () => {
  const readouts = [
    fakeReadout({ id: 'en', lang: 'en', date: '2020-08-01', participants: [motegiEn, payne] }),
    fakeReadout({ id: 'ja', lang: 'ja', date: '2020-09-01', participants: [motegiJa] }),
    fakeReadout({ id: 'au', lang: 'en', date: '2021-01-01', participants: [payne] }),
  ];
  const people = PeopleIndex.build(readouts);

  it('finds a person by any spelling, in either script, most met first', () => {
    const [byLatin] = people.suggest('motegi');
    const [byKanji] = people.suggest('茂木');
    expect(byLatin).toBeDefined();
    expect(byKanji?.id).toBe(byLatin!.id);
    expect(byLatin!.label).toMatch(/motegi/i);
    expect(byLatin!.label).toContain('茂木');
    expect(people.readoutsOf(byLatin!.id)).toEqual(new Set(['en', 'ja']));
    expect(people.suggest('PAYNE').map((p) => p.label)).toEqual(['Marise Payne']);
  });

  it('offers everyone for an empty text and nobody for a name not met', () => {
    expect(people.suggest('').length).toBe(people.options.length);
    expect(people.suggest('zzz')).toEqual([]);
    expect(people.readoutsOf('nobody')).toEqual(new Set());
  });
});
