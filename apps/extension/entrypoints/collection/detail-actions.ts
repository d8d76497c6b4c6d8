// What the detail view needs beyond tags, note and star: correcting a field (stored, then shown in
// the list and the detail view), "Show on page" in the open tab of the readout, and its history.
import type { Readout } from '@readouts/schema';
import { copyCitationButton } from '../../utils/analysis/copy-citation';
import type { CollectionModel } from '../../utils/collection/model';
import type { ReadoutRepository } from '../../utils/db/readouts';
import type { ShowOnPage } from '../../utils/fields/evidence';
import type { FieldRowOptions } from '../../utils/fields/field-row';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { loadHistory } from '../../utils/sync/history';
import { loadSettings } from '../../utils/sync/settings';
import type { DetailActions } from './detail';

/** Asks the background to highlight the evidence in an open tab of the readout's page. */
export function showOnPageOf(readout: Readout): ShowOnPage {
  return async (evidence) => {
    const shown = await sendMessage('evidence/show', { urls: [readout.url, readout.canonicalUrl], evidence });
    return t(
      shown === 'shown' ? 'evidence.shown' : shown === 'no-tab' ? 'evidence.noTab' : 'evidence.notFound',
    );
  };
}

/** The correction, evidence and history actions of one readout's detail view. */
export function correctionActions(
  repository: ReadoutRepository,
  model: Pick<CollectionModel, 'showWritten'>,
  readout: Readout,
): Pick<DetailActions, 'correct' | 'showOnPage' | 'history' | 'extra'> {
  const correct: FieldRowOptions['correct'] = async (field, change) => {
    const next = await repository.correct(readout.id, { [field]: change });
    model.showWritten([next]);
    return next;
  };
  return {
    correct,
    showOnPage: showOnPageOf(readout),
    history: async () => loadHistory(await loadSettings(), readout.id),
    extra: [copyCitationButton(readout)],
  };
}
