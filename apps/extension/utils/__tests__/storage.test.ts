import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { collectionSort, getDeviceId } from '../storage';

describe('storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates a device id once and keeps it', async () => {
    const first = await getDeviceId();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getDeviceId()).toBe(first);
  });

  it('remembers the collection sort, newest meetings first by default', async () => {
    expect(await collectionSort.getValue()).toBe('date-desc');
    await collectionSort.setValue('title');
    expect(await collectionSort.getValue()).toBe('title');
  });
});
