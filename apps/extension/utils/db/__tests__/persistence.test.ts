import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, type StorageManagerLike, storageReport } from '../persistence';

function manager(persisted: boolean, grant: boolean, estimate?: StorageEstimate | Error) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => {
      if (estimate instanceof Error) throw estimate;
      return estimate ?? {};
    }),
  } satisfies StorageManagerLike;
}

describe('requestPersistentStorage', () => {
  it('asks for persistence when storage is best-effort, and answers what the browser granted', async () => {
    const granted = manager(false, true);
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(granted.persist).toHaveBeenCalledOnce();
    const refused = manager(false, false);
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(refused.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when storage is already persistent', async () => {
    const already = manager(true, false);
    expect(await requestPersistentStorage(already)).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
  });

  it('answers null, never rejects, when the browser cannot tell', async () => {
    expect(await requestPersistentStorage(undefined)).toBeNull();
    expect(await requestPersistentStorage({})).toBeNull();
    expect(
      await requestPersistentStorage({ persisted: () => Promise.reject(new TypeError('opaque')) }),
    ).toBeNull();
  });
});

describe('storageReport', () => {
  it('reports persistence with usage and quota from estimate()', async () => {
    const storage = manager(false, true, { usage: 1_234_567, quota: 10_000_000_000 });
    expect(await storageReport(storage, async () => true)).toEqual({
      persisted: true,
      unlimited: true,
      usage: 1_234_567,
      quota: 10_000_000_000,
    });
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('leaves out what estimate() does not give', async () => {
    expect(await storageReport(manager(false, false, new Error('no estimate')), async () => false)).toEqual({
      persisted: false,
      unlimited: false,
      usage: null,
      quota: null,
    });
    const unknown = () => Promise.reject(new Error('no permissions API'));
    expect(await storageReport(undefined, unknown)).toEqual({
      persisted: null,
      unlimited: null,
      usage: null,
      quota: null,
    });
  });
});
