// What extraction returns: a readout with warnings, or the reasons a page is not one.
import { z } from 'zod';
import { Notice } from './evidence';
import { ReadoutContent } from './readout';

export const ExtractResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('readout'), readout: ReadoutContent, warnings: z.array(Notice) }),
  /** Why a page is not a readout, as codes (`page.no-body`, `page.list`) with parameters. */
  z.object({ kind: z.literal('not-readout'), reasons: z.array(Notice).min(1) }),
]);
export type ExtractResult = z.infer<typeof ExtractResult>;
