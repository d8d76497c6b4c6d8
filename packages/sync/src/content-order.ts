// Which capture of a page wins: a total order on captured contents that every replica computes alike.
import type { ReadoutContent } from '@readouts/schema';

/** JSON with object keys sorted, so equal values give equal strings whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Milliseconds since the epoch; an unparseable time sorts first rather than poisoning the order. */
const instant = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders two captures of a page: later `capture.capturedAt` (as an instant, so time zone offsets
 * do not matter) is greater; then greater `capture.contentHash`; then, for captures equal in both,
 * the canonical JSON, so that the choice never depends on which replica looks.
 */
export function compareContent(a: ReadoutContent, b: ReadoutContent): number {
  const timeA = instant(a.capture.capturedAt);
  const timeB = instant(b.capture.capturedAt);
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return (
    byCodeUnits(a.capture.contentHash, b.capture.contentHash) ||
    byCodeUnits(canonicalJson(a), canonicalJson(b))
  );
}

/** The winning capture of two (either may be absent). */
export function latestContent(a: ReadoutContent | null, b: ReadoutContent | null): ReadoutContent | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareContent(a, b) >= 0 ? a : b;
}
