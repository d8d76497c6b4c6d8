// A place the points imply when the lead names none: the Japanese side welcoming the visitor's
// visit to Japan (文在寅大統領の訪日を改めて歓迎, "welcomed … visit to Japan") or greeting them in a
// Japanese city (再び広島にお迎え) means the meeting was in Japan.
import type { Location } from '@readouts/schema';
import { findCities } from './data/country-lookup';
import { cutText } from './text/cut';

const JA_WELCOME =
  /(?:訪日|来日)を(?:改めて|心から|心より)?歓迎|([\u4e00-\u9fff\u30a0-\u30ff]{1,8})(?:に|へ)(?:お迎え|迎え)/;
const EN_WELCOME =
  /\bwelcom\w*\s+(?:(?:the|his|her|their|Minister|President|Prime|Secretary|Mr\.|Ms\.|[A-Z][\p{L}'’.-]*)\s+){0,6}visit to Japan\b|\bwelcome\s+(?:him|her|them)\s+(?:back\s+)?to\s+([A-Z][\p{L}-]+)/u;
// A visit still to come is no evidence of where this meeting was.
const FUTURE = /来月|来年|来春|来秋|今後|予定|次回|upcoming|planned|next|future|forthcoming/i;
const WINDOW = 2000;

/** The words of the first points that welcome the visitor to Japan (the place's evidence), if any. */
export function welcomeWords(points: Array<{ text: string }>, lang: 'en' | 'ja'): string | null {
  return firstPoints(points).match(lang === 'ja' ? JA_WELCOME : EN_WELCOME)?.[0] ?? null;
}

function firstPoints(points: Array<{ text: string }>): string {
  return cutText(
    points
      .slice(0, 2)
      .map((p) => p.text)
      .join('\n'),
    WINDOW,
  );
}

/** Japan (and a Japanese city, if named) when the first points welcome the visitor to Japan. */
export function locationFromPoints(points: Array<{ text: string }>, lang: 'en' | 'ja'): Location | null {
  const text = firstPoints(points);
  const m = text.match(lang === 'ja' ? JA_WELCOME : EN_WELCOME);
  if (!m) return null;
  if (FUTURE.test(text.slice(Math.max(0, m.index! - 20), m.index! + m[0].length))) return null;
  const place = m[1] ? findCities(m[1]).find((c) => c.country === 'JP') : undefined;
  if (m[1] && !place && lang === 'ja') return null;
  return { city: place?.name ?? null, country: 'JP', venue: null };
}
