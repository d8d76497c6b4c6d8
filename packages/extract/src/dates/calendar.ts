// Dates as MOFA writes them: "September 27, 2012", "On Thursday, September 27", 令和元年12月24日, 本29日.

export interface DayOfYear {
  year: number | null;
  month: number | null;
  day: number;
  /** 0 = Sunday … 6 = Saturday, when the text names the weekday. */
  weekday: number | null;
  index: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)(?:day)?\\.?';
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911 };
const JA_WEEKDAYS = '日月火水木金土';

const EN_DATE = new RegExp(
  `(?:\\b${WEEKDAY},?\\s+)?(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+((?:19|20)\\d{2}))?(?:\\s*\\(${WEEKDAY}\\))?`,
  'g',
);
const JA_DATE =
  /(?:(令和|平成|昭和|大正)\s*(元|\d{1,2})\s*年|((?:19|20)\d{2})\s*年)?\s*(?:(\d{1,2})\s*月)?\s*(?:本|同)?\s*(\d{1,2})\s*日(?!本|間|時|程|付)(?:\s*\(([日月火水木金土])(?:曜日?)?\))?/g;

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function weekdayNumber(name: string | undefined): number | null {
  if (!name) return null;
  const i = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 ? i : null;
}

function valid(month: number | null, day: number): boolean {
  return day >= 1 && day <= 31 && (month === null || (month >= 1 && month <= 12));
}

/** Every English date ("September 27, 2012", "On Thursday, September 27", "17 August") in the text. */
export function findEnglishDates(text: string): DayOfYear[] {
  const out: DayOfYear[] = [];
  for (const m of text.matchAll(EN_DATE)) {
    const month = monthNumber(m[2] ?? m[5] ?? '');
    const day = Number(m[3] ?? m[4]);
    if (!valid(month, day) || month === 0) continue;
    out.push({
      year: m[6] ? Number(m[6]) : null,
      month,
      day,
      weekday: weekdayNumber(m[1] ?? m[7]),
      index: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Every Japanese date (令和元年12月24日, 8月17日, 本29日, 24日(火)) in the text. */
export function findJapaneseDates(text: string): DayOfYear[] {
  const out: DayOfYear[] = [];
  for (const m of text.matchAll(JA_DATE)) {
    let year: number | null = null;
    if (m[1]) year = (ERA_START[m[1]] ?? 0) + (m[2] === '元' ? 1 : Number(m[2]));
    else if (m[3]) year = Number(m[3]);
    const month = m[4] ? Number(m[4]) : null;
    const day = Number(m[5]);
    if (!valid(month, day)) continue;
    const weekday = m[6] ? JA_WEEKDAYS.indexOf(m[6]) : null;
    out.push({ year, month, day, weekday, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

// A numeric date line, as reposts of MOFA pages print it: "2025-02-03", "date 2025-02-03", "2025/2/3",
// "date 2018-12-12 news" (a site's category word after it).
const NUMERIC_DATELINE =
  /^(?:(?:date|posted|published|updated)\s*[:：]?\s*)?((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?:\s+[a-z]{2,12})?$/i;

// The office that issued the text, after the date on the same line: "平成29年7月7日 首相官邸".
const ISSUER =
  /\s+(?:首相官邸|外務省|内閣官房|内閣広報室|Prime Minister['’]s Office(?: of Japan)?|Ministry of Foreign Affairs(?: of Japan)?)$/;

/** A dateline: text that is nothing but one complete date (and perhaps its issuer), as an ISO date. */
export function parseDateline(text: string): string | null {
  const t = text
    .replace(/^[(（]|[)）]$/g, '')
    .trim()
    .replace(ISSUER, '');
  if (t.length > 40) return null;
  const numeric = t.match(NUMERIC_DATELINE);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  const dates = [...findEnglishDates(t), ...findJapaneseDates(t)];
  const d = dates.find((x) => x.year !== null && x.month !== null && x.index <= 2 && t.length - x.end <= 2);
  return d ? isoDate(d.year!, d.month!, d.day) : null;
}

const EN_MONTH_YEAR = new RegExp(`^${MONTH}\\s+((?:19|20)\\d{2})$`);
const JA_MONTH_YEAR = /^(?:(令和|平成|昭和|大正)\s*(元|\d{1,2})|((?:19|20)\d{2}))\s*年\s*(\d{1,2})\s*月$/;

/**
 * A month-only dateline, as MOFA's older summaries print it ("May 2004", "January 2003",
 * 平成16年5月): the last day of that month, which bounds the meeting's date from above.
 */
export function parseMonthDateline(text: string): string | null {
  const t = text
    .replace(/^[(（]|[)）]$/g, '')
    .trim()
    .replace(ISSUER, '');
  if (t.length > 24) return null;
  let year: number | null = null;
  let month = 0;
  const en = t.match(EN_MONTH_YEAR);
  if (en) {
    year = Number(en[2]);
    month = monthNumber(en[1]!);
  }
  const ja = t.match(JA_MONTH_YEAR);
  if (ja) {
    year = ja[1] ? (ERA_START[ja[1]] ?? 0) + (ja[2] === '元' ? 1 : Number(ja[2])) : Number(ja[3]);
    month = Number(ja[4]);
  }
  if (year === null || month < 1 || month > 12) return null;
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Formats a date as YYYY-MM-DD, or null when it does not exist (February 30). */
export function isoDate(year: number, month: number, day: number): string | null {
  const dt = new Date(Date.UTC(year, month - 1, day));
  if (dt.getUTCFullYear() !== year || dt.getUTCMonth() !== month - 1 || dt.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The weekday (0 = Sunday) of a date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
