import type { ExtractResult } from '@readouts/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fakeContent,
  freshIndexedDb,
  notReadoutResult,
  readoutResult,
} from '../../../utils/__tests__/factories';
import { openReadoutsDb } from '../../../utils/db/open';
import { ReadoutRepository } from '../../../utils/db/readouts';
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
});
