// Typed extension storage items: small settings and identities, never readouts (those live in IndexedDB).
import { storage } from 'wxt/utils/storage';

/** This browser's id in sync mutations; made once, on first use. */
export const deviceId = storage.defineItem<string>('local:deviceId', {
  init: () => crypto.randomUUID(),
});

export type SortKey = 'date-desc' | 'date-asc' | 'captured-desc' | 'title';

/** How the collection page was last sorted, restored when it opens again. */
export const collectionSort = storage.defineItem<SortKey>('local:collectionSort', {
  fallback: 'date-desc',
});

/** Returns the device id, creating it on first use. */
export async function getDeviceId(): Promise<string> {
  const id = await deviceId.getValue();
  if (id) return id;
  const fresh = crypto.randomUUID();
  await deviceId.setValue(fresh);
  return fresh;
}
