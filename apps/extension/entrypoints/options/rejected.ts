// The options page's list of changes the server refused for good: which readout, what change,
// the server's reason, with Retry (queue it again) and Discard, one by one or all at once.
import type { Mutation } from '@readouts/schema';
import { h } from '../../utils/dom';
import { getLocale, type MessageKey, t } from '../../utils/i18n';
import { type RejectedMutation, rejectedKey } from '../../utils/sync/rejected';

export interface RejectedActions {
  /** Queues the named mutations again; resolves once they are queued. */
  retry(keys: string[]): Promise<unknown>;
  discard(keys: string[]): Promise<unknown>;
}

/** The change a mutation made, in words. */
export function describeChange(mutation: Mutation): string {
  return t(`rejected.type.${mutation.type}` as MessageKey);
}

/**
 * The readout's title as this device knows it (`titles`), else as a refused capture carried it,
 * else its id.
 */
function readoutLabel(mutation: Mutation, titles: ReadonlyMap<string, string>): string {
  const known = titles.get(mutation.readoutId);
  if (known) return known;
  if (mutation.type === 'capture') return mutation.readout.title;
  return t('rejected.unknownReadout', { id: mutation.readoutId });
}

/**
 * The section's content for `rejected` (oldest first); each row carries `data-rejected` (its key)
 * and Retry / Discard buttons (`data-action`). `onDone` gets the words to show after an action.
 */
export function renderRejected(
  rejected: readonly RejectedMutation[],
  titles: ReadonlyMap<string, string>,
  actions: RejectedActions,
  onDone: (message: string, isError: boolean) => void,
): HTMLElement[] {
  const heading = h('h2', {}, t('rejected.heading'));
  if (rejected.length === 0) {
    return [
      heading,
      h('p', { class: 'rejected-none', attrs: { 'data-rejected-count': 0 } }, t('rejected.none')),
    ];
  }
  const run = (action: 'retry' | 'discard', keys: string[]) => () =>
    void actions[action](keys).then(
      () => onDone(t(action === 'retry' ? 'rejected.retried' : 'rejected.discarded'), false),
      (error: unknown) => onDone(String(error), true),
    );
  const button = (action: 'retry' | 'discard', name: string, label: string, keys: string[]) =>
    h('button', { attrs: { type: 'button', 'data-action': name }, on: { click: run(action, keys) } }, label);
  const rows = [...rejected].reverse().map((entry) => {
    const key = rejectedKey(entry);
    return h(
      'tr',
      { attrs: { 'data-rejected': key } },
      h('td', { attrs: { 'data-column': 'readout' } }, readoutLabel(entry.mutation, titles)),
      h('td', { attrs: { 'data-column': 'change' } }, describeChange(entry.mutation)),
      h('td', { attrs: { 'data-column': 'reason' } }, entry.reason),
      h('td', {}, new Date(entry.at).toLocaleString(getLocale())),
      h(
        'td',
        { class: 'rejected-actions' },
        button('retry', 'retry', t('rejected.retry'), [key]),
        button('discard', 'discard', t('rejected.discard'), [key]),
      ),
    );
  });
  const all = rejected.map(rejectedKey);
  return [
    heading,
    h('p', { class: 'hint' }, t('rejected.explain')),
    h(
      'table',
      { class: 'rejected', attrs: { 'data-rejected-count': rejected.length } },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...(['rejected.readout', 'rejected.change', 'rejected.reason', 'rejected.when'] as const).map((k) =>
            h('th', {}, t(k)),
          ),
          h('th', {}),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h(
      'div',
      { class: 'buttons' },
      button('retry', 'retry-all', t('rejected.retryAll'), all),
      button('discard', 'discard-all', t('rejected.discardAll'), all),
    ),
  ];
}
