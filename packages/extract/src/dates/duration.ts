// Durations in MOFA prose: "for approximately two hours and ten minutes", "an hour and 40
// minutes", 約1時間30分, 約90分間, and time ranges ("from 10:00 a.m. to 11:15 a.m.").
import { findEnglishTimes, findJapaneseTimes } from './clock';

const SMALL: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const NUM =
  '(\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
// MOFA's typos and spacing: "75miniutes", "75 mins", "2hours" (no space only after digits).
const GAP = '(?:[\\s-]+|(?<=\\d))';
const MINUTES = '(?:minutes?|miniutes?|minuites?|minuets?|mins?)';
const EN_DURATION = new RegExp(
  `\\bhalf an hour\\b|\\b${NUM}(\\s+and\\s+a\\s+half)?${GAP}hours?\\b(\\s+and\\s+a\\s+half)?(?:,?\\s*(?:and\\s+)?${NUM}${GAP}${MINUTES}\\b)?|\\b${NUM}${GAP}${MINUTES}\\b`,
  'gi',
);
const JA_DURATION =
  /約?\s*(\d+(?:\.\d+)?)\s*時間\s*(?:(\d+)\s*分|(半))?|約\s*(\d+)\s*分|(?<![時\d])(\d+)\s*分(?:間|程度|程|ほど|余り|強|弱)/g;

function wordNumber(word: string | undefined): number {
  if (!word) return 0;
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w);
  const parts = w.split(/[- ]/);
  return parts.reduce((sum, p) => sum + (SMALL[p] ?? 0), 0);
}

/** A duration and where its wording sits in the text. */
export interface DurationHit {
  minutes: number;
  index: number;
  end: number;
}

/** The first duration stated in English text, with where it is written. */
export function firstEnglishDurationHit(text: string): DurationHit | null {
  for (const m of text.matchAll(EN_DURATION)) {
    const at = { index: m.index, end: m.index + m[0].length };
    if (/^half an hour$/i.test(m[0])) return { minutes: 30, ...at };
    let minutes: number;
    if (m[1] !== undefined) {
      const half = m[2] || m[3] ? 30 : 0;
      minutes = wordNumber(m[1]) * 60 + half + wordNumber(m[4]);
    } else {
      minutes = wordNumber(m[5]);
    }
    minutes = Math.round(minutes);
    if (minutes > 0 && minutes <= 10_000) return { minutes, ...at };
  }
  return null;
}

/** The first duration stated in English text, in minutes ("an hour and 40 minutes" gives 100). */
export function firstEnglishDuration(text: string): number | null {
  return firstEnglishDurationHit(text)?.minutes ?? null;
}

/**
 * Minutes between a start and an end time given as a range ("from 10:00 a.m. to 11:15 a.m.",
 * 午後6時30分から7時15分まで), for pages that state no duration.
 */
export function durationFromRange(text: string, lang: 'en' | 'ja'): number | null {
  const times = lang === 'ja' ? findJapaneseTimes(text) : findEnglishTimes(text);
  const [a, b] = times;
  if (!a || !b) return null;
  const between = text.slice(a.index, b.index);
  const joiner =
    lang === 'ja'
      ? /から\s*(?:午前|午後)?\s*$/
      : /(?:\s(?:to|until|till)\s|[-–~〜]\s?)(?:around\s|about\s)?$/;
  if (
    !joiner.test(
      between.replace(/^[^a-zA-Z\u3040-\u30ff]*?(?:[ap]\.?\s?m\.?|時(?:\d+分)?|半)?/, '').slice(-20),
    )
  )
    return null;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  let diff = minutes(b.time) - minutes(a.time);
  // 午後6時30分から7時15分まで: the end inherits the afternoon.
  if (diff < 0 && lang === 'ja' && minutes(b.time) < 12 * 60) diff += 12 * 60;
  return diff > 0 && diff <= 12 * 60 ? diff : null;
}

/** The first duration stated in Japanese text, with where it is written. */
export function firstJapaneseDurationHit(text: string): DurationHit | null {
  for (const m of text.matchAll(JA_DURATION)) {
    let minutes: number;
    if (m[1] !== undefined) minutes = Number(m[1]) * 60 + (m[3] ? 30 : Number(m[2] ?? 0));
    else minutes = Number(m[4] ?? m[5]);
    minutes = Math.round(minutes);
    if (minutes > 0 && minutes <= 10_000) return { minutes, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The first duration stated in Japanese text, in minutes (約90分間, 約1時間30分, 約1時間半). */
export function firstJapaneseDuration(text: string): number | null {
  return firstJapaneseDurationHit(text)?.minutes ?? null;
}
