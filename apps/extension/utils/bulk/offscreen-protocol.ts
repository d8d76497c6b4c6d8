// Parsing fetched pages where a DOM exists: Chrome's MV3 service worker has no DOMParser, so pages go
// to an offscreen document (reason DOM_PARSER) by message; Firefox's background has one and parses
// in place. Both answer the same `ExtractResult` as a click on the page would.
import type { ExtractResult } from '@readouts/schema';
import { extractPage } from '../extractor';

/** The offscreen document's page, as WXT builds the `offscreen` unlisted page. */
export const OFFSCREEN_PATH = '/offscreen.html';

/** Parses a fetched page's HTML and extracts it (what the offscreen document runs for each page). */
export function extractHtml(html: string, url: string, parser: DOMParser = new DOMParser()): ExtractResult {
  const document = parser.parseFromString(html, 'text/html');
  return extractPage(document, url);
}

export interface PageParserDeps {
  /** Whether this context can parse HTML itself (Firefox's background page, a test). */
  hasDomParser(): boolean;
  /** Whether the offscreen document is open now. */
  hasDocument(): Promise<boolean>;
  createDocument(): Promise<void>;
  /** Sends one page to the offscreen document (`offscreen/extract`) and answers its result. */
  send(html: string, url: string): Promise<ExtractResult>;
}

/**
 * The background's parser: in place when a DOMParser exists, else through the offscreen document,
 * opened on first use (and again after the browser closed it). Concurrent first calls open it once.
 */
export function createPageParser(
  deps: PageParserDeps,
): (html: string, url: string) => Promise<ExtractResult> {
  let opening: Promise<void> | null = null;
  const ensureDocument = async () => {
    if (await deps.hasDocument()) return;
    opening ??= deps.createDocument().finally(() => {
      opening = null;
    });
    await opening;
  };
  return async (html, url) => {
    if (deps.hasDomParser()) return extractHtml(html, url);
    await ensureDocument();
    return deps.send(html, url);
  };
}
