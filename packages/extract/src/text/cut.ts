// Cutting text to a length limit without splitting a character.

/**
 * The first `max` UTF-16 units of `text` (the unit the schema's `max` counts), one fewer when the
 * cut would fall between the two halves of a surrogate pair: a lone surrogate is invalid UTF-8
 * and PostgreSQL's JSON refuses it.
 * @example cutText('ab😀', 3) // 'ab'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
