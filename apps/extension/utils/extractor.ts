// The page extractor as the extension runs it: `extractReadout(document, url)` from @readouts/extract.
import { extractReadout, notice } from '@readouts/extract';
import type { ExtractResult } from '@readouts/schema';

/** Extracts the readout from a page, turning an unexpected crash into a `not-readout` answer. */
export function extractPage(document: Document, url: string): ExtractResult {
  try {
    return extractReadout(document, url);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'not-readout', reasons: [notice('page.unreadable', { message: message.slice(0, 200) })] };
  }
}
