// The capture flow shared by the popup, the keyboard shortcut and the context menu.
import { type ExtractResult, type Readout, readoutIdFromUrl } from '@readouts/schema';
import type { CorrectionInput } from '../../utils/db/corrections';
import { isQuotaError } from '../../utils/db/quota';
import type { ReadoutRepository } from '../../utils/db/readouts';
import { isMofaUrl, type PageStatus, pageState } from '../../utils/page-status';

/** What capture needs from the browser and the database, so tests can supply fakes. */
export interface CaptureDeps {
  tabUrl(tabId: number): Promise<string | null>;
  /** Asks the tab's content script to extract its page; rejects when the script does not answer. */
  extract(tabId: number): Promise<ExtractResult>;
  repository(): Promise<ReadoutRepository>;
  /** Told every status found, to keep the tab's badge current. */
  onStatus?(tabId: number, status: PageStatus): void;
}

export interface CaptureService {
  /** Extracts the tab's page and compares it with the saved record. */
  status(tabId: number): Promise<PageStatus>;
  /** Status from an extraction the content script already made (on page load). */
  statusOf(tabId: number, url: string, result: ExtractResult): Promise<PageStatus>;
  /**
   * Extracts the tab's page and saves it; a saved page whose content changed is updated. When the
   * browser has no room for it, answers the unsaved status with `saveError: 'storage-full'` (the
   * collection is untouched, and saving again is possible); other failures reject. `corrections`
   * (made in the popup before saving) are stored with the capture.
   */
  save(tabId: number, corrections?: CorrectionInput): Promise<PageStatus>;
}

export function createCaptureService(deps: CaptureDeps): CaptureService {
  const report = (tabId: number, status: PageStatus): PageStatus => {
    deps.onStatus?.(tabId, status);
    return status;
  };

  const statusOf = async (tabId: number, url: string, result: ExtractResult): Promise<PageStatus> => {
    const id = result.kind === 'readout' ? result.readout.id : readoutIdFromUrl(url);
    const saved = (await (await deps.repository()).get(id)) ?? null;
    return report(tabId, { state: pageState(result, saved), url, result, saved });
  };

  const status = async (tabId: number): Promise<PageStatus> => {
    const url = await deps.tabUrl(tabId);
    if (!url || !isMofaUrl(url)) return report(tabId, { state: 'not-mofa', url, result: null, saved: null });
    let result: ExtractResult;
    try {
      result = await deps.extract(tabId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return report(tabId, { state: 'unreachable', url, result: null, saved: null, error: message });
    }
    return statusOf(tabId, url, result);
  };

  const save = async (tabId: number, corrections?: CorrectionInput): Promise<PageStatus> => {
    const current = await status(tabId);
    const pending = corrections && Object.keys(corrections).length > 0 ? corrections : undefined;
    if (current.result?.kind !== 'readout' || (current.state === 'saved' && !pending)) return current;
    const repository = await deps.repository();
    let readout: Readout;
    try {
      ({ readout } = await repository.saveCapture(current.result.readout, pending));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      return report(tabId, { ...current, saveError: 'storage-full' });
    }
    return report(tabId, { ...current, state: 'saved', saved: readout });
  };

  return { status, statusOf, save };
}
