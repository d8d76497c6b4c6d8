// The popup's view of the capture queue: counts and time left, pause/resume/cancel, the failed
// pages with Retry and the pages that were not readouts, each with its reasons.

import type { BulkView, ListedPage } from '../../utils/bulk/progress-view';
import { describeDuration, describeReason } from '../../utils/bulk/reasons';
import { h } from '../../utils/dom';
import { formatNumber, t } from '../../utils/i18n';

export interface ProgressActions {
  control(action: 'pause' | 'resume' | 'cancel'): void;
  retry(id: string): void;
}

function statusText(view: BulkView): string {
  if (view.status === 'stopped') return t('bulk.status.stopped', { n: view.blocked?.count ?? 0 });
  if (view.status === 'paused') return t('bulk.status.paused');
  if (view.status === 'cancelled') return t('bulk.status.cancelled');
  return view.progress.left === 0 ? t('bulk.status.finished') : t('bulk.status.running');
}

const pageItem = (page: ListedPage, action: HTMLElement | null) =>
  h(
    'li',
    { attrs: { 'data-id': page.id } },
    h('a', { attrs: { href: page.url, target: '_blank', rel: 'noreferrer' } }, page.url),
    ' ',
    h('span', { class: 'reasons' }, page.reasons.map(describeReason).join('; ')),
    action ? ' ' : null,
    action,
  );

/** Builds the progress section for a queue that was started (nothing for an idle one). */
export function renderProgress(view: BulkView, actions: ProgressActions): HTMLElement | null {
  if (view.status === 'idle') return null;
  const { progress } = view;
  const working =
    progress.left > 0 && (view.status === 'running' || view.status === 'paused' || view.status === 'stopped');
  const button = (action: 'pause' | 'resume' | 'cancel') =>
    h(
      'button',
      {
        attrs: { type: 'button', 'data-action': `bulk-${action}` },
        on: { click: () => actions.control(action) },
      },
      t(`bulk.${action}`),
    );
  return h(
    'section',
    {
      class: 'bulk-progress',
      attrs: {
        'data-status': view.status,
        'data-done': progress.done,
        'data-left': progress.left,
        'data-failed': progress.failed,
        'data-captured': progress.captured,
      },
    },
    h('h2', {}, t('bulk.heading')),
    h('p', { class: 'bulk-status', attrs: { role: 'status' } }, statusText(view)),
    h(
      'p',
      { class: 'bulk-counts' },
      t('bulk.progress', {
        done: formatNumber(progress.done),
        left: formatNumber(progress.left),
        failed: formatNumber(progress.failed),
      }),
      progress.left > 0 ? ` · ${t('bulk.timeLeft', { time: describeDuration(progress.etaMs) })}` : null,
    ),
    working
      ? h(
          'div',
          { class: 'bulk-controls' },
          view.status === 'running' ? button('pause') : button('resume'),
          button('cancel'),
        )
      : null,
    view.failures.length
      ? h(
          'details',
          { class: 'bulk-failures', attrs: { open: true } },
          h('summary', {}, `${t('bulk.failures')} (${formatNumber(view.failures.length)})`),
          h(
            'ul',
            {},
            ...view.failures.map((page) =>
              pageItem(
                page,
                h(
                  'button',
                  {
                    attrs: { type: 'button', 'data-action': 'bulk-retry' },
                    on: { click: () => actions.retry(page.id) },
                  },
                  t('bulk.retry'),
                ),
              ),
            ),
          ),
        )
      : null,
    view.notReadouts.length
      ? h(
          'details',
          { class: 'bulk-not-readouts' },
          h('summary', {}, `${t('bulk.notReadouts')} (${formatNumber(view.notReadouts.length)})`),
          h('ul', {}, ...view.notReadouts.map((page) => pageItem(page, null))),
        )
      : null,
  );
}
