// What the popup shows of the capture queue: counts, time left, why it stopped, and the pages that
// failed or were not readouts, worked out in the background from the stored queue.
import { type QueueProgress, type QueueState, queueProgress } from '@readouts/bulk';

/** A page the popup lists with its reasons (codes: `http.404`, `page.list`, …). */
export interface ListedPage {
  id: string;
  url: string;
  reasons: string[];
}

export interface BulkView {
  status: QueueState['status'] | 'idle';
  progress: QueueProgress;
  /** Set when the queue stopped by itself after repeated 403 answers. */
  blocked: { count: number } | null;
  failures: ListedPage[];
  notReadouts: ListedPage[];
}

const listed = (item: QueueState['items'][number]): ListedPage => ({
  id: item.id,
  url: item.url,
  reasons: item.reasons,
});

/** The popup's view of a queue at `now` (`idle` when no queue was ever started). */
export function bulkView(state: QueueState | null, now: number): BulkView {
  if (!state) {
    const progress = { total: 0, done: 0, captured: 0, notReadouts: 0, failed: 0, left: 0, etaMs: 0 };
    return { status: 'idle', progress, blocked: null, failures: [], notReadouts: [] };
  }
  return {
    status: state.status,
    progress: queueProgress(state, now),
    blocked: state.stopReason ? { count: state.stopReason.count } : null,
    failures: state.items.filter((i) => i.status === 'failed').map(listed),
    notReadouts: state.items.filter((i) => i.outcome === 'not-readout').map(listed),
  };
}

/** The toolbar badge while a queue runs: pages left, or `!` when it stopped; empty when idle. */
export function bulkBadge(view: BulkView): string {
  if (view.status === 'stopped') return '!';
  if (view.status === 'cancelled' || view.progress.left === 0) return '';
  return view.progress.left > 999 ? '999+' : String(view.progress.left);
}
