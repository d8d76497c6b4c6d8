// The capture queue's counts in the popup carry the UI language's digit grouping.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BulkView } from '../../../utils/bulk/progress-view';
import { setLocale } from '../../../utils/i18n';
import { renderProgress } from '../bulk-progress';

afterEach(() => setLocale('en'));

function view(): BulkView {
  const progress = {
    total: 15_000,
    done: 12_345,
    captured: 11_345,
    notReadouts: 0,
    failed: 1_000,
    left: 2_655,
    etaMs: 0,
  };
  return { status: 'running', progress, blocked: null, failures: [], notReadouts: [] };
}

describe('bulk progress', () => {
  it('groups thousands in the pages done, left and failed', () => {
    const counts = () =>
      renderProgress(view(), { control: vi.fn(), retry: vi.fn() })?.querySelector('.bulk-counts');
    expect(counts()?.textContent).toMatch(/^12,345 done, 2,655 left, 1,000 failed/);
    setLocale('ja');
    expect(counts()?.textContent).toMatch(/^完了 12,345・残り 2,655・失敗 1,000/);
  });
});
