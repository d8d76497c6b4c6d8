// Axis arithmetic for the analysis charts: a linear count scale with round ticks, and stacked
// segments per bar. Hand-written (a few lines) instead of d3-scale: the charts need integers only.

/** A tick step of 1, 2 or 5 times a power of ten giving at most `maxTicks` intervals. */
export function tickStep(max: number, maxTicks = 5): number {
  if (max <= maxTicks) return 1;
  const raw = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * The ticks of a count axis from 0 past `max`: integers, evenly spaced, the last at or above max.
 * @example countTicks(7) // [0, 2, 4, 6, 8]
 */
export function countTicks(max: number, maxTicks = 5): number[] {
  const step = tickStep(Math.max(max, 1), maxTicks);
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

export interface Segment<K extends string> {
  key: K;
  count: number;
  /** Where the segment starts, counted from the axis. */
  start: number;
}

/** The non-empty parts of a stacked bar, in the order of `keys`. */
export function stack<K extends string>(counts: Record<K, number>, keys: readonly K[]): Segment<K>[] {
  let start = 0;
  const segments: Segment<K>[] = [];
  for (const key of keys) {
    const count = counts[key] ?? 0;
    if (count > 0) segments.push({ key, count, start });
    start += count;
  }
  return segments;
}
