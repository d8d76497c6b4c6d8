// Collects where each field's value was read. A rule says what text it read (and why, when it
// inferred the value); the recorder finds that text in the page's blocks or headline and keeps
// the offsets, so rules never count characters.
import type { Evidence, EvidenceSource, Notice } from '@readouts/schema';
import type { Block } from '../page/blocks';
import { cutText } from '../text/cut';

/** Where a quoted fragment is looked for: a run of blocks (by index, both ends included) or the headline. */
export type QuoteScope = { from: number; to: number } | 'headline';

export interface EvidencePage {
  /** The content blocks, numbered as `collectBlocks` numbers them. */
  blocks: readonly Block[];
  headline: string | null;
  /** Whether the headline was read from the page's heading or from its metadata (og:title, <title>). */
  headlineSource: 'headline' | 'meta';
  /** The block the dateline was read from, or -1. */
  dateline: number;
}

const MAX_TEXT = 500;
const MAX_ENTRIES = 2000;

/** An evidence recorder for one page; `list()` answers what the rules recorded, in order. */
export function createEvidenceRecorder(page: EvidencePage) {
  const out: Evidence[] = [];
  const sourceOf = (block: number): EvidenceSource => (block === page.dateline ? 'dateline' : 'body');
  const push = (
    field: string,
    source: EvidenceSource,
    block: number | null,
    whole: string,
    start: number,
    end: number,
    inferred: Notice | null,
  ) => {
    if (out.length >= MAX_ENTRIES || end <= start) return;
    const text = cutText(whole.slice(start, end), MAX_TEXT);
    out.push({ field, source, block, start, end: start + text.length, text, inferred });
  };
  const recorder = {
    /** Records `text` where it first occurs in `scope`; false (nothing recorded) when it is not there. */
    quote(field: string, text: string, scope: QuoteScope, inferred: Notice | null = null): boolean {
      const wanted = text.trim();
      if (!wanted) return false;
      if (scope === 'headline') {
        const at = page.headline?.indexOf(wanted) ?? -1;
        if (at < 0) return false;
        push(field, page.headlineSource, null, page.headline!, at, at + wanted.length, inferred);
        return true;
      }
      const last = Math.min(scope.to, page.blocks.length - 1);
      for (let i = Math.max(scope.from, 0); i <= last; i++) {
        const blockText = page.blocks[i]!.text;
        const at = blockText.indexOf(wanted);
        if (at < 0) continue;
        push(field, sourceOf(i), i, blockText, at, at + wanted.length, inferred);
        return true;
      }
      return false;
    },
    /** Records the first of `texts` found in any of `scopes`, tried in order. */
    quoteFirst(
      field: string,
      texts: readonly string[],
      scopes: readonly QuoteScope[],
      inferred: Notice | null = null,
    ) {
      for (const scope of scopes)
        for (const text of texts) if (recorder.quote(field, text, scope, inferred)) return true;
      return false;
    },
    /** Records a whole block (a dateline, a heading). */
    block(field: string, index: number, inferred: Notice | null = null): void {
      const b = page.blocks[index];
      if (b) push(field, sourceOf(index), index, b.text, 0, b.text.length, inferred);
    },
    /** Records the whole headline. */
    headline(field: string, inferred: Notice | null = null): boolean {
      if (!page.headline) return false;
      push(field, page.headlineSource, null, page.headline, 0, page.headline.length, inferred);
      return true;
    },
    /** Whether a rule has recorded evidence for `field`. */
    has(field: string): boolean {
      return out.some((e) => e.field === field);
    },
    list(): Evidence[] {
      return out;
    },
  };
  return recorder;
}

export type EvidenceRecorder = ReturnType<typeof createEvidenceRecorder>;
