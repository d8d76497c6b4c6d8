import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from '../../messages';
import { createPageParser, extractHtml } from '../offscreen-protocol';

const real = path.resolve(import.meta.dirname, '../../../../../packages/extract/eval/dev/real');
const PAGE = 'la_c-m_ca_c-mx-page4e_000895.html';
const URL_ = 'https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html';

describe('offscreen parsing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('extracts a fetched real page from its HTML as a click would', () => {
    const result = extractHtml(readFileSync(path.join(real, PAGE), 'utf8'), URL_);
    expect(result.kind).toBe('readout');
    if (result.kind === 'readout') expect(result.readout.id).toBe('la_c-m_ca_c-mx-page4e_000895');
  });

  it('answers a page that is not a readout with its reasons', () => {
    const result = extractHtml('<html><body><p>Nothing here</p></body></html>', URL_);
    expect(result.kind).toBe('not-readout');
    if (result.kind === 'not-readout') expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('without a DOMParser, opens the offscreen document once and sends it each page by message', async () => {
    // The offscreen document's side, as entrypoints/offscreen/main.ts registers it.
    onMessage('offscreen/extract', ({ html, url }) => extractHtml(html, url));
    let open = false;
    let created = 0;
    const parse = createPageParser({
      hasDomParser: () => false,
      hasDocument: async () => open,
      createDocument: async () => {
        created += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        open = true;
      },
      send: (html, url) => sendMessage('offscreen/extract', { html, url }),
    });
    const html = readFileSync(path.join(real, PAGE), 'utf8');
    const [a, b] = await Promise.all([parse(html, URL_), parse('<p>x</p>', URL_)]);
    expect(created).toBe(1);
    expect(a.kind).toBe('readout');
    expect(b.kind).toBe('not-readout');
    open = false; // the browser closed it: the next page opens it again
    await parse(html, URL_);
    expect(created).toBe(2);
  });

  it('with a DOMParser (Firefox background), parses in place and never opens a document', async () => {
    const parse = createPageParser({
      hasDomParser: () => true,
      hasDocument: async () => false,
      createDocument: async () => {
        throw new Error('no offscreen document in Firefox');
      },
      send: async () => {
        throw new Error('not sent');
      },
    });
    expect((await parse('<p>x</p>', URL_)).kind).toBe('not-readout');
  });
});
