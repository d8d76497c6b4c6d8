// Highlights a fragment of a MOFA page (the text a field was read from) with the CSS Custom
// Highlight API: the page's own markup is left as it is. The highlight stays while the reader
// compares it with the record; Escape or the next "Show on page" clears it.
import type { Evidence } from '@readouts/schema';
import type { EvidenceShown } from './messages';

/** The registry name, used by the `::highlight()` rule. */
export const HIGHLIGHT_NAME = 'readouts-evidence';
const STYLE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #111827; }`;

/** Finds the evidence's text in a document (the extractor's `locateEvidence`). */
export type LocateEvidence = (document: Document, evidence: Evidence) => Range | null;

/** The Custom Highlight API of a window, when it has one. */
interface HighlightApi {
  highlights: { set(name: string, highlight: unknown): void; delete(name: string): void };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(view: Window | null): HighlightApi | null {
  const w = view as
    | (Window & { CSS?: { highlights?: HighlightApi['highlights'] }; Highlight?: HighlightApi['Highlight'] })
    | null;
  if (!w?.CSS?.highlights || !w.Highlight) return null;
  return { highlights: w.CSS.highlights, Highlight: w.Highlight };
}

/**
 * A highlighter for one document: `show` highlights the evidence (clearing the one before) and
 * scrolls it into view; Escape clears it. The style is adopted once as a constructed sheet, so no
 * element is added to the page.
 */
export function createHighlighter(document: Document, locate: LocateEvidence) {
  let styled = false;
  const api = () => highlightApi(document.defaultView);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') clear();
  };
  const clear = () => {
    document.removeEventListener('keydown', onKey, true);
    api()?.highlights.delete(HIGHLIGHT_NAME);
  };
  const style = () => {
    if (styled) return;
    styled = true;
    const Sheet = document.defaultView?.CSSStyleSheet;
    if (!Sheet || !('adoptedStyleSheets' in document)) return;
    const sheet = new Sheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  };
  return {
    clear,
    show(evidence: Evidence): EvidenceShown {
      clear();
      const range = locate(document, evidence);
      if (!range) return 'not-found';
      const registry = api();
      if (registry) {
        style();
        registry.highlights.set(HIGHLIGHT_NAME, new registry.Highlight(range));
        // Capture phase: the page's own handlers cannot swallow the key first.
        document.addEventListener('keydown', onKey, true);
      }
      const target =
        range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      return 'shown';
    },
  };
}
