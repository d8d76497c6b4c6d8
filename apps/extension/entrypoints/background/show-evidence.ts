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
  /** Injects the content script into a tab opened before the extension was installed or updated. */
  inject?(tabId: number): Promise<void>;
}

/** An address without its fragment, for comparing a tab with a readout's addresses. */
const page = (url: string): string => url.split('#')[0]!;

/**
 * Asks the tab's content script; a tab opened before the extension was installed or updated has
 * none, so it gets one and is asked again. Null when no script answers even then.
 */
async function highlightIn(
  deps: ShowEvidenceDeps,
  tabId: number,
  evidence: Evidence,
): Promise<EvidenceShown | null> {
  try {
    return await deps.highlight(tabId, evidence);
  } catch {
    if (!deps.inject) return null;
  }
  try {
    await deps.inject(tabId);
    return await deps.highlight(tabId, evidence);
  } catch {
    // Still loading, or a page the extension may not script (an error page).
    return null;
  }
}

/** Shows evidence in the open tab of a readout's page and brings that tab forward. */
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
    const shown = await highlightIn(deps, tab.id, evidence);
    if (shown === null) return 'no-tab';
    if (shown === 'shown') await deps.focus(tab.id, tab.windowId);
    return shown;
  };
}
