// The page extractor as the extension sees it: `extractReadout(document, url)` from @readouts/extract.

import * as extractModule from '@readouts/extract';
import type { ExtractResult } from '@readouts/schema';

type Extract = (document: Document, url: string) => ExtractResult;

/** Extracts the readout from a page, turning an extractor crash into a `not-readout` answer. */
export function extractPage(document: Document, url: string): ExtractResult {
  // Until @readouts/extract exports its function, every page reads as "no extractor".
  const extract = (extractModule as { extractReadout?: Extract }).extractReadout;
  if (!extract) return { kind: 'not-readout', reasons: ['The extractor is not available in this build.'] };
  try {
    return extract(document, url);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'not-readout', reasons: [`The extractor failed on this page: ${message}`] };
  }
}
