// The user's tags as stored: the shared tag rule of @readouts/schema (case- and width-insensitive,
// first spelling kept, the user's order, within the schema's caps).
import { uniqueTags } from '@readouts/schema';

/**
 * Trims tags and collapses inner whitespace, drops empty ones and duplicates (by `tagKey`: "Quad"
 * and "quad" are one tag), keeping the user's order and first spelling, within the schema's limits.
 * @example normaliseTags([' G7 ', 'g7', '', 'North  Korea']) // ['G7', 'North Korea']
 */
export function normaliseTags(tags: readonly string[]): string[] {
  return uniqueTags(tags);
}
