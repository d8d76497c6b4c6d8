// People named after their title without an honorific: "Prime Minister KISHIDA Fumio held …",
// "Australian Foreign Minister Penny Wong". Used when the honorific patterns find nobody.
import { findCountryAdjectives, findCountryNames } from '../data/country-lookup';
import { officeholders, romajiKey } from '../data/japan-officials';
import { familyNameOf } from './names';
import type { Participant } from './participant';

const TITLE =
  '(Prime Minister|Foreign Minister|Foreign Secretary|Minister for Foreign Affairs|State Minister for Foreign Affairs|State Minister|Senior Vice-Minister|Parliamentary Vice-Minister for Foreign Affairs|Vice[- ]Minister for Foreign Affairs|Chief Cabinet Secretary|President|Secretary of State|External Affairs Minister|Minister of Foreign Affairs and Trade|Minister of Foreign Affairs|Chancellor|King|Crown Prince|Premier|Vice President|Deputy Prime Minister)';
const TITLED = new RegExp(
  `${TITLE}\\s+((?:[A-Z][\\p{L}'’-]+)(?:\\s+(?:[A-Z][\\p{L}'’.-]+|de|da|bin|al|van|von)){0,4})`,
  'gu',
);
const STOP_WORDS = /^(?:Held|Met|Of|The|And|On|In|At|For|Meets|Meeting|Visits?|Holds?|Says)$/;
// "Minister for Foreign Affairs Ms. KAMIKAWA Yoko": an honorific is never the name.
const HONORIFIC = /^(?:Mr|Ms|Mrs|Mme|Dr|Prof|Sir|Dame|Senator|His|Her|Hon|Rt|The|H)$/;

function isJapaneseName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => /^[A-Z]{2,}$/.test(w))) return true;
  const keys = words.map(romajiKey);
  return officeholders().some((h) => keys.includes(romajiKey(h.family)));
}

// "Ambassador to China Uichiro Niwa", "U.S. Ambassador to Japan Caroline Kennedy", "Ambassador of
// Brazil to Japan Andre Correa do Lago": a posting, then the name (the country ends the title, so the
// name is what follows it).
const AMBASSADOR =
  /\b((?:([A-Z][\p{L}.'’-]*)\s+)?Ambassador(?:\s+Extraordinary and Plenipotentiary)?(?:\s+of\s+(?:the\s+)?([A-Z][^,;()]{1,50}?))?\s+to\s+(?:the\s+)?)([A-Z][^,;()]{2,120})/gu;
const NAME_AFTER =
  /^\s+((?:[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z][\p{L}'’-]+|de|da|do|dos|del|della|di|du|la|le|bin|al|van|von)){0,4})/u;

function postedAmbassadors(text: string, fallbackCountry: string | null): Participant[] {
  const out: Participant[] = [];
  for (const m of text.matchAll(AMBASSADOR)) {
    const posting = findCountryNames(m[4]!).find((h) => h.index === 0);
    if (!posting) continue;
    const named = m[4]!.slice(posting.end).match(NAME_AFTER);
    if (!named) continue;
    const words = named[1]!.split(/\s+/);
    while (words.length > 0 && STOP_WORDS.test(words[words.length - 1]!)) words.pop();
    if (words.length === 0 || STOP_WORDS.test(words[0]!) || HONORIFIC.test(words[0]!)) continue;
    const name = words.join(' ');
    const adjective = m[2] ? findCountryAdjectives(m[2]).find((h) => h.index === 0) : undefined;
    const sending = (m[3] ? findCountryNames(m[3]).find((h) => h.index === 0) : undefined) ?? adjective;
    // Japan's ambassadors are posted abroad; an ambassador to Japan is the sending country's.
    const country = posting.code === 'JP' ? (sending?.code ?? fallbackCountry) : (sending?.code ?? 'JP');
    const office = adjective ? m[1]! : m[1]!.slice(m[1]!.indexOf('Ambassador'));
    const title = `${office}${m[4]!.slice(0, posting.end)}`.replace(/\s+/g, ' ').trim();
    out.push({
      name,
      familyName: familyNameOf(name, country),
      title,
      country,
      side: country === 'JP' ? 'japan' : 'counterpart',
      nameLatin: null,
      role: 'principal',
    });
  }
  return out;
}

/** Title-prefixed people in the text; Japanese when upper-cased or a known Japanese officeholder. */
export function titledPeople(text: string, fallbackCountry: string | null): Participant[] {
  const out: Participant[] = postedAmbassadors(text, fallbackCountry);
  for (const m of text.matchAll(TITLED)) {
    const words = m[2]!.replace(/\.$/, '').split(/\s+/);
    while (words.length > 0 && STOP_WORDS.test(words[words.length - 1]!)) words.pop();
    if (words.length === 0 || STOP_WORDS.test(words[0]!) || HONORIFIC.test(words[0]!)) continue;
    // "President Roh Moo Hyun. The summary …": the sentence's full stop is not part of the name (an
    // initial's is: "Donald J.").
    const last = words.length - 1;
    if (words[last]!.length > 2) words[last] = words[last]!.replace(/\.$/, '');
    const name = words.join(' ');
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const adjective = findCountryAdjectives(before).pop();
    const adjacent = adjective && before.slice(adjective.end).trim() === '';
    const after = text.slice(m.index + m[0].length).match(/^\s+of\s+(?:the\s+)?([^,.;]{2,80})/);
    const of = after ? findCountryNames(after[1]!).find((h) => h.index === 0)?.code : undefined;
    // "State Minister Tsuge": titles only Japan's ministry uses need no further proof.
    const japaneseTitle =
      /^(?:State Minister|Senior Vice-Minister|Parliamentary Vice-Minister|Chief Cabinet Secretary)/.test(
        m[1]!,
      );
    const japan =
      (!adjacent || adjective.code === 'JP') &&
      (!of || of === 'JP') &&
      (japaneseTitle || isJapaneseName(name));
    const country = japan ? 'JP' : adjacent ? adjective.code : (of ?? fallbackCountry);
    out.push({
      name,
      familyName: familyNameOf(name, country),
      title: m[1]!,
      country,
      side: japan ? 'japan' : 'counterpart',
      nameLatin: null,
      role: 'principal',
    });
  }
  return out;
}
