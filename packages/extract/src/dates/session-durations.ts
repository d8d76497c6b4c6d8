// A lead that times each session in its own brackets: "held a working lunch (approximately 1 hour
// and 5 minutes) and a Foreign Ministers' Meeting (approximately 1 hour)", 会談(約45分)及び夕食会(約1時間).
// The meeting lasted as long as its sessions together.
import { firstEnglishDuration, firstJapaneseDuration } from './duration';

const BRACKETED = /[(（]([^()（）]{1,60})[)）]/g;
const HEDGE =
  /^\s*(?:for\s+)?(?:approximately|approx\.|about|around|some|roughly|nearly|almost|just over|over)?\s*/i;
// A bracket that is only a length of time, not a clock time or a note.
const ONLY_DURATION_EN = /^[\s\da-z.,-]*(?:hours?|minutes?|mins?)\s*$/i;
const ONLY_DURATION_JA = /^\s*約?\s*[\d.]+\s*(?:時間(?:\s*\d+\s*分|半)?|分)間?(?:程度|ほど)?\s*$/;

/**
 * The sum of the session lengths when a lead times two or more sessions each in brackets and
 * states no other length; null otherwise.
 */
export function summedSessionDurations(text: string, lang: 'en' | 'ja'): number | null {
  const sessions: number[] = [];
  let outside = text;
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1]!;
    const bare = inner.replace(HEDGE, '');
    const only =
      lang === 'ja' ? ONLY_DURATION_JA.test(inner) : ONLY_DURATION_EN.test(bare) && !/[ap]\.m\./i.test(bare);
    if (!only) continue;
    const minutes = lang === 'ja' ? firstJapaneseDuration(inner) : firstEnglishDuration(bare);
    if (minutes === null) continue;
    sessions.push(minutes);
    outside = outside.replace(m[0], ' ');
  }
  if (sessions.length < 2) return null;
  const other = lang === 'ja' ? firstJapaneseDuration(outside) : firstEnglishDuration(outside);
  if (other !== null) return null;
  return sessions.reduce((a, b) => a + b, 0);
}
