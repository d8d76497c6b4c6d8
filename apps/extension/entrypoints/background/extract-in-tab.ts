// Asks a MOFA tab to extract its page. A tab opened before the extension was installed, updated
// or reloaded has no live content script to answer: the script is injected once and asked again.
import type { ExtractResult } from '@readouts/schema';

export interface TabExtractDeps {
  /** Sends the tab's content script the extract request; rejects when nothing answers. */
  ask(tabId: number): Promise<ExtractResult>;
  /** Injects the content script into the tab. */
  inject(tabId: number): Promise<void>;
}

/**
 * An `extract(tabId)` that injects the content script when the tab does not answer.
 * When injecting fails too (not a MOFA page any more, a closed tab), the first error stands.
 */
export function extractInTab(deps: TabExtractDeps): (tabId: number) => Promise<ExtractResult> {
  return async (tabId) => {
    try {
      return await deps.ask(tabId);
    } catch (unanswered) {
      try {
        await deps.inject(tabId);
      } catch {
        throw unanswered;
      }
      return deps.ask(tabId);
    }
  };
}
