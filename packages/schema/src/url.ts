// Canonical URLs and record ids: the same MOFA page captured on two devices must be one record.
import { hashText } from './hash';

const MOFA_HOSTS = new Set(['mofa.go.jp', 'www.mofa.go.jp']);

/**
 * Normalises a page URL: https, lower-case host, `mofa.go.jp` as `www.mofa.go.jp`, no query,
 * fragment, default port, repeated slashes or trailing `index.html`.
 * @example normaliseUrl('http://MOFA.go.jp//a_o/index.html?x=1#top') // 'https://www.mofa.go.jp/a_o/'
 */
export function normaliseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  const host = url.hostname.toLowerCase();
  const hostname = MOFA_HOSTS.has(host) ? 'www.mofa.go.jp' : host;
  const pathname = url.pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html?$/i, '/');
  const port = url.port && !['80', '443'].includes(url.port) ? `:${url.port}` : '';
  const protocol = MOFA_HOSTS.has(host) || url.protocol === 'http:' ? 'https:' : url.protocol;
  return `${protocol}//${hostname}${port}${pathname}`;
}

/**
 * Derives a readout id from its canonical URL: the page path as a readable slug
 * (`/mofaj/a_o/na/kr/page3_003014.html` gives `mofaj-a_o-na-kr-page3_003014`), with a hash suffix
 * when the path holds characters a slug cannot keep or the host is not MOFA's.
 */
export function readoutIdFromUrl(raw: string): string {
  const canonical = normaliseUrl(raw);
  let host = '';
  let pathname = canonical;
  try {
    const url = new URL(canonical);
    host = url.hostname;
    pathname = url.pathname;
  } catch {
    return `x-${hashText(canonical)}`;
  }
  const trimmed = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html?$/i, '');
  const slug = trimmed.replace(/\//g, '-');
  const clean = /^[a-z0-9_.-]{1,120}$/i.test(slug) && host === 'www.mofa.go.jp';
  if (clean) return slug;
  const readable = slug.replace(/[^a-z0-9_.-]+/gi, '_').slice(0, 60) || 'page';
  return `${readable}~${hashText(canonical).slice(0, 12)}`;
}
