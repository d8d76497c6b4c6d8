// The status line's words: one sentence from the status, the pending count and the clock.
import type { SyncStatus } from './status';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "5 min ago"-style age of an ISO time. */
export function ago(iso: string, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return new Date(iso).toLocaleDateString('en');
}

/**
 * The status in one line, e.g. "Synced 2 min ago · 3 changes pending".
 * @example describeStatus(status, 0, Date.now()) // 'Syncing… 1,200 readouts pulled'
 */
export function describeStatus(status: SyncStatus, pending: number, nowMs: number): string {
  const parts: string[] = [];
  switch (status.state) {
    case 'off':
      parts.push('Sync is not set up (Options)');
      break;
    case 'syncing':
      parts.push(
        status.firstSync || status.pulled > 0
          ? `Syncing… ${plural(status.pulled, 'readout', 'readouts')} pulled`
          : 'Syncing…',
      );
      break;
    case 'idle':
      parts.push(status.lastSyncAt ? `Synced ${ago(status.lastSyncAt, nowMs)}` : 'Not synced yet');
      break;
    default:
      parts.push(`Sync error: ${status.lastError ?? 'unknown'}`);
      if (status.state === 'retrying' && status.nextRetryAt) {
        parts.push(`retry at ${new Date(status.nextRetryAt).toLocaleTimeString('en')}`);
      }
      if (status.lastSyncAt) parts.push(`last sync ${ago(status.lastSyncAt, nowMs)}`);
  }
  parts.push(pending === 0 ? 'no changes pending' : `${plural(pending, 'change', 'changes')} pending`);
  return parts.join(' · ');
}
