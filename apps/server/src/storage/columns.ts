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

const joined = (values: Iterable<string>): string => {
  const list = [...values].map((v) => v.replaceAll('|', ' '));
  return list.length ? `|${list.join('|')}|` : '';
};

/** Derives the queryable columns of a readout. */
export function readoutColumns(readout: Readout): ReadoutColumns {
  const countries = new Set<string>();
  for (const p of readout.participants) if (p.country) countries.add(p.country);
  if (readout.location?.country) countries.add(readout.location.country);
  const searchText = [
    readout.title,
    readout.section ?? '',
    ...readout.participants.flatMap((p) => [p.name, p.title ?? '']),
    readout.location ? [readout.location.city, readout.location.venue].join(' ') : '',
    ...readout.topics,
    ...readout.points.map((p) => p.text),
    ...readout.user.tags,
    readout.user.note,
  ].join('\n');
  return {
    title: readout.title,
    lang: readout.lang,
    format: readout.format,
    date: readout.date,
    capturedAt: readout.capture.capturedAt,
    countries: joined(countries),
    participants: joined(readout.participants.map((p) => `${p.name} ${p.title ?? ''}`.toLowerCase())),
    topics: joined(readout.topics.map((t) => t.toLowerCase())),
    tags: joined(readout.user.tags),
    starred: readout.user.starred,
    searchTokens: indexTokens(searchText),
  };
}
