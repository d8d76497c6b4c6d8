// Reads an HTTP Retry-After header: a number of seconds, or an HTTP date.

/** The longest wait a Retry-After header is taken at its word for: a day. */
const MAX_RETRY_AFTER_MS = 86_400_000;

/** The wait a Retry-After value asks for, in ms from `now`; null when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}
