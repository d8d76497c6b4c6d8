// A title written before a person's name, MOFA's title-first style: "Minister for Foreign Affairs
// Ms. KAMIKAWA Yoko", "U.S. Ambassador to Japan Ms. Caroline Kennedy".
import { findCountryAdjectives, findCountryNames } from '../data/country-lookup';

// The run of capitalised words (and the small words inside titles) that ends right before a name.
const TRAILING_TITLE =
  /(?:[A-Z][\p{L}.'’-]*|of|for|to|the|and)(?:\s+(?:[A-Z][\p{L}.'’-]*|of|for|to|the|and))*\s*$/u;
const OFFICE =
  /\b(?:Minister|Ambassador|Secretary|President|Chancellor|King|Queen|Prince|Princess|Premier|Governor|Director|Chair(?:man|person)?|Speaker|Commissioner|Advis[eo]r|Envoy|Representative|Mayor|Emir|Amir|Sultan)\b/;

export interface TitleBefore {
  title: string;
  country: string | null;
}

/**
 * The title that directly precedes the name starting at `index`, if any, and the country it
 * names. "Ambassador to Japan" is a posting: the country is the one before it ("U.S.").
 */
export function titleBefore(text: string, index: number): TitleBefore | null {
  const before = text.slice(Math.max(0, index - 160), index);
  const run = before.match(TRAILING_TITLE);
  if (!run) return null;
  const title = run[0].trim().replace(/^(?:(?:of|for|to|the|and)\s+)+/, '');
  if (!title || !OFFICE.test(title) || title.length > 150) return null;
  const own = title.replace(/\s+to\s+(?:the\s+)?[A-Z][\s\S]*$/, '');
  const of = findCountryNames(own)
    .filter((hit) => /\bof\s+(?:the\s+)?$/.test(own.slice(0, hit.index)))
    .pop();
  const first = [...findCountryNames(own), ...findCountryAdjectives(own)].find((hit) => hit.index === 0);
  return { title, country: of?.code ?? first?.code ?? null };
}
