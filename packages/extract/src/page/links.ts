// The page's links: its other-language version, and related pages linked from the content.
import type { Links } from '@readouts/schema';
import { cutText } from '../text/cut';
import { normaliseText } from '../text/normalise';
import type { PageAnchor } from './marks';

const LANGUAGE_LINK =
  /^(?:Japanese|English|日本語|英語|英語版|English version|Japanese version|英語版\s*\(English\))$/i;
const SITE_ROOTS = /^\/(?:mofaj\/?|index\.html?|mofaj\/index\.html?|j_info\/|about\/)?$/;
const SKIP_LINK = /^(?:Back to\b|.{0,40}へ戻る$|Page Top|Tweet|Share|ツイート|シェア|Skip|本文へ)/i;

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
export function pageLinks(links: PageAnchor[], base: string): Links {
  let languageCounterpart: string | null = null;
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
    // The site's top page ("Top", "トップページ") is furniture, wherever it is linked from.
    if (SITE_ROOTS.test(new URL(url).pathname)) continue;
    seen.add(url);
    related.push({ title: cutText(title, 500), url: cutText(url, 2000) });
  }
  return { languageCounterpart: languageCounterpart ? cutText(languageCounterpart, 2000) : null, related };
}
