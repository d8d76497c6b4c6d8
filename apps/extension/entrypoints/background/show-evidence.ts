// "Show on page" from the collection: finds the open tab showing the readout and asks its content
// script to highlight the evidence there, then brings that tab forward.
import type { Evidence } from '@readouts/schema';
import type { EvidenceShown } from '../../utils/messages';

/** The browser as showing evidence needs it, so tests can supply fakes. */
export interface ShowEvidenceDeps {
  /** Open tabs on www.mofa.go.jp (id and address). */
  mofaTabs(): Promise<Array<{ id?: number; url?: string; windowId?: number }>>;
  highlight(tabId: number, evidence: Evidence): Promise<EvidenceShown>;
  focus(tabId: number, windowId: number | undefined): Promise<void>;
}

/** An address without its fragment, for comparing a tab with a readout's addresses. */
const page = (url: string): string => url.split('#')[0]!;

export function createShowEvidence(deps: ShowEvidenceDeps) {
  return async ({
    urls,
    evidence,
  }: {
    urls: string[];
    evidence: Evidence;
  }): Promise<EvidenceShown | 'no-tab'> => {
    const wanted = new Set(urls.map(page));
    const tab = (await deps.mofaTabs()).find((t) => t.id !== undefined && t.url && wanted.has(page(t.url)));
    if (tab?.id === undefined) return 'no-tab';
    let shown: EvidenceShown;
    try {
      shown = await deps.highlight(tab.id, evidence);
    } catch {
      // The page was opened before the extension was installed or is still loading: no script answers.
      return 'no-tab';
    }
    if (shown === 'shown') await deps.focus(tab.id, tab.windowId);
    return shown;
  };
}
