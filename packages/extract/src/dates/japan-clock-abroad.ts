// A meeting abroad timed only by Japan's clock: "commencing at around 2:55 p.m. (Japan time) …, who
// is visiting Singapore". The start time is local, so it moves back by the place's lag behind Japan.
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

/** The local time in `country` for a Japan time on the same day, or null when unknown or a day away. */
export function localFromJapanTime(japanTime: string, country: string): string | null {
  const offset = FIXED_OFFSET[country];
  if (offset === undefined) return null;
  const minutes = Number(japanTime.slice(0, 2)) * 60 + Number(japanTime.slice(3)) - (JAPAN_OFFSET - offset);
  if (minutes < 0 || minutes >= 24 * 60) return null;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
