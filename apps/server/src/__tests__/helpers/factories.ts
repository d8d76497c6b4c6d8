// Test data factories: readouts, mutations and users with tokens.
import type { Mutation, ReadoutContent } from '@readouts/schema';
import { fakeHlc, fakeReadoutContent } from '@readouts/sync/testing';
import { createUserWithToken } from '../../auth/accounts';
import type { Storage } from '../../storage/types';

export { fakeReadout } from '@readouts/schema/testing';
export { fakeHlc, fakeReadoutContent };

let wall = 1_700_000_000_000;
/** A strictly increasing hlc for mutations made in tests. */
export const nextHlc = (node = 'c1') => fakeHlc(++wall, node);

/** A capture mutation for a readout with the given content overrides. */
export function captureOf(
  id: number,
  content: Partial<ReadoutContent> & { id: string },
  node = 'c1',
): Mutation {
  return {
    id,
    readoutId: content.id,
    hlc: nextHlc(node),
    type: 'capture',
    readout: fakeReadoutContent(content),
  };
}

/** Numbered captures `r-0000`, `r-0001`, ... with mutation ids from `firstId`. */
export function captures(count: number, firstId = 1, prefix = 'r'): Mutation[] {
  return Array.from({ length: count }, (_, i) =>
    captureOf(firstId + i, { id: `${prefix}-${String(i).padStart(4, '0')}`, title: `Readout ${i}` }),
  );
}

/** Creates a user and returns it with a valid bearer token. */
export async function fakeUser(storage: Storage, name: string) {
  const { user, token } = await createUserWithToken(storage, name, 'test-device');
  return { ...user, token };
}
