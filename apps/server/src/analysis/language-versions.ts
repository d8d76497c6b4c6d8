// `languageVersion` of each readout REST answers: the readout of the same meeting in the other
// language, as @readouts/bulk pairs a user's English and Japanese pages, with the user's pair
// decisions (made on a device, synced through decisions.sync) applied as the devices apply them.
// The pairs come from each user's PairIndex, kept up to date change by change (pair-index.ts).
import { pairReadouts } from '@readouts/bulk';
import type { Readout } from '@readouts/schema';
import type { RestReadout } from '../openapi/schemas';
import type { UserDecisions } from '../storage/decisions-read';
import type { Storage } from '../storage/types';
import { pairIndexes } from './pair-index';

export type LanguageVersionMap = ReadonlyMap<string, NonNullable<RestReadout['languageVersion']>>;

/** Each paired readout's id to the id and language of its other version, computed whole. */
export function languageVersionMap(
  readouts: readonly Readout[],
  decisions?: UserDecisions,
): LanguageVersionMap {
  const map = new Map<string, { id: string; lang: Readout['lang'] }>();
  for (const pair of pairReadouts(readouts, { decisions: decisions?.pairs ?? {} })) {
    map.set(pair.en, { id: pair.ja, lang: 'ja' });
    map.set(pair.ja, { id: pair.en, lang: 'en' });
  }
  return map;
}

/** Adds `languageVersion` to readouts, from the user's pair index. */
export interface LanguageVersions {
  attach(userId: number, readouts: readonly Readout[]): Promise<RestReadout[]>;
}

export function languageVersions(storage: Storage): LanguageVersions {
  const indexes = pairIndexes(storage);
  return {
    async attach(userId, readouts) {
      if (readouts.length === 0) return [];
      const index = await indexes.get(userId);
      return readouts.map((r) => ({ ...r, languageVersion: index.otherVersion(r.id) }));
    },
  };
}
