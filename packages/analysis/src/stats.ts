// Counts of a collection grouped by one dimension, for the server's GET /api/v1/stats and the
// extension's charts: readouts, and meetings (a readout and its other-language version once).
import type { Readout } from '@readouts/schema';
import { groupMeetings, type Meeting } from './meetings';

export type StatsDimension = 'country' | 'year' | 'format' | 'office';

export interface StatsGroup {
  /** The country code, year, format or office code; `unknown` when the readout does not say. */
  key: string;
  readouts: number;
  meetings: number;
}

const keysOf = (m: Meeting, r: Readout, by: StatsDimension): string[] => {
  switch (by) {
    case 'country':
      return m.countries.length ? m.countries : ['unknown'];
    case 'year': {
      const date = r.date ?? r.publishedDate ?? m.date;
      return [date ? date.slice(0, 4) : 'unknown'];
    }
    case 'format':
      return [r.format];
    case 'office':
      return [m.japanOffice ?? 'unknown'];
  }
};

/**
 * Readouts and meetings per group. A meeting with several counterpart countries counts once in
 * each. Years come in ascending order; other groups by meetings, most first, then by key;
 * `unknown` last.
 * @example groupStats(readouts, 'country') // [{ key: 'US', readouts: 12, meetings: 9 }, …]
 */
export function groupStats(readouts: readonly Readout[], by: StatsDimension): StatsGroup[] {
  const byId = new Map(readouts.map((r) => [r.id, r]));
  const groups = new Map<string, { readouts: number; meetings: Set<string> }>();
  for (const m of groupMeetings(readouts)) {
    for (const id of m.readoutIds) {
      const r = byId.get(id)!;
      for (const key of keysOf(m, r, by)) {
        const g = groups.get(key) ?? { readouts: 0, meetings: new Set<string>() };
        g.readouts++;
        g.meetings.add(m.id);
        groups.set(key, g);
      }
    }
  }
  const rows = [...groups].map(([key, g]) => ({ key, readouts: g.readouts, meetings: g.meetings.size }));
  const unknownLast = (a: StatsGroup, b: StatsGroup) =>
    Number(a.key === 'unknown') - Number(b.key === 'unknown');
  return rows.sort(
    (a, b) =>
      unknownLast(a, b) ||
      (by === 'year'
        ? a.key < b.key
          ? -1
          : 1
        : b.meetings - a.meetings || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  );
}
