// Evidence rules for participants: where each person is named (by index, after duplicates are
// merged), and where a counterpart's country comes from: a name, an adjective, the headline, or
// nothing better than the person's title or the meeting's name.
import type { Participant } from '@readouts/schema';
import { findCountryAdjectives, findCountryNames } from '../data/country-lookup';
import { findJapaneseCountries } from '../data/japanese-countries';
import { notice } from '../notices';
import type { EvidenceRecorder, QuoteScope } from './recorder';

export interface PeopleScopes {
  /** The lead's blocks, searched first. */
  lead: QuoteScope;
  /** The blocks after the lead (attendees named in the first points). */
  body: QuoteScope;
}

/** The ways a name may be written where it was read: as extracted, then by its last word. */
function nameForms(p: Participant): string[] {
  const forms = [p.name];
  const words = p.name.split(/\s+/).filter((w) => w.length > 1);
  if (words.length > 1) forms.push(words[words.length - 1]!, words[0]!);
  if (p.title) forms.push(p.title);
  return forms;
}

function countryIn(text: string, code: string, lang: 'en' | 'ja') {
  const names = lang === 'ja' ? findJapaneseCountries(text) : findCountryNames(text);
  const name = names.find((h) => h.code === code);
  if (name) return { words: name.text, adjective: false };
  const adjective = lang === 'ja' ? undefined : findCountryAdjectives(text).find((h) => h.code === code);
  return adjective ? { words: adjective.text, adjective: true } : null;
}

function countryEvidence(
  rec: EvidenceRecorder,
  field: string,
  p: Participant & { country: string },
  texts: { lead: string; headline: string | null },
  scopes: PeopleScopes,
  lang: 'en' | 'ja',
): void {
  const found = [
    { text: p.title ?? '', scope: scopes.lead },
    { text: texts.lead, scope: scopes.lead },
  ];
  for (const { text, scope } of found) {
    const hit = countryIn(text, p.country, lang);
    if (!hit) continue;
    const reason = hit.adjective ? notice('participants.country-from-adjective', { word: hit.words }) : null;
    if (rec.quote(field, hit.words, scope, reason)) return;
  }
  const inHead = texts.headline ? countryIn(texts.headline, p.country, lang) : null;
  if (inHead && rec.quote(field, inHead.words, 'headline', notice('participants.country-from-headline')))
    return;
  const reason = notice('participants.country-from-title');
  if (p.title && rec.quote(field, p.title, scopes.lead, reason)) return;
  rec.headline(field, reason);
}

/** Records where each participant was named, and the source of each counterpart's country. */
export function participantEvidence(
  rec: EvidenceRecorder,
  participants: readonly Participant[],
  texts: { lead: string; headline: string | null },
  scopes: PeopleScopes,
  lang: 'en' | 'ja',
): void {
  participants.forEach((p, i) => {
    const field = `participants.${i}`;
    rec.quoteFirst(field, nameForms(p), [scopes.lead, scopes.body, 'headline']);
    if (p.side === 'counterpart' && p.country && p.country !== 'JP')
      countryEvidence(rec, `${field}.country`, { ...p, country: p.country }, texts, scopes, lang);
  });
}
