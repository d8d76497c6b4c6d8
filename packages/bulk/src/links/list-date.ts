// The date a list page shows for an entry ("8月19日付", "August 19, 2026", "令和8年8月19日"), as an
// ISO date. List headings often leave out the year; it then comes from the page (an archive URL
// such as 8_07_index.html is Reiwa 8, July) or from today (the latest such day not after today).

/** Japanese eras: the Gregorian year of each era's first year (元年). */
const ERAS: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A date as read: the year may be missing. */
export interface ListDay {
  year: number | null;
  month: number;
  day: number;
}

const monthOf = (name: string): number =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const eraYear = (era: string, n: string): number => (ERAS[era] ?? 0) + (n === '元' ? 1 : Number(n)) - 1;

interface DateRule {
  name: string;
  pattern: RegExp;
  read(m: Record<string, string>): ListDay;
}

const num = (s: string | undefined): number => Number(s ?? 0);

/** Date rules, first match wins: full dates before dates without a year. */
const DATE_RULES: readonly DateRule[] = [
  {
    name: 'iso',
    pattern: /(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})/,
    read: (g) => ({ year: num(g.y), month: num(g.m), day: num(g.d) }),
  },
  {
    name: 'era',
    pattern: /(?<era>令和|平成|昭和)(?<n>元|\d{1,2})年(?<m>\d{1,2})月(?<d>\d{1,2})日/,
    read: (g) => ({ year: eraYear(g.era ?? '', g.n ?? ''), month: num(g.m), day: num(g.d) }),
  },
  {
    name: 'ja-full',
    pattern: /(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日/,
    read: (g) => ({ year: num(g.y), month: num(g.m), day: num(g.d) }),
  },
  {
    name: 'ja-month-day',
    pattern: /(?<m>\d{1,2})月(?<d>\d{1,2})日/,
    read: (g) => ({ year: null, month: num(g.m), day: num(g.d) }),
  },
  {
    name: 'en-month-day-year',
    pattern:
      /\b(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*(?<y>\d{4}))?/i,
    read: (g) => ({ year: g.y ? num(g.y) : null, month: monthOf(g.mon ?? ''), day: num(g.d) }),
  },
  {
    name: 'en-day-month-year',
    pattern:
      /\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(?<y>\d{4}))?/i,
    read: (g) => ({ year: g.y ? num(g.y) : null, month: monthOf(g.mon ?? ''), day: num(g.d) }),
  },
];

/** Reads the first date in a text (a `dt` heading, a list item), or null. */
export function readListDay(text: string): ListDay | null {
  const normal = text.normalize('NFKC');
  for (const rule of DATE_RULES) {
    const match = rule.pattern.exec(normal);
    if (match?.groups) {
      const day = rule.read(match.groups);
      if (day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31) return day;
    }
  }
  return null;
}

/** The year and month an archive URL stands for: `/mofaj/press/release/8_07_index.html` is 2026-07. */
export function archiveMonthOfUrl(url: string): { year: number; month: number } | null {
  const m = /\/(?<era>\d{1,2})_(?<month>\d{1,2})_index\.html?$/.exec(url);
  if (!m?.groups) return null;
  const month = Number(m.groups.month);
  if (month < 1 || month > 12) return null;
  return { year: ERAS.令和! + Number(m.groups.era) - 1, month };
}

/** Reads a year written as 令和8年, 2026年 or 2026. */
export function readYear(text: string): number | null {
  const normal = text.normalize('NFKC');
  const era = /(?<era>令和|平成|昭和)(?<n>元|\d{1,2})年/.exec(normal);
  if (era?.groups) return eraYear(era.groups.era ?? '', era.groups.n ?? '');
  const plain = /\b(?<y>(19|20)\d{2})\b/.exec(normal);
  return plain?.groups ? Number(plain.groups.y) : null;
}

const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * The ISO date of a list day: its own year, else the page's year, else the latest year that puts
 * it on or before `today` (ISO); null when no year can be told or the day is not in the calendar.
 */
export function isoListDay(day: ListDay, pageYear: number | null, today: string | null): string | null {
  if (day.year !== null) return iso(day.year, day.month, day.day);
  if (pageYear !== null) return iso(pageYear, day.month, day.day);
  if (!today) return null;
  const year = Number(today.slice(0, 4));
  const thisYear = iso(year, day.month, day.day);
  return thisYear && thisYear <= today ? thisYear : iso(year - 1, day.month, day.day);
}
