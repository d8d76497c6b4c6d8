// Evidence rules for the fields the lead sentence carries: each names the words its field was read
// from (or inferred from, and why), for the recorder to find in the lead's blocks or the headline.
import type { Location, MeetingFormat } from '@readouts/schema';
import { countryDisplayName, findCities, findCountryNames } from '../data/country-lookup';
import { findJapaneseCountries } from '../data/japanese-countries';
import type { ClockHit } from '../dates/clock';
import type { DurationHit } from '../dates/duration';
import { type NoticeCodeOf, notice } from '../notices';
import type { EvidenceRecorder, QuoteScope } from './recorder';

/** The recorder and where the lead sits, as `readLead` passes them to these rules. */
export interface LeadEvidence {
  recorder: EvidenceRecorder;
  lead: QuoteScope;
  /** The block the dateline was read from, or -1. */
  dateline: number;
}

// A title built from the lead quotes the lead's opening words.
const TITLE_QUOTE = 200;

/** The title: the headline it was made from, or (no headline) the lead it was built from. */
export function titleEvidence(ev: LeadEvidence, headline: string | null, lead: string): void {
  if (headline && ev.recorder.headline('title')) return;
  ev.recorder.quote('title', lead.slice(0, TITLE_QUOTE), ev.lead, notice('title.from-lead'));
}

/** The meeting date: the words of the date the lead states, or the dateline the date was taken from. */
export function dateEvidence(
  ev: LeadEvidence,
  stated: string | null,
  inferred: NoticeCodeOf | null | undefined,
): void {
  const reason = inferred ? notice(inferred) : null;
  if (stated && ev.recorder.quote('date', stated, ev.lead, reason)) return;
  if (ev.dateline >= 0) ev.recorder.block('date', ev.dateline, notice('date.from-dateline'));
}

/** The start time: the clock time's words; worked out from Japan time, it says so. */
export function startTimeEvidence(
  ev: LeadEvidence,
  text: string,
  hit: ClockHit,
  fromJapan: string | null,
): void {
  const words = text.slice(hit.index, hit.end);
  const reason = fromJapan
    ? notice('start-time.from-japan-time', { country: countryDisplayName(fromJapan) })
    : null;
  ev.recorder.quote('startTime', words, ev.lead, reason);
}

/** The Japan time: the statement in brackets ("11:50 p.m. on January 7 Japan time"). */
export function japanTimeEvidence(ev: LeadEvidence, words: string): void {
  ev.recorder.quote('japanTime', words, ev.lead);
}

/** How a duration was found: stated, the sum of timed sessions, or the span of a time range. */
export type DurationBasis =
  | { kind: 'stated'; hit: DurationHit }
  | { kind: 'sessions'; hit: DurationHit | null }
  | { kind: 'range'; from: ClockHit; to: ClockHit };

export function durationEvidence(ev: LeadEvidence, text: string, basis: DurationBasis): void {
  if (basis.kind === 'range') {
    const words = text.slice(basis.from.index, basis.to.end);
    ev.recorder.quote('durationMinutes', words, ev.lead, notice('duration.from-time-range'));
    return;
  }
  if (!basis.hit) return;
  const words = text.slice(basis.hit.index, basis.hit.end);
  const reason = basis.kind === 'sessions' ? notice('duration.summed-sessions') : null;
  ev.recorder.quote('durationMinutes', words, ev.lead, reason);
}

// The words that name each format, English and Japanese; "other" is a mix, so any of them.
const FORMAT_WORDS: Record<Exclude<MeetingFormat, 'other'>, RegExp> = {
  telephone: /telephone|phone|conference call|\bcall\b|電話/i,
  video: /video|online|virtual|teleconference|テレビ(?:会議|会談|電話)|ウェブ会議|ビデオ|オンライン/i,
  'courtesy-call': /courtesy call|表敬/i,
  meal: /working (?:lunch|dinner|breakfast)|luncheon|lunch|dinner|breakfast|banquet|昼食|夕食|朝食|会食|晩餐|午餐|ランチ|ディナー/i,
  summit: /summit|leaders['’]? meeting|首脳会談|首脳会合|首脳会議|サミット/i,
  meeting:
    /meeting|talks?\b|\bmet\b|\bmeets?\b|dialogue|consultations?|conversation|conference|session|会談|会合|会議|意見交換|協議|懇談|面会|立ち話/i,
};
const ANY_FORMAT = new RegExp(
  Object.values(FORMAT_WORDS)
    .map((re) => re.source)
    .join('|'),
  'i',
);

/**
 * The format: the word that names it in the lead, else in the headline (inferred from the
 * headline's wording); a summit upgraded from the leaders' titles says so.
 */
export function formatEvidence(
  ev: LeadEvidence,
  format: MeetingFormat,
  lead: string,
  headline: string | null,
  upgraded: boolean,
): void {
  const words = format === 'other' ? ANY_FORMAT : FORMAT_WORDS[format];
  const pattern = upgraded ? FORMAT_WORDS.meeting : words;
  const inLead = lead.match(pattern)?.[0];
  const upgradedReason = upgraded ? notice('format.summit-from-titles') : null;
  if (inLead && ev.recorder.quote('format', inLead, ev.lead, upgradedReason)) return;
  const inHead = headline?.match(pattern)?.[0];
  const reason = upgradedReason ?? notice('format.from-headline');
  if (inHead && ev.recorder.quote('format', inHead, 'headline', reason)) return;
  // No word names the format ("other"): the headline is all there was to go on.
  ev.recorder.headline('format', reason);
}

function countryWords(text: string, code: string, lang: 'en' | 'ja'): string | null {
  const hits = lang === 'ja' ? findJapaneseCountries(text) : findCountryNames(text);
  return hits.find((h) => h.code === code)?.text ?? null;
}

// The first sentence of a lead stands in when a place comes from its wording, not a name.
const FIRST_SENTENCE = /^.{1,200}?(?:[.。](?=\s|$)|$)/su;

/**
 * The meeting place: the venue, the city and the country as the lead writes them. A country the
 * lead never names comes from its city; a place with no name at all, from the lead's wording.
 */
export function locationEvidence(
  ev: LeadEvidence,
  location: Location,
  lead: string,
  lang: 'en' | 'ja',
): void {
  const rec = ev.recorder;
  if (location.venue) rec.quote('location.venue', location.venue, ev.lead);
  const city = location.city ? findCities(lead).find((c) => c.name === location.city) : undefined;
  if (city) rec.quote('location.city', city.text, ev.lead);
  if (!location.country) return;
  const named = countryWords(lead, location.country, lang);
  if (named && rec.quote('location.country', named, ev.lead)) return;
  if (city) {
    rec.quote(
      'location.country',
      city.text,
      ev.lead,
      notice('location.country-from-city', { city: city.name }),
    );
    return;
  }
  const sentence = lead.match(FIRST_SENTENCE)?.[0];
  if (sentence) rec.quote('location.country', sentence, ev.lead, notice('location.implied'));
}
