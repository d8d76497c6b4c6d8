// The page's links: its other-language version, and related pages linked from the content.
import type { Links } from '@readouts/schema';
import { normaliseText } from '../text/normalise';
import { classOf, tagOf, walkElements } from './query';

const LANGUAGE_LINK =
  /^(?:Japanese|English|日本語|英語|英語版|English version|Japanese version|英語版\s*\(English\))$/i;
const SITE_ROOTS = /^\/(?:mofaj\/?|index\.html?|mofaj\/index\.html?|j_info\/|about\/)?$/;
const SKIP_LINK = /^(?:Back to\b|.{0,40}へ戻る$|Page Top|Tweet|Share|ツイート|シェア|Skip|本文へ)/i;

// `aside.related a[href], .related-links a[href]`
// Class tokens, as CSS `.name` matches them; the walk reads each element's class once.
const RELATED_LINKS_CLASS = /(?:^|\s)related-links(?:$|\s)/;
const RELATED_CLASS = /(?:^|\s)related(?:$|\s)/;
const isRelatedList = (tag: string, cls: string): boolean =>
  RELATED_LINKS_CLASS.test(cls) || (tag === 'aside' && RELATED_CLASS.test(cls));
// `closest('nav, header, footer, .breadcrumb, #breadcrumb, .social-btn-top, .link-back, .pagetop')`
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer']);
const FURNITURE_CLASS = /(?:^|\s)(?:breadcrumb|social-btn-top|link-back|pagetop)(?:$|\s)/;
const isFurniture = (el: Element, tag: string, cls: string): boolean =>
  FURNITURE_TAGS.has(tag) || FURNITURE_CLASS.test(cls) || el.getAttribute('id') === 'breadcrumb';

interface PageAnchor {
  a: Element;
  /** Inside the content root. */
  inRoot: boolean;
  /** Inside `aside.related` or `.related-links`. */
  related: boolean;
  /** The link or an ancestor is navigation, a breadcrumb or a share/back/page-top control. */
  furniture: boolean;
}

// The page's `a[href]` elements in document order, each with where it sits, from one walk instead of
// a selector query per list and a `closest` per link.
function pageAnchors(doc: Document, root: Element | null): PageAnchor[] {
  const anchors: PageAnchor[] = [];
  try {
    walkElements(doc, { inRoot: false, related: false, furniture: false }, (el, scope) => {
      const tag = tagOf(el);
      const cls = classOf(el);
      const furniture = scope.furniture || isFurniture(el, tag, cls);
      if (tag === 'a' && el.hasAttribute('href'))
        anchors.push({ a: el, inRoot: scope.inRoot, related: scope.related, furniture });
      const inRoot = scope.inRoot || el === root;
      const related = scope.related || isRelatedList(tag, cls);
      return inRoot === scope.inRoot && related === scope.related && furniture === scope.furniture
        ? scope
        : { inRoot, related, furniture };
    });
  } catch {
    return [];
  }
  return anchors;
}

function resolve(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    if (!/^https?:$/.test(url.protocol)) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Collects the language counterpart and related links (absolute URLs, at most 200). */
export function pageLinks(doc: Document, root: Element | null, base: string): Links {
  let languageCounterpart: string | null = null;
  const links = pageAnchors(doc, root);
  for (const { a } of links) {
    const text = normaliseText(a.textContent ?? '');
    if (!LANGUAGE_LINK.test(text)) continue;
    const url = resolve(a.getAttribute('href') ?? '', base);
    if (!url) continue;
    const path = new URL(url).pathname;
    if (SITE_ROOTS.test(path) || url.split('#')[0] === base.split('#')[0]) continue;
    languageCounterpart = url;
    break;
  }
  const related: Links['related'] = [];
  const seen = new Set<string>();
  const anchors = [...links.filter((l) => l.inRoot), ...links.filter((l) => l.related)];
  for (const { a, furniture } of anchors) {
    if (related.length >= 200) break;
    const raw = a.getAttribute('href') ?? '';
    if (!raw || raw.startsWith('#') || /^javascript:/i.test(raw)) continue;
    const title = normaliseText(a.textContent ?? '');
    if (!title || SKIP_LINK.test(title) || LANGUAGE_LINK.test(title)) continue;
    if (furniture) continue;
    const url = resolve(raw, base);
    if (!url || seen.has(url) || url === languageCounterpart) continue;
    seen.add(url);
    related.push({ title: title.slice(0, 500), url: url.slice(0, 2000) });
  }
  return { languageCounterpart: languageCounterpart?.slice(0, 2000) ?? null, related };
}
