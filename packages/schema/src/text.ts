// Text sanitising at the schema boundary: every string a message carries is cleaned before it is
// validated, so input no database can store (NUL, lone surrogates) is stored cleaned, not refused.
import { z } from 'zod';

/** NUL anywhere, or any surrogate (paired or not: `LONE_SURROGATE` then tells which). */
const SUSPECT = /[\u0000\ud800-\udfff]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one (UTF-16 units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Removes NUL (U+0000, which PostgreSQL text cannot hold) and replaces each lone surrogate with
 * U+FFFD (invalid UTF-8 on the wire and in PostgreSQL's JSON). Clean text is returned as it is.
 * @example cleanText('a\u0000b\ud83d') // 'ab\ufffd'
 */
export function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const noNul = text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
  return noNul.replace(LONE_SURROGATE, '\ufffd');
}

/** True when `cleanText` would leave the text unchanged. */
export function isCleanText(text: string): boolean {
  return cleanText(text) === text;
}

/** A string schema that cleans its input first; chain `.min()`, `.max()`, `.regex()` after it. */
export const text = () => z.string().overwrite(cleanText);
