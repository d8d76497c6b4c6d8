import { describe, expect, it } from 'vitest';
import { countryByName, findCities, findCountryAdjectives, findCountryNames } from '../data/country-lookup';
import { findJapaneseCountries } from '../data/japanese-countries';

const codes = (hits: Array<{ code: string }>) => hits.map((h) => h.code);

describe('country names', () => {
  it('prefers the longest name: North Korea, Guinea-Bissau, Niger or Nigeria', () => {
    expect(
      codes(findCountryNames('the Democratic People’s Republic of Korea and the Republic of Korea')),
    ).toEqual(['KP', 'KR']);
    expect(codes(findCountryNames('Guinea-Bissau, Papua New Guinea, Equatorial Guinea and Guinea'))).toEqual([
      'GW',
      'PG',
      'GQ',
      'GN',
    ]);
    expect(codes(findCountryNames('Niger and Nigeria, Sudan and South Sudan'))).toEqual([
      'NE',
      'NG',
      'SD',
      'SS',
    ]);
  });

  it('reads formal names, abbreviations and the EU', () => {
    expect(
      codes(findCountryNames('the United Mexican States, the U.S., the UK and the European Union')),
    ).toEqual(['MX', 'US', 'GB', 'EU']);
    expect(countryByName('Viet Nam')).toBe('VN');
    expect(countryByName('Türkiye')).toBe('TR');
  });

  it('does not read Latin America or lower-case words as countries', () => {
    expect(findCountryNames('Latin America and the Caribbean')).toEqual([]);
    expect(findCountryNames('a turkey and a chad')).toEqual([]);
  });

  it('reads adjectives and Japanese names', () => {
    expect(codes(findCountryAdjectives('the Mexican Secretariat and the Australian side'))).toEqual([
      'MX',
      'AU',
    ]);
    expect(codes(findJapaneseCountries('メキシコ合衆国、豪州、オーストラリア連邦、米国、大韓民国'))).toEqual([
      'MX',
      'AU',
      'AU',
      'US',
      'KR',
    ]);
  });

  it('places cities in their countries', () => {
    expect(findCities('visiting Da Nang and 成都').map((c) => [c.name, c.country])).toEqual([
      ['Da Nang', 'VN'],
      ['Chengdu', 'CN'],
    ]);
  });
});

describe('EU institutions', () => {
  it('reads the European Council and Commission (欧州理事会, 欧州委員会) as the EU', () => {
    expect(findCountryNames('President of the European Council').map((h) => h.code)).toEqual(['EU']);
    expect(findCountryNames('President of the European Commission').map((h) => h.code)).toEqual(['EU']);
    expect(findJapaneseCountries('欧州委員会委員長').map((h) => h.code)).toEqual(['EU']);
  });
});

describe('searching only where a name can start', () => {
  it('still checks the letter before and after each name, astral letters included', () => {
    expect(findCountryNames('𠮷Mexico, xFrance and.Chad; the United States of America and India')).toEqual([
      { code: 'US', index: 32, end: 56, text: 'United States of America' },
      { code: 'IN', index: 61, end: 66, text: 'India' },
    ]);
    expect(findCities('Talks in 𠮷Paris and New York; 北京で')).toEqual([
      { name: 'New York', country: 'US', index: 21, text: 'New York' },
      { name: 'Beijing', country: 'CN', index: 31, text: '北京' },
    ]);
  });
});
