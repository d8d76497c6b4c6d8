// The tag manager: every tag of the collection with its count; tick one to rename it, several to
// merge them, type the new name. One transaction of ordinary tag mutations (they sync), undone
// from the toast like a batch edit.
import type { CollectionModel } from '../../utils/collection/model';
import { applyTagMerge } from '../../utils/collection/tag-edits';
import { checkTagMerge, planTagMerge, type TagMerge, tagCounts } from '../../utils/collection/tag-plan';
import type { ReadoutsDatabase } from '../../utils/db/open';
import { describeWriteError } from '../../utils/db/quota';
import type { ChangeContext } from '../../utils/db/readouts';
import { h, replaceChildren } from '../../utils/dom';
import { plural, t } from '../../utils/i18n';
import { offerBatchUndo } from './batch-actions';

export interface TagManagerDeps {
  db: ReadoutsDatabase;
  context: ChangeContext;
  model: CollectionModel;
  /** Shows a message, with an Undo action when given. */
  say(message: string, options: { isError?: boolean; undo?: () => void }): void;
}

/** Runs a merge and offers its undo; a refused undo (storage full) is offered again. */
async function runMerge(deps: TagManagerDeps, merge: TagMerge): Promise<void> {
  const notSaved = (error: unknown) =>
    deps.say(t('collection.notSaved', { reason: describeWriteError(error) }), { isError: true });
  let before: Awaited<ReturnType<typeof applyTagMerge>>['before'];
  try {
    const result = await applyTagMerge(deps.db, deps.context, merge);
    deps.model.showWritten(result.after);
    before = result.before;
  } catch (error) {
    notSaved(error);
    return;
  }
  if (before.length === 0) {
    deps.say(t('batch.nothing'), {});
    return;
  }
  offerBatchUndo(deps, before, plural('tags.done', before.length, { tag: merge.target.trim() }));
}

/** The Manage tags button and its dialog, drawn afresh from the collection each time it opens. */
export function renderTagManager(deps: TagManagerDeps): HTMLElement {
  const dialog = h('dialog', { class: 'tag-manager', attrs: { 'aria-labelledby': 'tag-manager-title' } });
  const open = () => {
    fill();
    dialog.showModal();
  };
  const fill = () => {
    const counts = tagCounts(deps.model.all());
    const picked = new Set<string>();
    const target = h('input', {
      class: 'tag-target',
      attrs: { type: 'text', name: 'tag-target', maxlength: 100, 'aria-describedby': 'tag-manager-status' },
    });
    const status = h('p', {
      class: 'tag-status',
      attrs: { id: 'tag-manager-status', 'aria-live': 'polite' },
    });
    const merge = (): TagMerge => ({ sources: [...picked], target: target.value });
    const preview = () => {
      const problem = checkTagMerge(merge());
      status.classList.toggle('field-error', false);
      status.textContent = problem
        ? ''
        : plural('tags.preview', planTagMerge(deps.model.all(), merge()).length);
    };
    const rows = counts.map(({ tag, count }) => {
      const box = h('input', {
        attrs: { type: 'checkbox', value: tag },
        on: {
          change: () => {
            if (box.checked) picked.add(tag);
            else picked.delete(tag);
            // One tag ticked: its name is the starting point of the rename.
            if (picked.size === 1 && !target.value.trim()) target.value = [...picked][0]!;
            preview();
          },
        },
      });
      return h(
        'li',
        {},
        h(
          'label',
          {},
          box,
          h('span', { class: 'tag' }, tag),
          ' ',
          h('span', { class: 'muted' }, plural('tags.count', count)),
        ),
      );
    });
    const apply = async () => {
      const problem = checkTagMerge(merge());
      if (problem) {
        status.classList.toggle('field-error', true);
        status.textContent = t(`tags.problem.${problem}`);
        return;
      }
      dialog.close();
      await runMerge(deps, merge());
    };
    target.addEventListener('input', preview);
    replaceChildren(
      dialog,
      h('h2', { attrs: { id: 'tag-manager-title' } }, t('tags.heading')),
      counts.length === 0
        ? h('p', { class: 'muted' }, t('tags.none'))
        : h('p', { class: 'muted' }, t('tags.hint')),
      h('ul', { class: 'tag-counts' }, ...rows),
      h(
        'form',
        {
          class: 'tag-form',
          on: {
            submit: (event) => {
              event.preventDefault();
              void apply();
            },
          },
        },
        h('label', {}, t('tags.target'), ' ', target),
        h('button', { attrs: { type: 'submit' }, class: 'primary' }, t('tags.apply')),
        h('button', { attrs: { type: 'button' }, on: { click: () => dialog.close() } }, t('tags.close')),
      ),
      status,
    );
  };
  const button = h(
    'button',
    { class: 'manage-tags', attrs: { type: 'button' }, on: { click: open } },
    t('tags.manage'),
  );
  return h('span', {}, button, dialog);
}
