// Clock times in MOFA prose: "from just after 5:00 p.m.", "commencing at 1 p.m.", 午後6時20分頃, 正午.

export interface ClockHit {
  time: string;
  index: number;
  /** Where the time's wording ends ("3:00 p.m.", "from 3 to 4 p.m." for a shared a.m./p.m.). */
  end: number;
}

const EN_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\.?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b(noon|midday)\b/gi;
const EN_24H =
  /\b(?:from|at|around|after|commencing|starting|until|to)\s+(?:around\s+|about\s+)?([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*[ap]\.?\s?m)/gi;
// "from 3:00 to 3:45 p.m.", "from 3 to 4 p.m.": the start shares the end's a.m./p.m.
const EN_SHARED =
  /\b(?:from|between)\s+(?:around\s+|about\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(?:to|until|and|-|–)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?)/gi;
const JA_TIME = /(午前|午後)?\s*(\d{1,2})\s*時(?!間)\s*(?:(\d{1,2})\s*分|(半))?|正午|(\d{1,2}):(\d{2})/g;

function hhmm(hour: number, minute: number): string | null {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Every clock time in English text, as 24-hour HH:MM, in order. */
export function findEnglishTimes(text: string): ClockHit[] {
  const out: ClockHit[] = [];
  for (const m of text.matchAll(EN_TIME)) {
    if (m[4]) {
      out.push({ time: '12:00', index: m.index, end: m.index + m[0].length });
      continue;
    }
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const pm = /^p/i.test(m[3] ?? '');
    // "0:20 p.m." is MOFA's way of writing 12:20 (as 午後0時 is); "0 a.m." is no time.
    if (hour === 0 && pm) hour = 12;
    if (hour < 1 || hour > 12) continue;
    if (pm && hour !== 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
    const time = hhmm(hour, minute);
    if (time) out.push({ time, index: m.index, end: m.index + m[0].length });
  }
  const shared: number[] = [];
  for (const m of text.matchAll(EN_SHARED)) {
    const start = Number(m[1]);
    const end = Number(m[3]);
    if (start < 1 || start > 12 || end < 1 || end > 12) continue;
    const pm = /^p/i.test(m[5]!);
    // "from 11 to 1 p.m.": a start later on the dial than the end is still in the morning.
    const startPm = pm && (start === 12 || start <= end);
    const hour = startPm ? (start === 12 ? 12 : start + 12) : start === 12 ? 0 : start;
    const time = hhmm(hour, m[2] ? Number(m[2]) : 0);
    const index = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/));
    if (time) {
      out.push({ time, index, end: m.index + m[0].length });
      shared.push(index);
    }
  }
  for (const m of text.matchAll(EN_24H)) {
    const time = hhmm(Number(m[1]), Number(m[2]));
    // The hit starts at the digits, as a.m./p.m. hits do, not at "from"/"to" before them.
    const index = m.index + m[0].length - m[1]!.length - m[2]!.length - 1;
    if (time && !shared.includes(index)) out.push({ time, index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Every clock time in Japanese text (午前9時, 13時00分, 午後0時頃, 正午), in order. */
export function findJapaneseTimes(text: string): ClockHit[] {
  const out: ClockHit[] = [];
  for (const m of text.matchAll(JA_TIME)) {
    if (m[0] === '正午') {
      out.push({ time: '12:00', index: m.index, end: m.index + m[0].length });
      continue;
    }
    let hour = Number(m[2] ?? m[5]);
    const minute = m[4] ? 30 : Number(m[3] ?? m[6] ?? 0);
    if (m[1] === '午後' && hour < 12) hour += 12;
    const time = hhmm(hour, minute);
    if (time) out.push({ time, index: m.index, end: m.index + m[0].length });
  }
  return out;
}
