// The status line's words: one sentence from the status, the pending count and the clock, in the
// UI language.
import { formatNumber, getLocale, plural, t } from '../i18n';
import type { SyncStatus } from './status';

/** "5 min ago"-style age of an ISO time; older than a day, the date. */
export function ago(iso: string, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));
  // Templates rather than Intl.RelativeTimeFormat: its English ("5 min. ago") is not the wording
  // the status line has always used.
  if (seconds < 60) return t('sync.ago.now');
  if (seconds < 3600) return t('sync.ago.minutes', { n: formatNumber(Math.floor(seconds / 60)) });
  if (seconds < 86_400) return t('sync.ago.hours', { n: formatNumber(Math.floor(seconds / 3600)) });
  return new Date(iso).toLocaleDateString(getLocale());
}

/**
 * The status in one line, e.g. "Synced 2 min ago · 3 changes pending".
 * @example describeStatus(status, 0, Date.now()) // 'Syncing… 1,200 readouts pulled'
 */
export function describeStatus(status: SyncStatus, pending: number, nowMs: number): string {
  const parts: string[] = [];
  switch (status.state) {
    case 'off':
      parts.push(t('sync.off'));
      break;
    case 'syncing':
      parts.push(
        status.firstSync || status.pulled > 0 ? plural('sync.pulled', status.pulled) : t('sync.syncing'),
      );
      break;
    case 'idle':
      parts.push(
        status.lastSyncAt ? t('sync.synced', { when: ago(status.lastSyncAt, nowMs) }) : t('sync.never'),
      );
      break;
    default:
      parts.push(t('sync.error', { error: status.lastError ?? t('sync.unknownError') }));
      if (status.state === 'retrying' && status.nextRetryAt) {
        parts.push(t('sync.retryAt', { time: new Date(status.nextRetryAt).toLocaleTimeString(getLocale()) }));
      }
      if (status.lastSyncAt) parts.push(t('sync.lastSync', { when: ago(status.lastSyncAt, nowMs) }));
  }
  parts.push(pending === 0 ? t('sync.pending.none') : plural('sync.pending', pending));
  if (status.rejected) parts.push(plural('sync.rejectedChanges', status.rejected));
  if (status.refusedStamps) parts.push(plural('sync.refusedStamps', status.refusedStamps));
  return parts.join(' · ');
}
