// Meetings as analyses count them: a readout and its version in the other language are one
// meeting, and each meeting has Japan's lead office, its counterpart countries and a format class.
import type { MeetingFormat, Readout } from '@readouts/schema';
import { participantMention } from './mention';
import { counterpartCountries, type JapanOffice, japanPrincipals, officeRank } from './offices';
import { resolveMention } from './resolve';

/** Formats grouped for "at this level" comparisons: a call is not a visit. */
export type FormatClass = 'in-person' | 'remote' | 'other';

const FORMAT_CLASS: Record<MeetingFormat, FormatClass> = {
  meeting: 'in-person',
  summit: 'in-person',
  'courtesy-call': 'in-person',
  meal: 'in-person',
  telephone: 'remote',
  video: 'remote',
  other: 'other',
};

/** The class of a meeting format: in-person (meeting, summit, courtesy call, meal), remote (telephone, video) or other. */
export const formatClass = (format: MeetingFormat): FormatClass => FORMAT_CLASS[format];

/**
 * The highest office among Japan's principals of a readout (the Prime Minister over the Foreign
 * Minister), from each one's title, or the table of officials by date; null without a Japanese side.
 */
export function japanOffice(readout: Readout): JapanOffice | null {
  let best: JapanOffice | null = null;
  for (const p of japanPrincipals(readout)) {
    const office = resolveMention(participantMention(readout, readout.participants.indexOf(p))).office;
    if (office && (best === null || officeRank(office) < officeRank(best))) best = office;
  }
  return best;
}

/** One meeting: the readouts that report it (one per language), and what analyses compare. */
export interface Meeting {
  /** The id of the meeting's primary readout (English first, then the smaller id). */
  id: string;
  readoutIds: string[];
  langs: Readout['lang'][];
  date: string | null;
  format: MeetingFormat;
  japanOffice: JapanOffice | null;
  countries: string[];
  primary: Readout;
}

const sameMeetingKey = (r: Readout, office: JapanOffice | null) =>
  [r.date ?? r.publishedDate, r.format, office, counterpartCountries(r).sort().join(',')].join('|');

/**
 * Groups readouts into meetings. Two readouts are one meeting when one links to the other as its
 * language counterpart, or when they are in different languages and share date, format, Japan's
 * office and counterpart countries. Undated readouts are each a meeting of their own.
 */
export function groupMeetings(readouts: readonly Readout[]): Meeting[] {
  const byUrl = new Map(readouts.map((r) => [r.canonicalUrl, r]));
  const parent = new Map<string, string>(readouts.map((r) => [r.id, r.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string) => {
    // The smaller id becomes the root, so the grouping does not depend on the readouts' order.
    const [low, high] = [find(a), find(b)].sort() as [string, string];
    if (low !== high) parent.set(high, low);
  };
  const offices = new Map(readouts.map((r) => [r.id, japanOffice(r)]));
  const byKey = new Map<string, Readout[]>();
  for (const r of readouts) {
    const other = r.links.languageCounterpart ? byUrl.get(r.links.languageCounterpart) : undefined;
    if (other && other.lang !== r.lang) union(r.id, other.id);
    if (!(r.date ?? r.publishedDate)) continue;
    const key = sameMeetingKey(r, offices.get(r.id)!);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  for (const group of byKey.values()) {
    const en = group.filter((r) => r.lang === 'en');
    const ja = group.filter((r) => r.lang === 'ja');
    // Only an unambiguous pair is joined: two English pages of one day are two meetings.
    if (en.length === 1 && ja.length === 1) union(en[0]!.id, ja[0]!.id);
  }
  const groups = new Map<string, Readout[]>();
  for (const r of readouts) groups.set(find(r.id), [...(groups.get(find(r.id)) ?? []), r]);
  return [...groups.values()].map((rs) => {
    const sorted = [...rs].sort((a, b) =>
      a.lang !== b.lang ? (a.lang === 'en' ? -1 : 1) : a.id < b.id ? -1 : 1,
    );
    const primary = sorted[0]!;
    return {
      id: primary.id,
      readoutIds: sorted.map((r) => r.id),
      langs: [...new Set(sorted.map((r) => r.lang))],
      date: sorted.map((r) => r.date ?? r.publishedDate).find((d) => d !== null) ?? null,
      format: primary.format,
      japanOffice: offices.get(primary.id) ?? null,
      countries: [...new Set(sorted.flatMap(counterpartCountries))],
      primary,
    };
  });
}
