// Participants named in an English lead sentence: "Mr. KONO Taro, Minister for Foreign Affairs, held
// a meeting with H.E. Mr. X, Minister of Foreign Affairs of Y", plus unnamed groups ("the Foreign
// Ministers of India, Philippines and Indonesia").
import { findCountryAdjectives, findCountryNames } from '../data/country-lookup';
import { unnamedGroups } from './groups';
import { familyNameOf, HONORIFIC_SOURCE, stripHonorifics } from './names';
import { dedupeParticipants, isJapaneseOfficialTitle, type Participant } from './participant';
import { titleBefore } from './title-before';
import { titledPeople } from './titled';

const PARTICLE =
  '(?:de|da|del|della|di|do|dos|das|du|la|le|van|von|der|den|ter|bin|binti|al|el|y|ibn|ben|bint|e)';
const NAME_WORD = "[A-ZÀ-Þ][\\p{L}'’.-]*";
const PERSON = new RegExp(
  `(?<![\\p{L}])((?:(?:${HONORIFIC_SOURCE})\\s*)+)(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,6})`,
  'gu',
);
// Where a title that follows a name ends ("Mr. X, Minister for Foreign Affairs, with Senator Y, …"
// ends before "with"; "…, Secretary of State of the United States, Senator the Hon Y, …" before the
// next person).
const TITLE_END =
  /,\s*(?:Senator|the Hon|The Hon|H\.\s?E\.|His Excellency|Her Excellency|Mr\.|Ms\.|Mrs\.|Dr\.)\s|,\s*(?:who|whom|which|during|while|on (?:his|her|their)|held|had|and\s+(?:then\s+)?(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|the|The|Senator|Rt|Hon|Prime|President|Foreign|Minister)|for\s|from\s|with\s|commencing|starting|at\s|in\s|on\s|followed|as well|respectively)|\s+(?:who|held|had|paid|met|spoke|talked|telephoned|phoned|conversed|chaired|co-chaired|hosted|received|made|attended|participated|exchanged|visited|visiting|is visiting|was visiting|are visiting|on the|at the|in the|during|for approximately|for about|together)\b|[;(]|(?<=[a-z)])\.(?:\s|$)|\s+and\s+(?:H\.\s?E\.|Mr\.|Ms\.|Dr\.|the Hon|The Hon|Senator)/;
