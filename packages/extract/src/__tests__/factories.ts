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
  /**
   * `real` (the default): the www.mofa.go.jp skeleton of 2026, section label in h1.title1 and
   * headline in h2.title2 inside #contents-header; `guessed`: the reconstructed "current" template
   * of the first fixtures, headline in the h1.
   */
  layout?: 'real' | 'guessed';
}

/** Builds the HTML of a readout page in the real MOFA skeleton (or the reconstructed template). */
export function pageHtml(parts: PageParts): string {
  const lang = parts.lang ?? 'en';
  if ((parts.layout ?? 'real') === 'real') return realPageHtml(parts, lang);
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${parts.title ?? parts.headline ?? parts.section ?? ''} | Ministry of Foreign Affairs of Japan</title>${parts.head ?? ''}</head>
<body><header id="header"><ul class="gnav"><li><a href="/">Home</a></li><li><a href="/">${lang === 'ja' ? 'English' : 'Japanese'}</a></li></ul></header>
<div id="maincontents"><div class="main-section section">
${parts.section ? `<p class="section-title">${parts.section}</p>` : ''}
${parts.headline ? `<h1 class="title1">${parts.headline}</h1>` : ''}
${parts.dateline ? `<p class="rightalign">${parts.dateline}</p>` : ''}
<div class="any-area"><p>${parts.lead}</p>${parts.body ?? ''}</div></div></div>
<footer id="footer"><p>Copyright</p></footer></body></html>`;
}

function realPageHtml(parts: PageParts, lang: 'en' | 'ja'): string {
  const site = lang === 'ja' ? '外務省' : 'Ministry of Foreign Affairs of Japan';
  const shown = parts.title ?? parts.headline ?? parts.section ?? site;
  return `<!DOCTYPE html>\r\n<html lang="${lang}"><head><meta charset="utf-8"><title>${shown}｜${site}</title>
<meta property="og:title" content="${shown}">${parts.head ?? ''}</head>
<body class="page-single"><div id="wrapper"><header id="header"><ul class="menu-sub"><li><a href="#contents">${lang === 'ja' ? '本文へ' : 'Skip to main content'}</a></li></ul>
<ul class="menu-language"><li><a href="/">${lang === 'ja' ? 'English' : 'Japanese'}</a></li></ul></header>
<nav id="navi-global"><ul><li><a href="/">${lang === 'ja' ? '外交政策' : 'Foreign Policy'}</a></li></ul></nav>
<div id="breadcrumb"><a href="/">${lang === 'ja' ? 'トップページ' : 'Top'}</a>&nbsp;&gt;&nbsp;${parts.section ? `<a href="index.html">${parts.section}</a>&nbsp;&gt;&nbsp;` : ''}${parts.headline ?? ''}</div>
<main id="contents"><article id="contents-article"><div id="contents-header">
<h1 class="title1"><span>${parts.section ?? ''}</span></h1>
${parts.headline ? `<h2 class="title2 title-logo"><span>${parts.headline}</span></h2>` : ''}
</div><div id="contents-body"><div id="main"><div id="maincontents">
<div class="social-btn-top"><ul><li>${lang === 'ja' ? 'ポスト' : 'Post'}</li><li>${lang === 'ja' ? '印刷' : 'Print'}</li></ul></div>
${parts.dateline ? `<div class="rightalign">${parts.dateline}</div>` : ''}
<div id="section1" class="main-section section"><div class="section-block image-section-top"><div class="text"><div class="any-area"><p>${parts.lead}</p>${parts.body ?? ''}</div></div></div></div>
<hr><div class="relatedlink-section"><h2 class="title2">${lang === 'ja' ? '関連リンク' : 'Related Links'}</h2><ul><li><a href="/">${lang === 'ja' ? '国・地域' : 'Countries &amp; Regions'}</a></li></ul></div>
</div></div></div></article></main>
<div id="pagetop"><a href="#header">${lang === 'ja' ? 'このページのトップへ戻る' : 'Back to Top'}</a></div>
<div class="index"><a href="index.html">${parts.section ? `${lang === 'ja' ? `${parts.section}へ戻る` : `Back to ${parts.section}`}` : ''}</a></div>
<footer id="footer"><p>Copyright</p></footer></div></body></html>`;
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
  if (result.kind !== 'readout')
    throw new Error(`not a readout: ${result.reasons.map((r) => r.code).join('; ')}`);
  return result.readout;
}
