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
  nameRe: Finder;
  adjectiveRe: Finder;
  jaRe: Finder;
  cities: Map<string, City>;
  cityRe: Finder;
  jaCities: Map<string, City>;
  jaCityRe: Finder;
}

/**
 * A large alternation searched only where one of its entries can start: `start` finds the next
 * such character and the sticky `entry` tries there. It gives what `text.matchAll` of the same
 * pattern gives (every entry begins with a character in `start`), without running the whole
 * alternation, lookbehind first, at every position of the text.
 */
interface Finder {
  start: RegExp;
  entry: RegExp;
}

function finder(keys: Iterable<string>, pattern: (alternatives: string) => string, flags: string): Finder {
  const list = [...keys];
  const firsts = new Set(list.map((k) => String.fromCodePoint(k.codePointAt(0) ?? 0)));
  return {
    start: new RegExp(`[${[...firsts].map(escapeRegExp).join('')}]`, 'gu'),
    entry: new RegExp(pattern(alternation(list)), `${flags}y`),
  };
}

/** Every match of a finder in the text, in order, as `matchAll` would give them. */
function findAll(f: Finder, text: string): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  const { start, entry } = f;
  start.lastIndex = 0;
  for (let at = start.exec(text); at; at = start.exec(text)) {
    entry.lastIndex = at.index;
    const m = entry.exec(text);
    if (m) {
      found.push({ index: at.index, text: m[0] });
      start.lastIndex = at.index + m[0].length;
    }
  }
  return found;
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
    nameRe: finder(names.keys(), (alt) => `(?<![\\p{L}.])(?:${alt})(?![\\p{L}])`, 'u'),
    adjectiveRe: finder(adjectives.keys(), (alt) => `(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'u'),
    jaRe: finder(ja.keys(), (alt) => alt, ''),
    cities,
    cityRe: finder(cities.keys(), (alt) => `(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'u'),
    jaCities,
    jaCityRe: finder(jaCities.keys(), (alt) => alt, ''),
  };
}

function t(): Tables {
  if (!tables) tables = build();
  return tables;
}

function scan(re: Finder, text: string, map: Map<string, string>): CountryHit[] {
  const hits: CountryHit[] = [];
  for (const m of findAll(re, text)) {
    const code = map.get(m.text);
    if (code) hits.push({ code, index: m.index, end: m.index + m.text.length, text: m.text });
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
export function findCities(text: string): Array<City & { index: number; text: string }> {
  const out: Array<City & { index: number; text: string }> = [];
  for (const m of findAll(t().cityRe, text)) {
    const city = t().cities.get(m.text);
    if (city) out.push({ ...city, index: m.index, text: m.text });
  }
  for (const m of findAll(t().jaCityRe, text)) {
    const city = t().jaCities.get(m.text);
    if (city) out.push({ ...city, index: m.index, text: m.text });
  }
  return out.sort((a, b) => a.index - b.index);
}
