// Finds an evidence fragment again in a live page, as a DOM Range over its text nodes, so a UI can
// highlight where a value was read. The page is read with the extractor's own block definition,
// so a block index in the evidence names the same block here.
import type { Evidence } from '@readouts/schema';
import { type BlockSource, collectBlockSources } from '../page/blocks';
import { pageMarks } from '../page/marks';
import { contentRoot, headlineAndSection, headlineElement } from '../page/meta';
import { type FoldedText, foldText, foldWithOffsets } from '../text/fold';

/** The text evidence was quoted from, as the extractor read it, and the DOM text behind it. */
interface Passage {
  /** The normalised text the evidence offsets count in. */
  text: string;
  source: BlockSource;
}

/** The text nodes under `el` as a block source, skipping what the headline reader skips. */
function elementSource(el: Element): BlockSource {
  const source: BlockSource = { raw: '', nodes: [] };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        source.nodes.push({ node: child as Text, at: source.raw.length });
        source.raw += (child as Text).data;
      } else if (child.nodeType === 1 && !/^(?:script|style)$/i.test((child as Element).tagName)) {
        visit(child);
      }
    }
  };
  visit(el);
  return source;
}

function passageOf(doc: Document, evidence: Evidence): Passage | null {
  const root = contentRoot(doc);
  if (evidence.block !== null) {
    if (!root) return null;
    const { blocks, sources } = collectBlockSources(root, evidence.block + 1);
    const block = blocks[evidence.block];
    const source = sources[evidence.block];
    return block && source ? { text: block.text, source } : null;
  }
  // Outside the body only the headline shows on the page; metadata and the address do not.
  if (evidence.source !== 'headline') return null;
  const marks = pageMarks(doc, root);
  const { headline } = headlineAndSection(doc, marks);
  const el = headlineElement(marks, headline);
  return el && headline ? { text: headline, source: elementSource(el) } : null;
}

/** Every place `wanted` starts in `text`. */
function occurrences(text: string, wanted: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) out.push(at);
  return out;
}

/**
 * Where, in the folded passage, the evidence starts: at its offsets when the text there is still
 * the evidence, else the occurrence nearest to them; -1 when the passage no longer holds it.
 */
function foldedStart(passage: Passage, folded: FoldedText, evidence: Evidence, wanted: string): number {
  const expected = foldText(passage.text.slice(0, evidence.start)).length;
  const atOffsets = foldText(passage.text.slice(evidence.start, evidence.end)) === wanted;
  if (atOffsets && folded.text.startsWith(wanted, expected)) return expected;
  const found = occurrences(folded.text, wanted);
  if (found.length === 0) return -1;
  return found.reduce((best, at) => (Math.abs(at - expected) < Math.abs(best - expected) ? at : best));
}

/** The text node holding raw offset `at`, and the offset in it; `end` prefers the node ending there. */
function nodePoint(source: BlockSource, at: number, end: boolean): { node: Text; offset: number } | null {
  for (const { node, at: from } of source.nodes) {
    const to = from + node.data.length;
    if (end ? at > from && at <= to : at >= from && at < to) return { node, offset: at - from };
  }
  return null;
}

/**
 * The Range of `evidence` in a live page: the fragment's block is found by its index among the
 * content blocks, its offsets checked against the evidence text (whitespace and character widths
 * aside), and the block searched for the text when they no longer match. Null when the page no
 * longer shows the text there (it changed since the capture) or the evidence is from metadata.
 * @example locateEvidence(document, readout.capture.evidence[0])?.toString()
 */
export function locateEvidence(doc: Document, evidence: Evidence): Range | null {
  try {
    const wanted = foldText(evidence.text);
    const passage = wanted ? passageOf(doc, evidence) : null;
    if (!passage) return null;
    const folded = foldWithOffsets(passage.source.raw);
    const start = foldedStart(passage, folded, evidence, wanted);
    if (start < 0) return null;
    const from = nodePoint(passage.source, folded.starts[start]!, false);
    const to = nodePoint(passage.source, folded.ends[start + wanted.length - 1]!, true);
    if (!from || !to) return null;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    // A page a script is rewriting can detach a node between the walk and the Range.
    return null;
  }
}
