// Opaque keyset cursors for readout listings: the sort value and id of the last item on a page.
import { InvalidCursorError } from '@readouts/api';
import { isCleanText } from '@readouts/schema';
import { z } from 'zod';
import type { SortOrder } from './params';

// NUL or a lone surrogate cannot be in a cursor this server made, and PostgreSQL cannot take them.
const clean = z.string().refine(isCleanText);
const CursorBody = z.object({ s: z.string(), v: clean, id: clean });

// Defined in @readouts/api, whose router answers it as BAD_REQUEST.
export { InvalidCursorError };

/** Encodes the position after `id` (with sort value `value`) as a URL-safe string. */
export function encodeCursor(sort: SortOrder, value: string, id: string): string {
  return Buffer.from(JSON.stringify({ s: sort, v: value, id })).toString('base64url');
}

/** Decodes a cursor, checking it was made for the same sort order. */
export function decodeCursor(sort: SortOrder, cursor: string): { value: string; id: string } {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not valid');
  }
  const parsed = CursorBody.safeParse(body);
  if (!parsed.success || parsed.data.s !== sort)
    throw new InvalidCursorError('cursor is not valid for this sort');
  return { value: parsed.data.v, id: parsed.data.id };
}
