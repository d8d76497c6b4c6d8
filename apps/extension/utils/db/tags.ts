// The user's tags as stored: what counts as one tag, and when two tags are the same.

/** Limits of the `Readout` schema (`Tag`, `UserFields.tags`), so saved records always validate. */
const MAX_TAG_LENGTH = 100;
const MAX_TAGS = 200;

/**
 * Trims tags and collapses inner whitespace, drops empty ones and duplicates, keeping the user's
 * order, within the schema's limits.
 * @example normaliseTags([' G7 ', 'G7', '', 'North  Korea']) // ['G7', 'North Korea']
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
    if (clean) seen.add(clean);
  }
  return [...seen].slice(0, MAX_TAGS);
}
