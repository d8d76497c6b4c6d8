// The timestamp every mutation and register carries, in its own module because both the sync
// messages and the readout's user fields (the note version an edit builds on) name it.
import { z } from 'zod';

/**
 * A hybrid logical clock timestamp, `${wallMs padded to 15}-${counter padded to 5}-${nodeId}`.
 * Plain string comparison orders timestamps: wall time, then counter, then node id.
 * @example '001764201600000-00000-c1'
 */
export const Hlc = z.string().regex(/^\d{15}-\d{5}-[A-Za-z0-9_-]{1,64}$/, 'expected an HLC timestamp');
export type Hlc = z.infer<typeof Hlc>;
