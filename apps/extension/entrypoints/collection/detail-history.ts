// The history of one record, from the sync server's log of applied mutations: what changed, when,
// from which device; a correction can be reverted from here.
import type { CorrectableField } from '@readouts/schema';
import { CorrectableField as Fields } from '@readouts/schema';
import { h, replaceChildren } from '../../utils/dom';
import { FIELD_KINDS } from '../../utils/fields/index';
import { formatWhen } from '../../utils/format';
import { type MessageKey, t } from '../../utils/i18n';
import type { HistoryEntry } from '../../utils/sync/history';

export interface HistoryActions {
  /** The record's history, newest first; null when no sync server is set up. */
  load(): Promise<HistoryEntry[] | null>;
  /** Reverts the corrections of these fields to the extracted values. */
  revert(fields: CorrectableField[]): Promise<unknown>;
}

/** Which kinds of change have a name of their own (the rejected-changes list names them too). */
const TYPE_NAMES: Record<string, MessageKey> = {
  capture: 'rejected.type.capture',
  setTags: 'rejected.type.setTags',
  setNote: 'rejected.type.setNote',
  setStarred: 'rejected.type.setStarred',
  delete: 'rejected.type.delete',
  correct: 'rejected.type.correct',
  merge: 'rejected.type.merge',
};

type FieldChange = { before?: unknown; after?: unknown; reverted?: boolean };

/** The fields a correction entry set (not those it reverted), in the schema's order. */
export function correctedFields(entry: HistoryEntry): CorrectableField[] {
  if (entry.type !== 'correct') return [];
  const fields = ((entry.detail as { fields?: Record<string, FieldChange> } | undefined)?.fields ??
    {}) as Record<string, FieldChange>;
  return Fields.options.filter((field) => fields[field] && !fields[field].reverted);
}

const brief = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/** What one entry changed, in a line. */
function summary(entry: HistoryEntry): string {
  const detail = (entry.detail ?? {}) as Record<string, unknown>;
  switch (entry.type) {
    case 'correct': {
      const fields = (detail.fields ?? {}) as Record<string, FieldChange>;
      return Object.entries(fields)
        .map(([field, change]) => {
          const label = field in FIELD_KINDS ? t(FIELD_KINDS[field as CorrectableField].label) : field;
          return change.reverted
            ? `${label}: ${t('edit.revert')}`
            : `${label}: ${brief(change.before)} → ${brief(change.after)}`;
        })
        .join('; ');
    }
    case 'setTags': {
      const added = (detail.added as string[] | undefined) ?? [];
      const removed = (detail.removed as string[] | undefined) ?? [];
      return [...added.map((tag) => `+${tag}`), ...removed.map((tag) => `−${tag}`)].join(' ');
    }
    case 'setNote':
      return brief(detail.excerpt ?? '');
    case 'setStarred':
      return detail.starred ? '★' : '☆';
    default:
      return '';
  }
}

function entryItem(entry: HistoryEntry, actions: HistoryActions, status: HTMLElement): HTMLElement {
  const fields = correctedFields(entry);
  const revert =
    fields.length > 0
      ? h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button', 'data-action': 'revert' },
            on: {
              click: () =>
                void actions.revert(fields).then(
                  () => {
                    status.textContent = t('history.reverted');
                  },
                  (error: unknown) => {
                    status.textContent = t('edit.notSaved', {
                      reason: error instanceof Error ? error.message : String(error),
                    });
                  },
                ),
            },
          },
          t('history.revert'),
        )
      : null;
  return h(
    'li',
    { attrs: { 'data-seq': entry.seq, 'data-type': entry.type } },
    h('time', { attrs: { datetime: entry.appliedAt } }, formatWhen(entry.appliedAt)),
    ' ',
    h('strong', {}, TYPE_NAMES[entry.type] ? t(TYPE_NAMES[entry.type]!) : entry.type),
    ' ',
    h('span', { class: 'muted' }, t('history.device', { device: entry.device ?? entry.clientId })),
    summary(entry) ? h('span', { class: 'history-detail' }, ' — ', summary(entry)) : null,
    revert ? ' ' : null,
    revert,
  );
}

/** The history section; it loads when built and says when no server is set up. */
export function historySection(actions: HistoryActions): HTMLElement {
  const status = h('p', { class: 'muted', attrs: { 'aria-live': 'polite' } }, t('history.loading'));
  const list = h('ol', { class: 'history' });
  const section = h(
    'section',
    { class: 'history-section', attrs: { 'data-history': '' } },
    h('h3', {}, t('history.heading')),
    status,
    list,
  );
  void actions.load().then(
    (entries) => {
      if (entries === null) {
        section.setAttribute('data-history', 'no-server');
        status.textContent = t('history.noServer');
        return;
      }
      section.setAttribute('data-history', 'loaded');
      status.textContent = entries.length ? '' : t('history.empty');
      replaceChildren(list, ...entries.map((entry) => entryItem(entry, actions, status)));
    },
    (error: unknown) => {
      section.setAttribute('data-history', 'failed');
      status.textContent = t('history.failed', {
        error: error instanceof Error ? error.message : String(error),
      });
    },
  );
  return section;
}
