import { describe, expect, it } from 'vitest';
import { parseHtml } from '../node';
import { pageMarks } from '../page/marks';

const doc = parseHtml(`<html><body>
  <h1>Site</h1>
  <ul id="breadcrumb"><li><a href="/">Home</a></li><li>Japan-Mexico Relations</li></ul>
  <div id="maincontents"><h1>Meeting</h1><p class="section-title">Section</p>
    <p><a href="/a">A</a> <span class="pagetop"><a href="#top">Top</a></span></p></div>
  <aside class="related"><a href="/b">B</a></aside><nav><a href="/c">C</a></nav>
</body></html>`);
const root = doc.getElementById('maincontents');

describe('the page walk', () => {
  it('finds what the selectors it replaces find', () => {
    const marks = pageMarks(doc, root);
    expect(marks.firstH1).toBe(doc.querySelector('h1'));
    expect(marks.rootH1).toBe(root?.querySelector('h1'));
    expect(marks.crumbs).toEqual(
      Array.from(doc.querySelectorAll('#breadcrumb li, .breadcrumb li, .topicpath li')),
    );
    expect(marks.sectionTitles.map((t) => t.el)).toEqual(Array.from(doc.querySelectorAll('.section-title')));
    expect(marks.anchors.map((l) => l.a)).toEqual(Array.from(doc.querySelectorAll('a[href]')));
  });

  it('marks each link with where it sits', () => {
    const where = pageMarks(doc, root).anchors.map(({ a, inRoot, related, furniture }) => [
      a.getAttribute('href'),
      inRoot,
      related,
      furniture,
    ]);
    expect(where).toEqual([
      ['/', false, false, true],
      ['/a', true, false, false],
      ['#top', true, false, true],
      ['/b', false, true, false],
      ['/c', false, false, true],
    ]);
  });
});
