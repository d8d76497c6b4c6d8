// The readout the popup shows for a page status: the saved record, what Update would make of it,
// or the extracted page with the corrections made before saving.
import type { Readout } from '@readouts/schema';
import { type CorrectionInput, checkCorrections } from '../../utils/db/corrections';
import { previewCapture, withCorrections } from '../../utils/db/shown';
import type { PageStatus } from '../../utils/page-status';

/** Null when the status has no readout to show. */
export function popupReadout(status: PageStatus, pending: CorrectionInput = {}): Readout | null {
  const content = status.result?.kind === 'readout' ? status.result.readout : null;
  if (status.saved && (!content || content.id === status.saved.id)) {
    return status.state === 'changed' && content ? previewCapture(status.saved, content) : status.saved;
  }
  if (!content) return null;
  const given = Object.values(pending).some((change) => change !== undefined);
  return withCorrections(content, given ? checkCorrections(pending) : {});
}
