// Which anchors of a MOFA page are its content: those in the main column, not the site's header,
// menus, breadcrumb, "back to" links, footer or the archive table (read by archiveLinks instead).

/** Where the content sits on the real skeleton and on older pages, most specific first. */
const CONTENT_ROOTS = ['#maincontents', '#main', 'main', '#contents', 'body'];

/** Page furniture inside or around the content column. */
const FURNITURE = [
  'header',
  'nav',
  'footer',
  '#header',
  '#footer',
  '#navi-global',
  '#breadcrumb',
  '#pagetop',
  '.index',
  '.social-btn-top',
  '.archive-link',
  '.archives-wrapper',
  '.archives-data',
].join(', ');

/** The anchors of the page's content, in document order. */
export function contentAnchors(document: Document): HTMLAnchorElement[] {
  const root = CONTENT_ROOTS.map((s) => document.querySelector(s)).find((el) => el !== null) ?? document;
  return [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => !a.closest(FURNITURE));
}

/** The text of an element with runs of white space as one space. */
export const textOf = (node: Node | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
