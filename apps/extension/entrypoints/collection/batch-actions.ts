// Runs a batch edit from the batch bar: one transaction, the page updated, and a toast that says
// what was done with an Undo that puts every touched readout back exactly as it was.
import type { Readout } from '@readouts/schema';
import type { CollectionModel } from '../../utils/collection/model';
import { applyBatch, type BatchEdit, undoBatch } from '../../utils/db/batch';
import type { ReadoutsDatabase } from '../../utils/db/open';
import { describeWriteError } from '../../utils/db/quota';
import type { ChangeContext } from '../../utils/db/readouts';
import { plural, t } from '../../utils/i18n';

export interface BatchDeps {
  db: ReadoutsDatabase;
  context: ChangeContext;
  model: CollectionModel;
  /** Shows a message, with an Undo action when given. */
  say(message: string, options: { isError?: boolean; undo?: () => void }): void;
}

/** The toast's words for a finished batch of `n` readouts. */
export function describeBatch(edit: BatchEdit, n: number): string {
  switch (edit.kind) {
    case 'addTag':
    case 'removeTag':
      return plural(`batch.done.${edit.kind}`, n, { tag: edit.tag });
    case 'star':
      return plural(edit.starred ? 'batch.done.star' : 'batch.done.unstar', n);
    case 'format':
      return plural('batch.done.format', n, { format: t(`format.${edit.format}`) });
    case 'delete':
      return plural('batch.done.delete', n);
  }
}

/**
 * Applies `edit` to `ids` and offers to undo it. A refused write (storage full) changes nothing and
 * says so; a refused undo is offered again, since the readouts before the batch are still at hand.
 * Resolves to the readouts the batch changed (empty when it changed none or failed).
 */
export async function runBatch(deps: BatchDeps, ids: readonly string[], edit: BatchEdit): Promise<Readout[]> {
  const notSaved = (error: unknown) =>
    deps.say(t('collection.notSaved', { reason: describeWriteError(error) }), { isError: true });
  let result: Awaited<ReturnType<typeof applyBatch>>;
  try {
    result = await applyBatch(deps.db, deps.context, ids, edit);
  } catch (error) {
    notSaved(error);
    return [];
  }
  deps.model.showWritten(result.after, result.removed);
  if (result.before.length === 0) {
    deps.say(t('batch.nothing'), {});
    return [];
  }
  offerBatchUndo(deps, result.before, describeBatch(edit, result.before.length));
  return result.before;
}

/**
 * Says what a batch did, with an Undo that puts `before` back; a refused undo (storage full) is
 * offered again, since the records to restore are still at hand.
 */
export function offerBatchUndo(
  deps: Pick<BatchDeps, 'db' | 'context' | 'model' | 'say'>,
  before: Parameters<typeof undoBatch>[2],
  message: string,
): void {
  const offer = (text: string, isError: boolean) =>
    deps.say(text, {
      isError,
      undo: () =>
        void undoBatch(deps.db, deps.context, before).then(
          (restored) => {
            deps.model.showWritten(restored);
            deps.say(plural('batch.undone', restored.length), {});
          },
          (error: unknown) => offer(t('collection.notSaved', { reason: describeWriteError(error) }), true),
        ),
    });
  offer(message, false);
}
