// One walk over the page finds what the page-level readers look for: the headline <h1>, section
// titles, breadcrumb items and links, each with where it sits. In linkedom every walk and every
// class read is costly, so the page is walked once instead of once per selector.
import { classOf, tagOf, walkElements } from './query';

/** An `a[href]` element and where it sits. */
export interface PageAnchor {
  a: Element;
  /** Inside the content root. */
  inRoot: boolean;
  /** Inside `aside.related` or `.related-links`. */
  related: boolean;
  /** The link or an ancestor is navigation, a breadcrumb or a share/back/page-top control. */
  furniture: boolean;
}

export interface PageMarks {
  /** The real site's section label: the first `h1.title1` inside `#contents-header`. */
  sectionH1: Element | null;
  /** The real site's headline: the first `h2.title2` inside `#contents-header`. */
  headerH2: Element | null;
  /** A `#breadcrumb` bar without list items: links separated by " > ", the page title last. */
  crumbBar: Element | null;
  /** The first <h1> inside the content root (`root.querySelector('h1')`). */
  rootH1: Element | null;
  /** The first <h1> on the page. */
  firstH1: Element | null;
  /** `.section-title` elements, in document order, each with whether it lies inside the root. */
  sectionTitles: Array<{ el: Element; inRoot: boolean }>;
  /** `#breadcrumb li, .breadcrumb li, .topicpath li`, in document order. */
  crumbs: Element[];
  /** The page's `a[href]` elements, in document order. */
  anchors: PageAnchor[];
}

// Class tokens, as CSS `.name` matches them.
const SECTION_TITLE_CLASS = /(?:^|\s)section-title(?:$|\s)/;
const TITLE1_CLASS = /(?:^|\s)title1(?:$|\s)/;
const TITLE2_CLASS = /(?:^|\s)title2(?:$|\s)/;
const CRUMB_CLASS = /(?:^|\s)(?:breadcrumb|topicpath)(?:$|\s)/;
const RELATED_LINKS_CLASS = /(?:^|\s)related-links(?:$|\s)/;
const RELATED_CLASS = /(?:^|\s)related(?:$|\s)/;
// `closest('nav, header, footer, .breadcrumb, #breadcrumb, .social-btn-top, .link-back, .pagetop')`
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer']);
const FURNITURE_CLASS = /(?:^|\s)(?:breadcrumb|social-btn-top|link-back|pagetop)(?:$|\s)/;

interface Scope {
  inRoot: boolean;
  /** Inside `#contents-header`, where the real site puts its section label and headline. */
  inHeader: boolean;
  inCrumbs: boolean;
  related: boolean;
  furniture: boolean;
}

const empty = (): PageMarks => ({
  sectionH1: null,
  headerH2: null,
  crumbBar: null,
  rootH1: null,
  firstH1: null,
  sectionTitles: [],
  crumbs: [],
  anchors: [],
});

/** Walks the page once and returns its headline, section and link candidates. */
export function pageMarks(doc: Document, root: Element | null): PageMarks {
  const marks = empty();
  const start: Scope = { inRoot: false, inHeader: false, inCrumbs: false, related: false, furniture: false };
  let crumbItems = 0;
  try {
    walkElements(doc, start, (el, scope) => {
      const tag = tagOf(el);
      const cls = classOf(el);
      const id = el.getAttribute('id');
      if (tag === 'h1') {
        marks.firstH1 ??= el;
        if (scope.inRoot) marks.rootH1 ??= el;
        if (scope.inHeader && TITLE1_CLASS.test(cls)) marks.sectionH1 ??= el;
      } else if (tag === 'h2' && scope.inHeader && TITLE2_CLASS.test(cls)) marks.headerH2 ??= el;
      if (id === 'breadcrumb') marks.crumbBar ??= el;
      if (SECTION_TITLE_CLASS.test(cls)) marks.sectionTitles.push({ el, inRoot: scope.inRoot });
      if (scope.inCrumbs && tag === 'li') {
        marks.crumbs.push(el);
        crumbItems++;
      }
      const furniture =
        scope.furniture || FURNITURE_TAGS.has(tag) || FURNITURE_CLASS.test(cls) || id === 'breadcrumb';
      if (tag === 'a' && el.hasAttribute('href'))
        marks.anchors.push({ a: el, inRoot: scope.inRoot, related: scope.related, furniture });
      const inner: Scope = {
        inRoot: scope.inRoot || el === root,
        inHeader: scope.inHeader || id === 'contents-header',
        inCrumbs: scope.inCrumbs || CRUMB_CLASS.test(cls) || id === 'breadcrumb',
        related:
          scope.related || RELATED_LINKS_CLASS.test(cls) || (tag === 'aside' && RELATED_CLASS.test(cls)),
        furniture,
      };
      return inner.inRoot === scope.inRoot &&
        inner.inHeader === scope.inHeader &&
        inner.inCrumbs === scope.inCrumbs &&
        inner.related === scope.related &&
        inner.furniture === scope.furniture
        ? scope
        : inner;
    });
  } catch {
    return empty();
  }
  if (crumbItems > 0) marks.crumbBar = null;
  return marks;
}
