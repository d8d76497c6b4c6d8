// Why a page of the capture queue failed or was not a readout, in words: the queue's own codes
// (`http.404`, `capture.save-failed`) here, the extractor's notice codes through describeNotice.
import { describeNotice } from '@readouts/extract';
import { getLocale, t } from '../i18n';

/** One reason code in the UI language. */
export function describeReason(code: string): string {
  const http = /^http\.(?<status>\d+)$/.exec(code);
  if (http?.groups) return t('bulk.reason.http', { status: http.groups.status! });
  if (code === 'http.network') return t('bulk.reason.network');
  if (code === 'capture.save-failed') return t('bulk.reason.save');
  if (code === 'queue.interrupted') return t('bulk.reason.interrupted');
  if (code === 'page.not-html') return t('bulk.reason.notHtml');
  return describeNotice({ code, params: {} } as Parameters<typeof describeNotice>[0], getLocale());
}

/** A time left in the UI language: seconds under a minute, else whole minutes. */
export function describeDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(getLocale(), { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}
