// The options page's storage section: whether the browser keeps the collection under storage
// pressure (persistent) or may clear it (best-effort), and how much space it uses.
import type { StorageReport } from '../../utils/db/persistence';
import { h } from '../../utils/dom';
import { formatBytes } from '../../utils/format';
import { type MessageKey, t } from '../../utils/i18n';

/** The words for the storage mode, and whether they warn that the collection may be cleared. */
function modeOf(report: StorageReport): { key: MessageKey; warn: boolean } {
  if (report.persisted === null) return { key: 'options.storage.unknown', warn: false };
  if (report.persisted) return { key: 'options.storage.persistent', warn: false };
  // Chrome reports best-effort even with unlimitedStorage, which exempts it from eviction anyway.
  if (report.unlimited) return { key: 'options.storage.bestEffortUnlimited', warn: false };
  return { key: 'options.storage.bestEffort', warn: true };
}

/**
 * The section's content for one report; `data-persisted` is `true`, `false` or `unknown`, and
 * `data-unlimited` says whether `unlimitedStorage` is in force.
 */
export function renderStorage(report: StorageReport): HTMLElement[] {
  const mode = modeOf(report);
  const usage =
    report.usage === null || report.quota === null
      ? t('options.storage.usageUnknown')
      : t('options.storage.usage', { usage: formatBytes(report.usage), quota: formatBytes(report.quota) });
  return [
    h('h2', {}, t('options.storage')),
    h(
      'p',
      {
        class: mode.warn ? 'storage-mode best-effort' : 'storage-mode',
        attrs: {
          'data-persisted': String(report.persisted ?? 'unknown'),
          'data-unlimited': String(report.unlimited ?? 'unknown'),
        },
      },
      t(mode.key),
    ),
    h(
      'p',
      {
        class: 'storage-usage',
        attrs:
          report.usage === null || report.quota === null
            ? {}
            : { 'data-usage': String(report.usage), 'data-quota': String(report.quota) },
      },
      usage,
    ),
  ];
}
