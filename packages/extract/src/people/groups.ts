// Unnamed counterpart groups in English leads: "the Foreign Ministers of India, Philippines and
// Indonesia", "Minister of International Development of Canada, and EU Ambassador". They are
// named as written, never given an invented name such as "Minister of Canada".
import { countryByName, findCountryAdjectives, findCountryNames } from '../data/country-lookup';
import type { Participant } from './participant';

const GROUP =
  /\b((?:Foreign|Prime|External Affairs|Trade)?\s*Ministers?|Leaders?|Presidents?|High Representative|Secretary-General|Secretaries of State)\s+of\s+((?:(?:the\s+)?[A-Z][\p{L}'’. -]*?(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}'’.-]*)*)/gu;
const SEPARATOR = /,\s*(?:and\s+)?|\s+and\s+/g;
const OFFICE = /\b(?:Minister|Ambassador|Secretary|Representative|Commissioner|President|Envoy)\b/;

function group(name: string, title: string, country: string): Participant {
  return {
    name: name.trim(),
    nameLatin: null,
    familyName: null,
    title,
    country,
    side: 'counterpart',
    role: 'principal',
  };
}

/** Counterpart groups named by office and country; groups with no country are left out. */
export function unnamedGroups(text: string): Participant[] {
  const out: Participant[] = [];
  for (const m of text.matchAll(GROUP)) {
    const office = m[1]!.trim();
    const title = office.replace(/s$/, '');
    const list = m[2]!.replace(/\.$/, ''); // the sentence's full stop
    const items: Array<{ text: string; end: number }> = [];
    let start = 0;
    for (const sep of list.matchAll(SEPARATOR)) {
      items.push({ text: list.slice(start, sep.index), end: sep.index });
      start = sep.index + sep[0].length;
    }
    items.push({ text: list.slice(start), end: list.length });
    const first = items[0]!.text;
    const countries: string[] = [];
    let lastEnd = 0;
    if (countryByName(first)) {
      for (const item of items) {
        const code = countryByName(item.text);
        if (!code) break;
        countries.push(code);
        lastEnd = item.end;
      }
      const name = `${office} of ${list.slice(0, lastEnd)}`;
      for (const code of countries) if (code !== 'JP') out.push(group(name, title, code));
    } else {
      // "Minister of International Development of Canada": one office whose title ends in a country.
      // "the European Union for Foreign Affairs": a country opening the office's own words.
      const hits = findCountryNames(first);
      const of =
        hits.filter((hit) => /\bof\s+(?:the\s+)?$/.test(first.slice(0, hit.index))).pop() ??
        hits.find((hit) => /^(?:the\s+)?$/.test(first.slice(0, hit.index)));
      if (of && of.code !== 'JP') out.push(group(`${office} of ${first}`, `${office} of ${first}`, of.code));
    }
    // "…, and EU Ambassador": a further office introduced by its country.
    for (const item of items.slice(Math.max(1, countries.length))) {
      const hit = [...findCountryNames(item.text), ...findCountryAdjectives(item.text)].find(
        (h) => h.index === 0,
      );
      if (hit && hit.code !== 'JP' && OFFICE.test(item.text)) out.push(group(item.text, item.text, hit.code));
    }
  }
  return out;
}
