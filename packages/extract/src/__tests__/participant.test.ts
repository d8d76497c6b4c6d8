import { describe, expect, it } from 'vitest';
import { dedupeParticipants, isJapaneseOfficialTitle, type Participant } from '../people/participant';

const person = (over: Partial<Participant>): Participant => ({
  name: 'X',
  familyName: null,
  title: null,
  country: null,
  side: 'counterpart',
  nameLatin: null,
  role: 'principal',
  ...over,
});

describe('participants', () => {
  it('merges a short mention into the full name on the same side', () => {
    expect(
      dedupeParticipants([
        person({ name: '茂木', side: 'japan', title: '外務大臣' }),
        person({ name: '茂木敏充', side: 'japan', country: 'JP' }),
        person({ name: 'Kishida', side: 'japan' }),
        person({ name: 'KISHIDA Fumio', side: 'japan', familyName: 'KISHIDA' }),
      ]),
    ).toEqual([
      person({ name: '茂木敏充', side: 'japan', title: '外務大臣', country: 'JP' }),
      person({ name: 'KISHIDA Fumio', side: 'japan', familyName: 'KISHIDA' }),
    ]);
  });

  it('keeps people on different sides apart', () => {
    expect(
      dedupeParticipants([
        person({ name: 'Lee', side: 'japan' }),
        person({ name: 'Lee', side: 'counterpart' }),
      ]),
    ).toHaveLength(2);
  });

  it('knows the titles MOFA gives Japanese officials without a country', () => {
    expect(isJapaneseOfficialTitle('Minister for Foreign Affairs')).toBe(true);
    expect(isJapaneseOfficialTitle('State Minister for Foreign Affairs')).toBe(true);
    expect(isJapaneseOfficialTitle('Director-General of the Asian and Oceanian Affairs Bureau')).toBe(true);
    expect(isJapaneseOfficialTitle('Director-General of the World Trade Organization')).toBe(false);
    expect(isJapaneseOfficialTitle('Secretary of State')).toBe(false);
    expect(isJapaneseOfficialTitle(null)).toBe(false);
  });
});

describe('unnamed ministers of similarly named countries', () => {
  it('keeps Niger and Nigeria apart', () => {
    expect(
      dedupeParticipants([
        person({ name: 'Foreign Minister of Niger', country: 'NE' }),
        person({ name: 'Foreign Minister of Nigeria', country: 'NG' }),
      ]),
    ).toHaveLength(2);
  });
});
