import { describe, expect, it } from 'vitest';
import { parseHtml } from '../node';
import {
  classOf,
  findElement,
  findElements,
  hasAncestor,
  hasClass,
  tagOf,
  walkElements,
} from '../page/query';

const doc = parseHtml(`<html><head><title>T</title></head><body>
  <div id="main" class="  x 	main-area x "><a href="/1">one</a><a name="no-href">none</a>
    <ul class="breadcrumb"><li>Home</li><li><a href="/2">two</a></li></ul>
    <template><a href="/hidden">hidden</a></template>
  </div><a href="/3">three</a></body></html>`);

describe('selector-free lookups', () => {
  it('finds the elements querySelectorAll finds, in document order, skipping <template> contents', () => {
    const links = findElements(doc, (el) => tagOf(el) === 'a' && el.hasAttribute('href'));
    expect(links).toEqual(Array.from(doc.querySelectorAll('a[href]')));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/1', '/2', '/3']);
  });

  it('stops at the first match and never returns the root itself', () => {
    const main = doc.getElementById('main')!;
    expect(findElement(doc, (el) => tagOf(el) === 'li')?.textContent).toBe('Home');
    expect(findElement(main, (el) => el.getAttribute('id') === 'main')).toBeNull();
  });

  it('matches class tokens as CSS does, not substrings', () => {
    const main = doc.getElementById('main')!;
    expect(hasClass(main, 'main')).toBe(false);
    expect(hasClass(main, 'main-area')).toBe(true);
    expect(classOf(main).trim().split(/\s+/)).toContain('main-area');
    expect(classOf(doc.body)).toBe('');
    const crumbs = findElements(
      doc,
      (el) => tagOf(el) === 'li' && hasAncestor(el, (up) => hasClass(up, 'breadcrumb')),
    );
    expect(crumbs).toEqual(Array.from(doc.querySelectorAll('.breadcrumb li')));
  });

  it('walks in document order, handing each element the scope its parent returned', () => {
    const seen: string[] = [];
    walkElements(doc, false, (el, inCrumbs) => {
      if (inCrumbs) seen.push(tagOf(el));
      return inCrumbs || hasClass(el, 'breadcrumb');
    });
    expect(seen).toEqual(['li', 'li', 'a']);
  });
});
