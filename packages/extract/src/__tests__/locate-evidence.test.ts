// @vitest-environment jsdom
// locateEvidence on the real-skeleton pages, parsed by jsdom as a browser would: every evidence
// item read from the page is found again, a Range over exactly its text; an edited page gives null.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Evidence, ReadoutContent } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { extractReadout, locateEvidence } from '../index';
import { parseHtml } from '../node';
import { normaliseText } from '../text/normalise';

const realDir = path.resolve(import.meta.dirname, '../../eval/dev/real');
const rows: Array<{ file: string; url: string; kind: string; lang: string }> = readFileSync(
  path.join(realDir, 'labels.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((r) => r.kind === 'readout');

const capturedAt = new Date('2026-01-01T00:00:00Z');
const html = (file: string) => readFileSync(path.join(realDir, file), 'utf8');
/** A page as the browser holds it. */
const livePage = (source: string) => new DOMParser().parseFromString(source, 'text/html');
/** Text compared modulo whitespace (and the widths normalising folds). */
const squeeze = (text: string) => normaliseText(text).replace(/\s+/g, '');

function readoutOf(doc: Document, url: string): ReadoutContent {
  const result = extractReadout(doc, url, { capturedAt });
  if (result.kind !== 'readout') throw new Error(`not a readout: ${url}`);
  return result.readout;
}

describe('locateEvidence on the real-skeleton pages', () => {
  it.each(rows)('$file: every item read from the page is found, exactly its text', ({ file, url }) => {
    // Captured by the server (linkedom), shown in a browser: the two DOMs must agree on blocks.
    const readout = readoutOf(parseHtml(html(file)), url);
    const doc = livePage(html(file));
    const onPage = readout.capture.evidence.filter((e) => e.source !== 'meta' && e.source !== 'url');
    expect(onPage.length).toBeGreaterThan(3);
    for (const e of onPage) {
      const range = locateEvidence(doc, e);
      expect(range, `${file}: ${e.field} "${e.text}"`).not.toBeNull();
      expect(squeeze(range!.toString())).toBe(squeeze(e.text));
    }
  });

  it('finds the same evidence when the browser DOM did the capture', () => {
    for (const { file, url } of rows.slice(0, 8)) {
      const doc = livePage(html(file));
      for (const e of readoutOf(doc, url).capture.evidence) {
        if (e.source === 'meta' || e.source === 'url') continue;
        expect(squeeze(locateEvidence(doc, e)?.toString() ?? '<none>')).toBe(squeeze(e.text));
      }
    }
  });
});

/** Evidence as the recorder makes it: `text` at `start` in the normalised text of block `block`. */
function evidenceAt(blockText: string, text: string, block: number | null, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = blockText.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in "${blockText}"`);
  const source = block === null ? 'headline' : 'body';
  return {
    field: 'participants.0.name',
    source,
    block,
    start,
    end: start + text.length,
    text,
    inferred: null,
  };
}

const page = (body: string) =>
  livePage(`<!DOCTYPE html><html lang="en"><body><div id="maincontents">${body}</div></body></html>`);

describe('locateEvidence on pages built for it', () => {
  it('takes the occurrence at the offsets when the text appears twice in a block', () => {
    const doc = page('<p>Mr. Kishida thanked Mr. Kishida</p>');
    const range = locateEvidence(doc, evidenceAt('Mr. Kishida thanked Mr. Kishida', 'Mr. Kishida', 0, 1));
    expect(range?.startOffset).toBe(20);
    expect(range?.toString()).toBe('Mr. Kishida');
  });

  it('spans inline elements and tolerates other whitespace and full-width characters', () => {
    const doc = page('<p>Foreign  Minister\n <a href="#">ＫＩＳＨＩＤＡ</a>,&nbsp;met</p>');
    const range = locateEvidence(doc, evidenceAt('Foreign Minister KISHIDA, met', 'Minister KISHIDA,', 0));
    expect(range?.toString()).toBe('Minister\n ＫＩＳＨＩＤＡ,');
  });

  it('counts blocks as the extractor does: a <br> paragraph splits into numbered blocks', () => {
    const doc = page('<p>1 First point<br>2 Second point about <b>trade</b></p>');
    const range = locateEvidence(doc, evidenceAt('2 Second point about trade', 'about trade', 1));
    expect(range?.toString()).toBe('about trade');
  });

  it('finds headline evidence in the headline element', () => {
    const doc = livePage(
      '<html><body><h1>Japan-UK <span>Foreign Ministers</span> Meeting</h1><div id="maincontents"><p>On 1 May, they met.</p></div></body></html>',
    );
    const headline = 'Japan-UK Foreign Ministers Meeting';
    expect(locateEvidence(doc, evidenceAt(headline, 'Foreign Ministers Meeting', null))?.toString()).toBe(
      'Foreign Ministers Meeting',
    );
  });

  it('answers null for metadata and address evidence, which the page does not show', () => {
    const doc = page('<p>Mr. Kishida met</p>');
    const e = evidenceAt('Mr. Kishida met', 'Mr. Kishida', 0);
    expect(locateEvidence(doc, { ...e, source: 'meta', block: null })).toBeNull();
    expect(locateEvidence(doc, { ...e, source: 'url', block: null })).toBeNull();
  });
});

describe('locateEvidence on a page that changed since the capture', () => {
  const { file, url } = rows.find((r) => r.file === 'region-europe-uk-meeting1209_fm.html') ?? rows[0]!;
  const captured = () => readoutOf(parseHtml(html(file)), url);
  const participant = (r: ReadoutContent) => {
    const e = r.capture.evidence.find((x) => x.field.startsWith('participants.') && x.block !== null);
    if (!e) throw new Error(`no participant evidence on ${file}`);
    return e;
  };

  it('answers null when the quoted text was edited out of its block', () => {
    const e = participant(captured());
    const doc = livePage(html(file));
    const range = locateEvidence(doc, e)!;
    const node = range.startContainer as Text;
    node.data = `${node.data.slice(0, range.startOffset)}(edited)${node.data.slice(range.startOffset + 2)}`;
    expect(locateEvidence(doc, e)).toBeNull();
  });

  it('answers null when the block is gone', () => {
    const e = participant(captured());
    expect(locateEvidence(page('<p>A different page.</p>'), e)).toBeNull();
    expect(locateEvidence(livePage(html(file)), { ...e, block: 5000 })).toBeNull();
  });

  it('still finds the text when words were added before it in its block', () => {
    const e = participant(captured());
    const doc = livePage(html(file));
    const node = locateEvidence(doc, e)!.startContainer as Text;
    node.data = `Updated: ${node.data}`;
    const range = locateEvidence(doc, e);
    expect(squeeze(range?.toString() ?? '')).toBe(squeeze(e.text));
  });
});
