// Finds countries and cities in English and Japanese prose, using the tables in this folder.

import { escapeRegExp } from '../text/normalise';
import { CITY_ROWS } from './cities';
import { COUNTRY_ROWS } from './countries';

export interface CountryHit {
  code: string;
  index: number;
  end: number;
  text: string;
}

export interface City {
  name: string;
  country: string;
}

interface Tables {
  names: Map<string, string>;
  adjectives: Map<string, string>;
  ja: Map<string, string>;
  jaShort: Map<string, string>;
  display: Map<string, string>;
  nameRe: RegExp;
  adjectiveRe: RegExp;
  jaRe: RegExp;
  cities: Map<string, City>;
  cityRe: RegExp;
  jaCities: Map<string, City>;
  jaCityRe: RegExp;
}

let tables: Tables | null = null;

const byLength = (a: string, b: string) => b.length - a.length;

function alternation(keys: Iterable<string>): string {
  return [...keys].sort(byLength).map(escapeRegExp).join('|');
}

function build(): Tables {
  const names = new Map<string, string>();
  const adjectives = new Map<string, string>();
  const ja = new Map<string, string>();
  const jaShort = new Map<string, string>();
  const display = new Map<string, string>();
  for (const row of COUNTRY_ROWS.trim().split('\n')) {
    const [code = '', en = '', adj = '', jp = ''] = row.split('|');
    const enNames = en.split(';').map((n) => n.replace(/^the /, ''));
    display.set(code, enNames[0] ?? code);
    // MOFA writes both "People's" and "People’s".
    for (const n of enNames.flatMap((x) => (x.includes("'") ? [x, x.replace(/'/g, '’')] : [x]))) {
      if (!names.has(n)) names.set(n, code);
    }
    for (const a of adj.split(';')) if (a && !adjectives.has(a)) adjectives.set(a, code);
    for (const j of jp.split(';')) {
      if (!j) continue;
      // One-character abbreviations (米, 豪) only count at the start of a title, never inside words.
      if (j.length === 1) jaShort.set(j, code);
      else if (!ja.has(j)) ja.set(j, code);
    }
  }
  const cities = new Map<string, City>();
  const jaCities = new Map<string, City>();
  for (const row of CITY_ROWS.trim().split('\n')) {
    const [en = '', country = '', jp = ''] = row.split('|');
    const aliases = en.split(';');
    const city = { name: aliases[0] ?? en, country };
    for (const a of aliases) cities.set(a, city);
    for (const j of jp.split(';')) if (j) jaCities.set(j, city);
  }
  return {
    names,
    adjectives,
    ja,
    jaShort,
    display,
    // Names are proper nouns: matching stays case-sensitive so "chad" or "turkey" in prose never count.
    nameRe: new RegExp(`(?<![\\p{L}.])(?:${alternation(names.keys())})(?![\\p{L}])`, 'gu'),
    adjectiveRe: new RegExp(`(?<![\\p{L}])(?:${alternation(adjectives.keys())})(?![\\p{L}])`, 'gu'),
    jaRe: new RegExp(alternation(ja.keys()), 'g'),
    cities,
    cityRe: new RegExp(`(?<![\\p{L}])(?:${alternation(cities.keys())})(?![\\p{L}])`, 'gu'),
    jaCities,
    jaCityRe: new RegExp(alternation(jaCities.keys()), 'g'),
  };
}

function t(): Tables {
  if (!tables) tables = build();
  return tables;
}

function scan(re: RegExp, text: string, map: Map<string, string>): CountryHit[] {
  const hits: CountryHit[] = [];
  for (const m of text.matchAll(re)) {
    const code = map.get(m[0]);
    if (code) hits.push({ code, index: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

/** Every English country name in the text (not adjectives), in order. */
export function findCountryNames(text: string): CountryHit[] {
  return scan(t().nameRe, text, t().names);
}

/** Every English country adjective ("Mexican", "Australian") in the text, in order. */
export function findCountryAdjectives(text: string): CountryHit[] {
  return scan(t().adjectiveRe, text, t().adjectives);
}

/** Every match of a Japanese country name, word boundaries unchecked (see japanese-countries.ts). */
export function scanJapaneseCountries(text: string): CountryHit[] {
  return scan(t().jaRe, text, t().ja);
}

/** The country a one-character Japanese abbreviation stands for (米 gives US), if any. */
export function japaneseAbbreviation(char: string): string | null {
  return t().jaShort.get(char) ?? null;
}

/** The country an exact English name, adjective or Japanese name denotes. */
export function countryByName(name: string): string | null {
  const n = name.trim().replace(/^the\s+/i, '');
  return t().names.get(n) ?? t().adjectives.get(n) ?? t().ja.get(n) ?? null;
}

/** The English display name of a country code. */
export function countryDisplayName(code: string): string {
  return t().display.get(code) ?? code;
}

/** Known cities mentioned in the text (English or Japanese), in order. */
export function findCities(text: string): Array<City & { index: number }> {
  const out: Array<City & { index: number }> = [];
  for (const m of text.matchAll(t().cityRe)) {
    const city = t().cities.get(m[0]);
    if (city) out.push({ ...city, index: m.index });
  }
  for (const m of text.matchAll(t().jaCityRe)) {
    const city = t().jaCities.get(m[0]);
    if (city) out.push({ ...city, index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
