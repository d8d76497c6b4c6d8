// The Japan-time statement beside a local time: "11:50 a.m. local time (11:50 p.m. on January 7
// Japan time)", "(On February 12, at 6:35 a.m. JST)", (日本時間同日午後8時).
import type { JapanTime } from '@readouts/schema';
import { cutText } from '../text/cut';
import { findEnglishDates, findJapaneseDates, isoDate } from './calendar';
import { findEnglishTimes, findJapaneseTimes } from './clock';

const JAPAN_TIME_GROUP = /\(([^()]{0,160}?(?:Japan [Tt]ime|JST|Tokyo [Tt]ime|日本時間)[^()]{0,80}?)\)/;

export interface SplitLead {
  /** The lead without its Japan-time statement, for reading local date and time. */
  local: string;
  japan: {
    text: string;
    time: string | null;
    sameDay: boolean;
    nextDay: boolean;
    month: number | null;
    day: number | null;
  } | null;
}

/** Separates the Japan-time statement from the lead. */
export function splitJapanTime(lead: string, lang: 'en' | 'ja'): SplitLead {
  const m = lead.match(JAPAN_TIME_GROUP);
  if (!m) return { local: lead, japan: null };
  const text = m[1]!.trim();
  const times = lang === 'ja' ? findJapaneseTimes(text) : findEnglishTimes(text);
  const dates = lang === 'ja' ? findJapaneseDates(text) : findEnglishDates(text);
  const date = dates[0];
  return {
    local: lead.slice(0, m.index) + lead.slice(m.index! + m[0].length),
    japan: {
      text: cutText(text, 300),
      time: times[0]?.time ?? null,
      sameDay: /same day|同日/i.test(text),
      nextDay: /(?:next|following) day|翌日/i.test(text),
      month: date?.month ?? null,
      day: date?.day ?? null,
    },
  };
}

// Places whose clocks run ahead of Japan's: an earlier Japan time there is still the same day.
const AHEAD_OF_JAPAN = new Set([
  'AU',
  'NZ',
  'FJ',
  'TO',
  'WS',
  'KI',
  'TV',
  'MH',
  'NR',
  'SB',
  'VU',
  'PG',
  'FM',
  'CK',
]);

/**
 * Completes the Japan-time statement with a full date, given the local meeting date, local start
 * time and meeting country (a Japan time without a date is the same day unless the clock wrapped).
 */
export function resolveJapanTime(
  japan: SplitLead['japan'],
  meetingDate: string | null,
  localTime: string | null = null,
  country: string | null = null,
): JapanTime | null {
  if (!japan) return null;
  let date: string | null = null;
  if (meetingDate) {
    const [y = 0, m = 0, d = 0] = meetingDate.split('-').map(Number);
    if (japan.day !== null) {
      const month = japan.month ?? m;
      // Japan is ahead of most meeting places: a smaller month number means the new year.
      const year = month < m ? y + 1 : month > m + 1 ? y - 1 : y;
      date = isoDate(year, month, japan.day);
    } else if (japan.nextDay) {
      date = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    } else if (japan.sameDay) {
      date = meetingDate;
    } else if (japan.time && localTime) {
      const wrapped = japan.time < localTime && !(country && AHEAD_OF_JAPAN.has(country));
      date = wrapped ? new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10) : meetingDate;
    }
  }
  return { date, time: japan.time, text: japan.text };
}
