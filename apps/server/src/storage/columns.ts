// The queryable columns materialised from a readout, identical for both backends.
import type { Readout } from '@readouts/schema';
import { indexTokens } from '../search/tokens';

/** Column values kept beside each record's JSON so listings can filter without parsing it. */
export interface ReadoutColumns {
  title: string;
  lang: string;
  format: string;
  date: string | null;
  capturedAt: string;
  /** `|JP|US|`: participant and location countries. */
  countries: string;
  /** `|name|name|` lower-cased participant names and titles. */
  participants: string;
  /** `|topic|` lower-cased. */
  topics: string;
  /** `|tag|` as the user wrote them. */
  tags: string;
  starred: boolean;
  searchTokens: string[];
}

/** `|a|b|` of the values with any `|` in them made a space; '' for none. */
const joined = (values: Iterable<string>): string => {
  let out = '';
  for (const v of values) out += `${v.includes('|') ? v.replaceAll('|', ' ') : v}|`;
  return out ? `|${out}` : '';
};

/** Derives the queryable columns of a readout. */
export function readoutColumns(readout: Readout): ReadoutColumns {
  const countries = new Set<string>();
  const participants: string[] = [];
  // The text searched: one line per field (Array#join, so a missing value is an empty line).
  const lines: unknown[] = [readout.title, readout.section ?? ''];
  for (const p of readout.participants) {
    if (p.country) countries.add(p.country);
    // Either script of a name finds the person: 河野太郎 and "Taro Kono" on a Japanese page.
    participants.push(`${p.name} ${p.nameLatin ? `${p.nameLatin} ` : ''}${p.title ?? ''}`.toLowerCase());
    lines.push(p.name, p.title ?? '');
    if (p.nameLatin) lines.push(p.nameLatin);
  }
  if (readout.location?.country) countries.add(readout.location.country);
  lines.push(readout.location ? [readout.location.city, readout.location.venue].join(' ') : '');
  for (const topic of readout.topics) lines.push(topic);
  for (const point of readout.points) lines.push(point.text);
  for (const tag of readout.user.tags) lines.push(tag);
  lines.push(readout.user.note);
  return {
    title: readout.title,
    lang: readout.lang,
    format: readout.format,
    date: readout.date,
    capturedAt: readout.capture.capturedAt,
    countries: joined(countries),
    participants: joined(participants),
    topics: joined(readout.topics.map((t) => t.toLowerCase())),
    tags: joined(readout.user.tags),
    starred: readout.user.starred,
    searchTokens: indexTokens(lines.join('\n')),
  };
}

/**
 * The SQLite column values a record write stores, in `records` column order (title … starred);
 * a tombstone (no readout) has the defaults.
 */
export function sqliteColumnValues(cols: ReadoutColumns | null): Array<string | number | null> {
  return [
    cols?.title ?? '',
    cols?.lang ?? null,
    cols?.format ?? null,
    cols?.date ?? '',
    cols?.capturedAt ?? '',
    cols?.countries ?? '',
    cols?.participants ?? '',
    cols?.topics ?? '',
    cols?.tags ?? '',
    cols?.starred ? 1 : 0,
  ];
}