// Two to four capitalised words between commas (or opening the text): "…, Shinzo Abe, Prime Minister …".
const BARE_NAME = /(?<=^|[,;.]\s)((?:[A-Z][\p{L}'’-]+\s+){1,3}[A-Z][\p{L}'’-]+)(?=,\s)/gu;
const NON_NAME_WORDS =
  /^(?:Minister|Foreign|Prime|President|Secretary|State|Vice|The|Japan|Japanese|Government|Ministry|Meeting)$/;

function titleAfter(text: string, from: number): { title: string | null; country: string | null } {
  const rest = text.slice(from);
  // "Joseph R. Biden, Jr., President of …": a suffix after the comma belongs to the name.
  // A missing comma before the office ("Nana Addo Dankwa AKUFO-ADDO President of the Republic of Ghana").
  const lead =
    rest.match(/^,\s*(?:(?:Jr|Sr)\.?,\s*)?/) ??
    rest.match(
      /^\s+(?=(?:President|Prime Minister|Minister|Secretary|Foreign Minister|Deputy|Vice|Chancellor|Ambassador)\b[^,.;]{0,80}?\bof\b)/,
    );
  if (!lead) return { title: null, country: null };
  let region = rest.slice(lead[0].length, lead[0].length + 300);
  const stop = region.search(TITLE_END);
  if (stop >= 0) region = region.slice(0, stop);
  // The last "of <country>" ends the title: "Member of the Political Bureau … of China and Minister
  // of Foreign Affairs of the People's Republic of China".
  const named = findCountryNames(region)
    .filter((hit) => /\bof\s+(?:the\s+)?$/.test(region.slice(0, hit.index)))
    .pop();
  if (named) return { title: region.slice(0, named.end).trim(), country: named.code };
  const title = region.split(',')[0]!.trim();
  if (!title || !/^[A-Z]/.test(title) || title.length > 200) return { title: null, country: null };
  const adjective = findCountryAdjectives(title).find((hit) => hit.index === 0);
  return { title, country: adjective?.code ?? null };
}

/**
 * Parses the people in an English lead sentence. `fallbackCountry` is the counterpart country
 * the headline or lead implies, for titles that do not say ("Secretary of State").
 */
export function englishParticipants(text: string, fallbackCountry: string | null): Participant[] {
  const found: Participant[] = [];
  let first = true;
  for (const m of text.matchAll(PERSON)) {
    const words = m[2]!.split(/\s+/);
    while (words.length > 1 && NON_NAME_WORDS.test(words[words.length - 1]!)) words.pop();
    if (NON_NAME_WORDS.test(words[0]!)) continue;
    // "in response to Mr. Matsumoto's assumption of office": a possessive mentions, not introduces.
    if (/['’]s$/.test(words[words.length - 1]!)) continue;
    // "who is accompanying Mr. Shinzo Abe, Prime Minister of Japan, on his visit": not at the table.
    if (/\baccompanying\s+$/.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const name = stripHonorifics(words.join(' '));
    if (!name || name.length > 120) continue;
    const end = m.index + m[1]!.length + words.join(' ').length;
    const after = titleAfter(text, end);
    const before = after.title ? null : titleBefore(text, m.index);
    const title = after.title ?? before?.title ?? null;
    // "His Majesty King Tupou VI of the Kingdom of Tonga": the country right after the name.
    const ofCountry = text.slice(end).match(/^\s+of\s+(?:the\s+)?/);
    const ofHit = ofCountry
      ? findCountryNames(text.slice(end + ofCountry[0].length, end + ofCountry[0].length + 80)).find(
          (h) => h.index === 0,
        )
      : undefined;
    const country = after.title ? after.country : (before?.country ?? ofHit?.code ?? null);
    // "… held the Consultations with Senator the Hon Penny Wong, Minister for Foreign Affairs, and …":
    // after a Japanese principal, the person "with" introduces is the other side, even when the title
    // names no country (and reads like Japan's own).
    const withAfterJapan =
      /\bwith\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
      found.some((p) => p.side === 'japan') &&
      !words.some((w) => /^[A-Z]{2,}$/.test(w));
    let side: Participant['side'];
    if (country === 'JP') side = 'japan';
    else if (country || withAfterJapan) side = 'counterpart';
    else if (isJapaneseOfficialTitle(title) || (first && !title)) side = 'japan';
    else side = 'counterpart';
    found.push({
      name,
      familyName: familyNameOf(name, side === 'japan' ? 'JP' : (country ?? fallbackCountry)),
      title,
      country: side === 'japan' ? 'JP' : (country ?? fallbackCountry),
      side,
      nameLatin: null,
      role: 'principal',
    });
    first = false;
  }
  // "Mrs. KISHIDA Yuko" beside Mr. KISHIDA Fumio: an untitled spouse is on the same side.
  for (const p of found) {
    if (p.title || !p.familyName) continue;
    const family = p.familyName.toLowerCase();
    const partner = found.find((q) => q !== p && q.title && q.familyName?.toLowerCase() === family);
    if (partner) {
      p.side = partner.side;
      p.country = partner.country;
    }
  }
  // "The dinner was attended by Mr. MARUYAMA Norio, Ambassador for …, and others, Ministry of Foreign
  // Affairs.": officials of Japan's own ministry sitting in, not counterparts.
  const attended = text.match(/\b(?:was|were) (?:also )?attended by\b/);
  if (attended) {
    const from = attended.index!;
    const ministry = text
      .slice(from)
      .search(/,\s*(?:the\s+)?Ministry of Foreign Affairs(?!\s+of\b)(?:\s+of\s+Japan)?[.;]/);
    if (ministry >= 0) {
      const clause = text.slice(from, from + ministry);
      for (const p of found) {
        if (p.side === 'counterpart' && !p.country && clause.includes(p.name)) {
          p.side = 'japan';
          p.country = 'JP';
          p.familyName = familyNameOf(p.name, 'JP');
        }
      }
    }
  }
  // An untitled first person is Japan's only while nobody else is: "H.E. Mr. X, who is visiting
  // Japan, paid a courtesy call on Mr. KISHIDA Fumio, Prime Minister of Japan".
  const untitledFirst = found[0] && !found[0].title && found[0].side === 'japan' ? found[0] : null;
  if (
    untitledFirst &&
    found.slice(1).some((p) => p.country === 'JP') &&
    !found.some((p) => p.side === 'counterpart')
  ) {
    untitledFirst.side = 'counterpart';
    untitledFirst.country = fallbackCountry;
    untitledFirst.familyName = familyNameOf(untitledFirst.name, fallbackCountry);
  }
  // A title-first principal ("Minister for Foreign Affairs Koichiro Gemba held …") is read even when
  // honorific-named attendees of the same side were found.
  const titled = titledPeople(text, fallbackCountry);
  for (const side of ['japan', 'counterpart'] as const) {
    if (side === 'japan' || !found.some((p) => p.side === side))
      found.push(...titled.filter((p) => p.side === side));
  }
  // "On November 6, Shinzo Abe, Prime Minister of Japan, held …": a name without an honorific, set off
  // by commas and followed by a title of Japan, is Japan's principal when no titled one was found; an
  // untitled person taken for Japan's ("… held a meeting with Mr. X") is then the other side.
  if (!found.some((p) => p.side === 'japan' && p.title)) {
    for (const m of text.matchAll(BARE_NAME)) {
      const words = m[1]!.split(/\s+/);
      if (words.some((w) => NON_NAME_WORDS.test(w))) continue;
      const after = titleAfter(text, m.index + m[1]!.length);
      if (after.country !== 'JP' || !after.title) continue;
      for (const p of found.filter((q) => q.side === 'japan')) {
        p.side = 'counterpart';
        p.country = fallbackCountry;
        p.familyName = familyNameOf(p.name, fallbackCountry);
      }
      found.unshift({
        name: m[1]!,
        familyName: familyNameOf(m[1]!, 'JP'),
        title: after.title,
        country: 'JP',
        side: 'japan',
        nameLatin: null,
        role: 'principal',
      });
      break;
    }
  }
  // "Foreign Minister Masahiko Koumura met with Mr. Sergey Lavrov, …": with nobody on Japan's side yet,
  // a title-first subject whose title names no country and who comes before every counterpart is
  // Japan's, even when the name is not a known officeholder.
  if (!found.some((p) => p.side === 'japan')) {
    const firstCounterpart = Math.min(
      ...found.filter((p) => p.side === 'counterpart').map((p) => text.indexOf(p.name)),
      text.length,
    );
    const subject = titledPeople(text, null).find(
      (p) =>
        p.country === null && isJapaneseOfficialTitle(p.title) && text.indexOf(p.name) < firstCounterpart,
    );
    if (subject)
      found.unshift({
        ...subject,
        side: 'japan',
        country: 'JP',
        familyName: familyNameOf(subject.name, 'JP'),
      });
  }
  if (!found.some((p) => p.side === 'counterpart')) found.push(...unnamedGroups(text));
  return dedupeParticipants(found);
}
