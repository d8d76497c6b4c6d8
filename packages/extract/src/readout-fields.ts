// Reads the readout's fields from the lead sentence: date, times, duration, people, format, place.
import type { JapanTime, Location, MeetingFormat, Notice, Participant } from '@readouts/schema';
import { findCountryAdjectives, findCountryNames, japaneseAbbreviation } from './data/country-lookup';
import { findJapaneseCountries } from './data/japanese-countries';
import { findEnglishDates, findJapaneseDates } from './dates/calendar';
import { findEnglishTimes, findJapaneseTimes } from './dates/clock';
import { durationFromRange, firstEnglishDurationHit, firstJapaneseDurationHit } from './dates/duration';
import { japanLabelledTime, localFromJapanTime } from './dates/japan-clock-abroad';
import { resolveJapanTime, splitJapanTime } from './dates/japan-time';
import { resolveMeetingDate } from './dates/meeting-date';
import { summedSessionDurations } from './dates/session-durations';
import {
  type DurationBasis,
  dateEvidence,
  durationEvidence,
  formatEvidence,
  japanTimeEvidence,
  type LeadEvidence,
  locationEvidence,
  startTimeEvidence,
} from './evidence/lead-rules';
import { meetingFormat, upgradeToSummit } from './format';
import { meetingLocation } from './location';
import { notice } from './notices';
import { englishParticipants } from './people/english';
import { japaneseParticipants } from './people/japanese';
import { assignRoles } from './people/roles';

export interface LeadFields {
  date: string | null;
  startTime: string | null;
  japanTime: JapanTime | null;
  durationMinutes: number | null;
  participants: Participant[];
  format: MeetingFormat;
  location: Location | null;
  warnings: Notice[];
}

export interface LeadContext {
  lang: 'en' | 'ja';
  headline: string | null;
  published: string | null;
  /** The last day of a month-only dateline ("May 2004"), when there is no full one. */
  monthEnd?: string | null;
  url: string;
  /** The capture date, YYYY-MM-DD. */
  capturedOn?: string;
  /** Where to record the words each field was read from; absent, nothing is recorded. */
  evidence?: LeadEvidence;
}

function impliedCountry(headline: string | null, lead: string, lang: 'en' | 'ja'): string | null {
  const find = (text: string) =>
    lang === 'ja' ? findJapaneseCountries(text) : [...findCountryNames(text), ...findCountryAdjectives(text)];
  for (const text of [headline ?? '', lead]) {
    const hit = find(text)
      .sort((a, b) => a.index - b.index)
      .find((h) => h.code !== 'JP');
    if (hit) return hit.code;
    // 日米首脳会談, 日韓外相会談: the one-character name after 日 in a bilateral meeting's name.
    const pair =
      lang === 'ja'
        ? text.match(
            /日[・･]?([^\s日、。・])(?=[・･]?(?:首脳|外相|外務|電話|会談|会合|首相|次官|局長|戦略|政策|協議))/,
          )
        : null;
    const short = pair ? japaneseAbbreviation(pair[1]!) : null;
    if (short && short !== 'JP') return short;
  }
  return null;
}

/** Reads every field the lead sentence carries. */
export function readLead(lead: string, ctx: LeadContext): LeadFields {
  const warnings: Notice[] = [];
  const { local, japan } = splitJapanTime(lead, ctx.lang);
  const fallback = impliedCountry(ctx.headline, local, ctx.lang);
  const participants = assignRoles(
    local,
    ctx.lang,
    ctx.lang === 'ja' ? japaneseParticipants(local, fallback) : englishParticipants(local, fallback),
  );
  // 本日 ("today") opens a lead dated by its dateline; later dates in it belong to other events.
  const today = ctx.lang === 'ja' && /^(?:本日|同日)/.test(local);
  const dates = today ? [] : ctx.lang === 'ja' ? findJapaneseDates(local) : findEnglishDates(local);
  const resolved = resolveMeetingDate(dates[0] ?? null, {
    published: ctx.published,
    monthEnd: ctx.monthEnd ?? null,
    url: ctx.url,
    notAfter: ctx.capturedOn,
    japanSide: participants
      .filter((p) => p.side === 'japan' && p.role === 'principal')
      .map((p) => ({ name: p.name, title: p.title })),
  });
  warnings.push(...resolved.warnings);
  const times = ctx.lang === 'ja' ? findJapaneseTimes(local) : findEnglishTimes(local);
  const summed = summedSessionDurations(local, ctx.lang);
  const stated = ctx.lang === 'ja' ? firstJapaneseDurationHit(local) : firstEnglishDurationHit(local);
  const durationMinutes = summed ?? stated?.minutes ?? durationFromRange(local, ctx.lang);
  const principals = participants.filter((p) => p.role === 'principal');
  const named = meetingFormat(ctx.headline, local);
  const format = upgradeToSummit(named, principals);
  const location = meetingLocation(local, ctx.lang, format === 'telephone' || format === 'video');
  let startTime = times[0]?.time ?? null;
  let japanTime = resolveJapanTime(japan, resolved.date, startTime, location?.country ?? null);
  // "2:55 p.m. (Japan time)" for a meeting in Singapore: the Japan time moves to its own field.
  const japanClock = japanLabelledTime(lead, ctx.lang);
  const place = format === 'telephone' || format === 'video' ? null : (location?.country ?? null);
  const placeTime =
    japanClock && place && place !== 'JP'
      ? localFromJapanTime(japanClock.time, place, { date: resolved.date, city: location?.city ?? null })
      : null;
  const fromJapan = placeTime !== null && japanClock?.time === startTime;
  if (fromJapan && japanClock) {
    japanTime = { date: resolved.date, time: japanClock.time, text: japan?.text ?? 'Japan time' };
    startTime = placeTime;
  }
  const ev = ctx.evidence;
  if (ev) {
    const date = dates[0];
    if (resolved.date) dateEvidence(ev, date ? local.slice(date.index, date.end) : null, resolved.inferred);
    if (fromJapan && japanClock) {
      startTimeEvidence(ev, lead, japanClock, place);
      japanTimeEvidence(ev, lead.slice(japanClock.index, japanClock.end));
    } else {
      if (startTime && times[0]) startTimeEvidence(ev, local, times[0], null);
      if (japan) japanTimeEvidence(ev, japan.text);
    }
    if (durationMinutes !== null) {
      const basis: DurationBasis | null =
        summed !== null
          ? { kind: 'sessions', hit: stated }
          : stated
            ? { kind: 'stated', hit: stated }
            : times[1]
              ? { kind: 'range', from: times[0]!, to: times[1] }
              : null;
      if (basis) durationEvidence(ev, local, basis);
    }
    formatEvidence(ev, format, local, ctx.headline, format !== named);
    if (location) locationEvidence(ev, location, local, ctx.lang);
  }
  if (!participants.some((p) => p.side === 'counterpart'))
    warnings.push(notice('participants.no-counterpart'));
  if (!participants.some((p) => p.side === 'japan')) warnings.push(notice('participants.no-japan'));
  return {
    date: resolved.date,
    startTime,
    japanTime,
    durationMinutes,
    participants,
    format,
    location,
    warnings,
  };
}
