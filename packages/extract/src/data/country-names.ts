// Every name a country goes by in the country table (English, adjectives, Japanese), for search:
// "Brazil", "ブラジル" and "BR" all find a readout with a Brazilian counterpart.
import { COUNTRY_ROWS } from './countries';

let byCode: Map<string, string[]> | null = null;

function table(): Map<string, string[]> {
  if (byCode) return byCode;
  byCode = new Map();
  for (const line of COUNTRY_ROWS.trim().split('\n')) {
    const [code, english = '', adjectives = '', japanese = ''] = line.split('|');
    if (!code) continue;
    // One-character Japanese abbreviations (米, 英) are left out: as search words they match too much.
    const names = [english, adjectives, japanese]
      .flatMap((list) => list.split(';'))
      .map((name) => name.trim())
      .filter((name) => [...name].length > 1);
    byCode.set(code, [...new Set(names)]);
  }
  return byCode;
}

/**
 * The names of a country (ISO 3166-1 alpha-2, or EU) in English and Japanese; empty when unknown.
 * @example countryNames('KR') // ['Republic of Korea', 'ROK', 'South Korea', 'Korea', ..., '韓国', '大韓民国']
 */
export function countryNames(code: string): readonly string[] {
  return table().get(code.toUpperCase()) ?? [];
}
