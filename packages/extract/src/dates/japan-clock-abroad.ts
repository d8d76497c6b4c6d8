// A meeting abroad timed only by Japan's clock: "commencing at around 2:55 p.m. (Japan time) …, who
// is visiting Singapore". The start time is local, so it moves back by the place's lag behind Japan
// (in places with daylight saving time, the lag on the meeting's date).
import { timeZoneOf } from '../data/time-zones';
import { type ClockHit, findEnglishTimes, findJapaneseTimes } from './clock';

// UTC offsets in minutes of places with one time zone and no daylight saving time, where a Japan
// time converts to a local time without knowing the season.
const FIXED_OFFSET: Record<string, number> = {
  KR: 540,
  KP: 540,
  CN: 480,
  HK: 480,
  MO: 480,
  TW: 480,
  SG: 480,
  MY: 480,
  BN: 480,
  PH: 480,
  TH: 420,
  VN: 420,
  KH: 420,
  LA: 420,
  MM: 390,
  BD: 360,
  BT: 360,
  KG: 360,
  NP: 345,
  IN: 330,
  LK: 330,
  PK: 300,
  UZ: 300,
  TJ: 300,
  TM: 300,
  MV: 300,
  AE: 240,
  OM: 240,
  AZ: 240,
  AM: 240,
  GE: 240,
  QA: 180,
  SA: 180,
  KW: 180,
  BH: 180,
  IQ: 180,
  TR: 180,
  KE: 180,
  ET: 180,
  TZ: 180,
  UG: 180,
  ZA: 120,
  RW: 120,
  MZ: 120,
  NG: 60,
  GH: 0,
  SN: 0,
  CI: 0,
  FJ: 720,
  PG: 600,
};
const JAPAN_OFFSET = 540;
const JAPAN_LABEL = /^[^()（）]{0,14}?[(（]\s*(?:Japan [Tt]ime|JST|Tokyo [Tt]ime|日本時間)\s*[)）]/;

/** The first clock time of a lead when it is labelled as Japan's own clock, "2:55 p.m. (Japan time)". */
export function japanLabelledTime(lead: string, lang: 'en' | 'ja'): ClockHit | null {
  const first = (lang === 'ja' ? findJapaneseTimes(lead) : findEnglishTimes(lead))[0];
  if (!first || !JAPAN_LABEL.test(lead.slice(first.index, first.index + 40))) return null;
  return first;
}

/** The meeting's date and city, for places whose offset changes with daylight saving time. */
export interface PlaceDay {
  date: string | null;
  city: string | null;
}

// The local clock, in a zone with daylight saving time, at the instant a Japan time names on `date`;
// null when the local date is another day.
function zonedLocal(japanTime: string, date: string, zone: string): string | null {
  const [y, m, d] = date.split('-').map(Number);
  const instant =
    Date.UTC(y!, m! - 1, d!, Number(japanTime.slice(0, 2)), Number(japanTime.slice(3))) -
    JAPAN_OFFSET * 60_000;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(instant));
  } catch {
    return null; // a runtime without that zone's data
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  if (`${part('year')}-${part('month')}-${part('day')}` !== date) return null;
  return `${part('hour')}:${part('minute')}`;
}

/**
 * The local time in `country` for a Japan time on the same day, or null when unknown or a day away.
 * Places with daylight saving time need the meeting's date (and, in countries with several zones,
 * its city).
 */
export function localFromJapanTime(japanTime: string, country: string, on?: PlaceDay): string | null {
  const offset = FIXED_OFFSET[country];
  if (offset === undefined) {
    const zone = on?.date ? timeZoneOf(country, on.city) : null;
    return zone && on?.date ? zonedLocal(japanTime, on.date, zone) : null;
  }
  const minutes = Number(japanTime.slice(0, 2)) * 60 + Number(japanTime.slice(3)) - (JAPAN_OFFSET - offset);
  if (minutes < 0 || minutes >= 24 * 60) return null;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
