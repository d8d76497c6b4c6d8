// The one tag rule every part of readouts follows: a tag is trimmed text with single spaces; two
// tags are the same when they differ only in case or character width ("Quad", "quad", "ＱＵＡＤ");
// a list keeps the first spelling of each and the user's order; a comma separates tags in input.

/** The most characters of a tag, and the most tags on one readout (the `Readout` schema's caps). */
export const MAX_TAG_LENGTH = 100;
export const MAX_TAGS = 200;

/**
 * A tag as stored: trimmed, inner whitespace collapsed to one space, cut to the length cap.
 * @example cleanTag('  North   Korea ') // 'North Korea'
 */
export function cleanTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
}

/**
 * What makes two tags the same: the clean tag, width-folded (NFKC) and lower-cased. Records key
 * their tags by it; it is never shown.
 * @example tagKey('ＩＮＤＯ-Pacific') === tagKey('indo-pacific') // true
 */
export function tagKey(tag: string): string {
  return cleanTag(tag).normalize('NFKC').toLowerCase();
}

/** Whether two tags are the same tag. */
export function sameTag(a: string, b: string): boolean {
  return tagKey(a) === tagKey(b);
}

/**
 * Clean tags, one per key (the first spelling), in the given order, at most MAX_TAGS; empty ones dropped.
 * @example uniqueTags(['Quad', ' quad ', 'G7']) // ['Quad', 'G7']
 */
export function uniqueTags(tags: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const tag of tags) {
    const clean = cleanTag(tag);
    const key = tagKey(clean);
    if (clean && !byKey.has(key)) byKey.set(key, clean);
  }
  return [...byKey.values()].slice(0, MAX_TAGS);
}

/**
 * The tags typed into one field: separated by commas (also the Japanese 、 and full-width ，).
 * @example splitTags('Indo-Pacific, FOIP') // ['Indo-Pacific', 'FOIP']
 */
export function splitTags(input: string): string[] {
  return uniqueTags(input.split(/[,，、]/));
}
