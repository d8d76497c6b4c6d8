// Works out the meeting's full date when the prose omits the year: from the dateline, the URL,
// the weekday, or the term of the Japanese minister who took part.
import type { Notice } from '@readouts/schema';
import { officeholders, romajiKey } from '../data/japan-officials';
import { type NoticeCodeOf, notice } from '../notices';
import { type DayOfYear, isoDate, weekdayOf } from './calendar';

export interface DateContext {
  published: string | null;
  /** The last day of a month-only dateline ("May 2004"): it dates the year, never the day. */
  monthEnd?: string | null;
  url: string;
  /** Japanese participants (name, title) whose term of office can date the meeting. */
  japanSide: Array<{ name: string; title: string | null }>;
  /** The capture date (YYYY-MM-DD): a meeting cannot be later than the page that reports it. */
  notAfter?: string;
}

export interface ResolvedDate {
  date: string | null;
  warnings: Notice[];
  /** Why the date is not wholly the text's own (a year from the dateline, the URL, a term); null when it is. */
  inferred?: NoticeCodeOf | null;
}

const DAY_MS = 86_400_000;

function parts(iso: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = iso.split('-').map(Number);
  return [y, m, d];
}

function weekdayFits(year: number, d: DayOfYear, month: number): boolean {
  return d.weekday === null || weekdayOf(year, month, d.day) === d.weekday;
}

function yearFromPublication(published: string, month: number, day: number): number {
  const [py, pm, pd] = parts(published);
  // A readout follows its meeting: a date later than the dateline belongs to the year before.
  const sameYear = Date.UTC(py, month - 1, day);
  return sameYear - Date.UTC(py, pm - 1, pd) > 2 * DAY_MS ? py - 1 : py;
}

function yearsFromUrl(url: string, month: number): number[] {
  const years: number[] = [];
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const explicit = path.match(/\/((?:19|20)\d{2})\//);
  if (explicit) years.push(Number(explicit[1]));
  // Old MOFA paths encode year and month as yymm ("meeting1209_fm.html").
  for (const m of path.matchAll(/(?<!\d)(\d{2})(\d{2})(?=[_.]|$)/g)) {
    if (Number(m[2]) === month) years.push(2000 + Number(m[1]));
  }
  return years;
}

/**
 * The publication date a URL path spells out, for pages without a dateline: "/2018/12/13/17304"
 * (a dated repost), "/announce/announce/2007/2/0213-2.html" (MOFA's old archive: year, month, then
 * month and day).
 */
export function publicationDateFromUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const full = path.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const archive = path.match(/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{2})(\d{2})(?=[-_.])/);
  if (archive && Number(archive[2]) === Number(archive[3]))
    return isoDate(Number(archive[1]), Number(archive[3]), Number(archive[4]));
  // Old Japanese press releases file by Heisei year and month (/press/release/h19/8/, /release/21/5/),
  // old summit pages by year and month (/kaidan/s_noda/1204_germany): the month's last day bounds it.
  const heisei = path.match(/\/mofaj\/press\/release\/h?([1-3]?\d)\/(\d{1,2})\//);
  if (heisei && Number(heisei[1]) >= 1 && Number(heisei[1]) <= 31)
    return monthEnd(1988 + Number(heisei[1]), Number(heisei[2]));
  const kaidan = path.match(/\/mofaj\/kaidan\/[^/]+\/(\d{2})(0[1-9]|1[0-2])_[a-z]/);
  if (kaidan) return monthEnd(2000 + Number(kaidan[1]), Number(kaidan[2]));
  return null;
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function officeOf(title: string | null): 'prime-minister' | 'foreign-minister' | null {
  if (!title) return null;
  if (/Prime Minister|総理/.test(title) && !/Deputy|Assistant|補佐官|副/.test(title)) return 'prime-minister';
  if (/(?:Minister for|Minister of) Foreign Affairs|Foreign Minister|外務大臣|外相/.test(title)) {
    if (/State Minister|Vice|Parliamentary|副大臣|政務官/.test(title)) return null;
    return 'foreign-minister';
  }
  return null;
}

function yearsFromTenure(ctx: DateContext, month: number, day: number): number[] {
  const years = new Set<number>();
  for (const person of ctx.japanSide) {
    const office = officeOf(person.title);
    const words = person.name.split(/\s+/).map(romajiKey);
    for (const holder of officeholders()) {
      if (office && holder.office !== office) continue;
      // "Taro Kono" is not Kono Yohei: a stated given name has to agree too.
      const family = words.includes(romajiKey(holder.family));
      const given = words.length < 2 || words.includes(romajiKey(holder.given));
      const kanji = person.name.replace(/\s+/g, '');
      const named = (family && given) || (kanji.length >= 2 && holder.kanji.startsWith(kanji));
      if (!named) continue;
      const from = Number(holder.from.slice(0, 4));
      // An open-ended term (the incumbent) is searched a dozen years ahead, not to the year 9999.
      const to = Math.min(Number(holder.to.slice(0, 4)), from + 12);
      for (let y = from; y <= to; y++) {
        const iso = isoDate(y, month, day);
        if (iso && iso >= holder.from && iso <= holder.to && (!ctx.notAfter || iso <= ctx.notAfter))
          years.add(y);
      }
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** Resolves a meeting date found in the prose to an ISO date, with warnings about guesses. */
export function resolveMeetingDate(found: DayOfYear | null, ctx: DateContext): ResolvedDate {
  const warnings: Notice[] = [];
  if (!found) return { date: ctx.published, warnings: ctx.published ? [notice('date.from-dateline')] : [] };
  let month = found.month;
  let inferred: NoticeCodeOf | null = null;
  if (month === null) {
    if (!ctx.published) return { date: null, warnings: [notice('date.no-month')] };
    inferred = 'date.month-from-dateline';
    const [, pm, pd] = parts(ctx.published);
    // "24日" alone: the dateline's month, or the month before when that day has not come yet.
    month = found.day > pd + 2 ? (pm === 1 ? 12 : pm - 1) : pm;
  }
  const finish = (year: number, note?: NoticeCodeOf): ResolvedDate => {
    if (!weekdayFits(year, found, month!))
      warnings.push(
        notice('date.weekday-mismatch', {
          date: isoDate(year, month!, found.day) ?? `${year}-${month}-${found.day}`,
        }),
      );
    if (note) warnings.push(notice(note));
    return { date: isoDate(year, month!, found.day), warnings, inferred: note ?? inferred };
  };
  if (found.year !== null) return finish(found.year);
  if (ctx.published) {
    inferred ??= 'date.year-from-dateline';
    return finish(yearFromPublication(ctx.published, month, found.day));
  }
  if (ctx.monthEnd)
    return finish(yearFromPublication(ctx.monthEnd, month, found.day), 'date.year-from-month-dateline');
  const fromUrl = yearsFromUrl(ctx.url, month).filter((y) => weekdayFits(y, found, month!));
  if (fromUrl.length > 0) return finish(fromUrl[0]!, 'date.year-from-url');
  const fromTenure = yearsFromTenure(ctx, month, found.day).filter((y) => weekdayFits(y, found, month!));
  if (fromTenure.length > 0) {
    // Several years fit the term: the middle one is the least wrong on average.
    const year = fromTenure[Math.floor((fromTenure.length - 1) / 2)]!;
    return finish(year, 'date.year-from-term');
  }
  return { date: null, warnings: [notice('date.no-year')] };
}
