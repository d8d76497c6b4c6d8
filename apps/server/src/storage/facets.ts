// The facets of a readout that listings filter by and stats count: its countries, counterpart
// countries, tags, participants, topics, year and format. Both backends keep them in indexed side
// tables (one row per record and value) and per-user counts, maintained in the push transaction.
import type { Readout } from '@readouts/schema';
import { tagKey } from '@readouts/schema';

/** One record's facet values, each list without repeats. */
export interface Facets {
  /** Participant and location countries. */
  countries: string[];
  /** Countries of the counterparts: who Japan met. */
  counterparts: string[];
  /** Tag keys (`tagKey`: case- and width-insensitive). */
  tags: string[];
  /** Per participant, `name nameLatin title` lower-cased: the text a participant filter looks inside. */
  participants: string[];
  /** Topics lower-cased, looked inside by a topic filter. */
  topics: string[];
  year: string | null;
  format: string;
}

/** The side tables, each a value per record: `kind` names the table's value set. */
export const SIDE_KINDS = ['countries', 'counterparts', 'tags', 'participants', 'topics'] as const;
export type SideKind = (typeof SIDE_KINDS)[number];

/** Kinds whose filter matches the value exactly (an index seek); the others match inside it. */
export const EXACT_KINDS: ReadonlySet<SideKind> = new Set(['countries', 'counterparts', 'tags']);

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A lone surrogate as U+FFFD, as PostgreSQL stores it: a value reads back as it was written. */
const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd');

/** The facets of a readout (null for a tombstone or a record never captured). */
export function readoutFacets(readout: Readout | null): Facets | null {
  const facets = rawFacets(readout);
  if (!facets) return null;
  for (const kind of SIDE_KINDS) facets[kind] = [...new Set(facets[kind].map(wellFormed))];
  return facets;
}

function rawFacets(readout: Readout | null): Facets | null {
  if (!readout) return null;
  const countries = new Set<string>();
  const counterparts = new Set<string>();
  const participants = new Set<string>();
  for (const p of readout.participants) {
    if (p.country) countries.add(p.country);
    if (p.country && p.side === 'counterpart') counterparts.add(p.country);
    participants.add(`${p.name} ${p.nameLatin ? `${p.nameLatin} ` : ''}${p.title ?? ''}`.toLowerCase());
  }
  if (readout.location?.country) countries.add(readout.location.country);
  return {
    countries: [...countries],
    counterparts: [...counterparts],
    tags: [...new Set(readout.user.tags.map(tagKey))],
    participants: [...participants],
    topics: [...new Set(readout.topics.map((t) => t.toLowerCase()))],
    year: readout.date ? readout.date.slice(0, 4) : null,
    format: readout.format,
  };
}

/** Kinds with only a count per value (stats), no rows per record. */
export type CountKind = 'format' | 'year';
export type FacetKind = SideKind | CountKind;

/** One value's change: the records gaining (`add`) and losing (`remove`) it, and its count delta. */
export interface FacetChange<K> {
  kind: FacetKind;
  value: string;
  n: number;
  add: K[];
  remove: K[];
}

/**
 * What writing records changes in the facet tables, given each record's facets before and after
 * (`key` is the backend's record key: SQLite's rowid, PostgreSQL's readout id). Values a record
 * keeps are left alone.
 */
export function facetChanges<K>(
  records: Array<{ key: K; before: Facets | null; after: Facets | null }>,
): FacetChange<K>[] {
  const changes = new Map<string, FacetChange<K>>();
  const change = (kind: FacetKind, value: string) => {
    const k = `${kind}\u0000${value}`;
    const seen = changes.get(k);
    if (seen) return seen;
    const c: FacetChange<K> = { kind, value, n: 0, add: [], remove: [] };
    changes.set(k, c);
    return c;
  };
  for (const { key, before, after } of records) {
    for (const kind of SIDE_KINDS) {
      const old = new Set(before?.[kind]);
      const now = new Set(after?.[kind]);
      for (const v of now)
        if (!old.has(v)) {
          const c = change(kind, v);
          c.n++;
          c.add.push(key);
        }
      for (const v of old)
        if (!now.has(v)) {
          const c = change(kind, v);
          c.n--;
          c.remove.push(key);
        }
    }
    for (const kind of ['format', 'year'] as const) {
      const old = before?.[kind] ?? null;
      const now = after?.[kind] ?? null;
      if (old === now) continue;
      if (old !== null) change(kind, old).n--;
      if (now !== null) change(kind, now).n++;
    }
  }
  return [...changes.values()];
}
