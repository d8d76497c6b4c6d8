// What extraction returns: a readout with warnings, or the reasons a page is not one.
import { z } from 'zod';
import { ReadoutContent } from './readout';

export const ExtractResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('readout'), readout: ReadoutContent, warnings: z.array(z.string()) }),
  z.object({ kind: z.literal('not-readout'), reasons: z.array(z.string()).min(1) }),
]);
export type ExtractResult = z.infer<typeof ExtractResult>;
