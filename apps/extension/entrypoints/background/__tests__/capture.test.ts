import type { ExtractResult } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fakeContent,
  freshIndexedDb,
  notReadoutResult,
  readoutResult,
} from '../../../utils/__tests__/factories';
import { type FullDisk, fakeFullDisk } from '../../../utils/__tests__/full-disk';
import { openReadoutsDb } from '../../../utils/db/open';
import { ReadoutRepository } from '../../../utils/db/readouts';
import { en } from '../../../utils/i18n/en';
import type { PageStatus } from '../../../utils/page-status';
import { showBadge } from '../badge';
import { createCaptureService } from '../capture';

const MOFA_URL = 'https://www.mofa.go.jp/press/release/press4e_002699.html';

async function setup(page: { url: string | null; result?: ExtractResult | Error }) {
  const repository = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'test' });
  const statuses: PageStatus[] = [];
  const capture = createCaptureService({
    tabUrl: async () => page.url,
    extract: async () => {
      if (!page.result || page.result instanceof Error) throw page.result ?? new Error('no content script');
      return page.result;
    },
    repository: async () => repository,
    onStatus: (tabId, status) => {
      statuses.push(status);
      void showBadge(tabId, status);
    },
  });
  return { capture, repository, statuses, page };
}

describe('capture service', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    freshIndexedDb();
  });

  it('reports non-MOFA tabs without asking the page', async () => {
    const { capture } = await setup({ url: 'https://example.com/', result: new Error('must not be called') });
    expect((await capture.status(1)).state).toBe('not-mofa');
  });

  it('reports a MOFA tab whose content script does not answer as unreachable', async () => {
    const { capture } = await setup({ url: MOFA_URL, result: new Error('Could not establish connection') });
    const status = await capture.status(1);
    expect(status).toMatchObject({ state: 'unreachable', error: 'Could not establish connection' });
  });

  it('saves a new readout, then reports it saved with a badge', async () => {
    const content = fakeContent();
    const { capture, repository } = await setup({ url: MOFA_URL, result: readoutResult(content) });
    expect((await capture.status(5)).state).toBe('new');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('+');

    const saved = await capture.save(5);
    expect(saved.state).toBe('saved');
    expect(saved.saved?.id).toBe(content.id);
    expect(await repository.get(content.id)).toBeDefined();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('✓');
  });

  it('offers an update when the page changed, and the update keeps the user fields', async () => {
    const content = fakeContent();
    const { capture, repository, page } = await setup({ url: MOFA_URL, result: readoutResult(content) });
    await capture.save(2);
    await repository.updateUser(content.id, { tags: ['kept'], note: 'mine' });
    page.result = readoutResult({
      ...content,
      points: [],
      capture: { ...content.capture, contentHash: 'new-hash' },
    });

    expect((await capture.status(2)).state).toBe('changed');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('!');
    const updated = await capture.save(2);
    expect(updated.state).toBe('saved');
    expect(updated.saved).toMatchObject({ points: [], user: { tags: ['kept'], note: 'mine' } });
  });

  it('does not save a page that is not a readout', async () => {
    const { capture, repository } = await setup({ url: MOFA_URL, result: notReadoutResult() });
    expect((await capture.save(1)).state).toBe('not-readout');
    expect(await repository.count()).toBe(0);
    expect(await repository.outbox()).toEqual([]);
  });

  it('computes the status from an extraction the content script sent on load', async () => {
    const { capture } = await setup({ url: MOFA_URL });
    const status = await capture.statusOf(9, MOFA_URL, readoutResult());
    expect(status.state).toBe('new');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('+');
  });

  describe('when the disk is full', () => {
    let disk: FullDisk;
    beforeEach(() => {
      disk = fakeFullDisk();
    });
    afterEach(() => disk.restore());

    it('answers the unsaved status with the reason and a red badge, and saves on a retry', async () => {
      const kept = fakeContent();
      const content = fakeContent();
      const { capture, repository, page } = await setup({ url: MOFA_URL, result: readoutResult(kept) });
      await capture.save(4);
      page.result = readoutResult(content);

      disk.fill({ at: 'commit' });
      const failed = await capture.save(4);
      expect(failed).toMatchObject({ state: 'new', saveError: 'storage-full', saved: null });
      expect(failed.result).toEqual(readoutResult(content));
      expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✕');
      expect(await fakeBrowser.action.getTitle({ tabId: 4 })).toBe(en['badge.storage-full']);
      expect(await repository.get(content.id)).toBeUndefined();
      expect((await repository.outbox()).map((entry) => entry.mutation.readoutId)).toEqual([kept.id]);

      disk.free();
      const saved = await capture.save(4);
      expect(saved.state).toBe('saved');
      expect(saved.saveError).toBeUndefined();
      expect(await repository.get(content.id)).toBeDefined();
      expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✓');
    });

    it('keeps the saved version and offers the update again', async () => {
      const content = fakeContent();
      const { capture, repository, page } = await setup({ url: MOFA_URL, result: readoutResult(content) });
      const { saved } = await capture.save(6);
      page.result = readoutResult({
        ...content,
        title: 'Revised',
        capture: { ...content.capture, contentHash: 'h2' },
      });

      disk.fill();
      expect(await capture.save(6)).toMatchObject({ state: 'changed', saveError: 'storage-full', saved });
      expect(await repository.get(content.id)).toEqual(saved);
    });

    it('still rejects failures that are not about space', async () => {
      const { capture, repository } = await setup({ url: MOFA_URL, result: readoutResult() });
      repository.saveCapture = () => Promise.reject(new Error('database closed'));
      await expect(capture.save(1)).rejects.toThrow('database closed');
    });
  });
});
