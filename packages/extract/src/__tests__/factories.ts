// Test data factories: a minimal MOFA-style page around a lead sentence, parsed with linkedom.
import { extractReadout } from '../extract';
import { parseHtml } from '../node';

export interface PageParts {
  lang?: 'en' | 'ja';
  headline?: string | null;
  section?: string | null;
  dateline?: string | null;
  lead: string;
  /** Extra HTML after the lead (lists, paragraphs, footers). */
  body?: string;
  head?: string;
  /** The <title> text; defaults to the headline or the section. */
  title?: string;
}

/** Builds the HTML of a readout page in the "current" MOFA template. */
export function pageHtml(parts: PageParts): string {
  const lang = parts.lang ?? 'en';
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${parts.title ?? parts.headline ?? parts.section ?? ''} | Ministry of Foreign Affairs of Japan</title>${parts.head ?? ''}</head>
<body><header id="header"><ul class="gnav"><li><a href="/">Home</a></li><li><a href="/">${lang === 'ja' ? 'English' : 'Japanese'}</a></li></ul></header>
<div id="maincontents"><div class="main-section section">
${parts.section ? `<p class="section-title">${parts.section}</p>` : ''}
${parts.headline ? `<h1 class="title1">${parts.headline}</h1>` : ''}
${parts.dateline ? `<p class="rightalign">${parts.dateline}</p>` : ''}
<div class="any-area"><p>${parts.lead}</p>${parts.body ?? ''}</div></div></div>
<footer id="footer"><p>Copyright</p></footer></body></html>`;
}

/** Extracts a factory-built page with a fixed capture time; the URL defaults to an English page. */
export function extractPage(parts: PageParts, url?: string) {
  const defaultUrl =
    parts.lang === 'ja'
      ? 'https://www.mofa.go.jp/mofaj/a_o/page1_000001.html'
      : 'https://www.mofa.go.jp/a_o/page1e_000001.html';
  return extractReadout(parseHtml(pageHtml(parts)), url ?? defaultUrl, {
    capturedAt: new Date('2026-01-01T00:00:00Z'),
  });
}

/** Extracts a page and fails the test unless it is a readout. */
export function readoutOf(parts: PageParts, url?: string) {
  const result = extractPage(parts, url);
  if (result.kind !== 'readout') throw new Error(`not a readout: ${result.reasons.join('; ')}`);
  return result.readout;
}
