import { readFileSync } from 'node:fs';
import { parseHtml } from '@readouts/extract/node';
import { describe, expect, it } from 'vitest';
import { archiveLinks, discoverReadoutLinks, readListDay, scoreLink, selectArchives } from '../index';

const INDEX_URL = 'https://www.mofa.go.jp/mofaj/press/release/index.html';
const realIndex = () =>
  parseHtml(readFileSync(new URL('fixtures/real-press-release-index.html', import.meta.url), 'utf8'));

/** A list page in the real skeleton's shape, with the given entries inside #maincontents. */
function listPage(body: string, furniture = ''): Document {
  return parseHtml(`<!DOCTYPE html><html lang="en"><body><div id="wrapper">
    <header id="header"><a href="/index.html">Top</a></header>
    <nav id="navi-global"><a href="/policy/index.html">Foreign Policy</a><a href="/press/release/meeting-menu.html">Meeting</a></nav>
    <main id="contents"><div id="maincontents">${body}</div></main>
    <div class="index"><a href="/press/release/index.html">Back to Press Releases</a></div>
    <footer id="footer"><a href="/about/talks.html">Talks about us</a>${furniture}</footer>
  </div></body></html>`);
}

describe('discoverReadoutLinks on the real press-release index', () => {
  const doc = realIndex();
  const all = discoverReadoutLinks(doc, INDEX_URL, { today: '2026-08-20', minScore: 0 });
  const links = discoverReadoutLinks(doc, INDEX_URL, { today: '2026-08-20' });

  it('finds every entry of the list once, and nothing from the header, menus, footer or archives', () => {
    const hrefs = new Set(
      [...doc.querySelectorAll('#pressrelease a[href]')].map(
        (a) => new URL(a.getAttribute('href')!, INDEX_URL).href,
      ),
    );
    expect(all).toHaveLength(121);
    expect(new Set(all.map((l) => l.url))).toEqual(hrefs);
  });

  it('keeps same-site pages only: no PDFs, no other sites', () => {
    for (const link of all) {
      expect(new URL(link.url).host).toBe('www.mofa.go.jp');
      expect(link.url).toMatch(/\.html$/);
    }
    expect(all.some((l) => l.url.includes('warp.ndl.go.jp'))).toBe(false);
  });

  it('keeps the meetings and leaves out credentials, aid, personnel and visit announcements', () => {
    expect(links).toHaveLength(50);
    const texts = links.map((l) => l.text);
    expect(texts).toContain('日・トリニダード・トバゴ外相会談');
    expect(texts).toContain('日・イラン外相電話会談');
    expect(texts).toContain('茂木外務大臣によるアリーミー・イエメン大統領指導評議会議長への表敬');
    for (const t of texts) expect(t).not.toMatch(/信任状捧呈|無償資金協力|人事異動|訪問$/);
    const talks = links.find((l) => l.text === '日・トリニダード・トバゴ外相会談');
    expect(talks).toMatchObject({
      id: 'mofaj-la_c-crb-tt-pageit_000001_03126',
      likelihood: 'likely',
      reasons: ['url.content-page', 'text.ja.talks'],
      listDateText: '8月7日付',
      listDate: '2026-08-07',
    });
    expect(links.find((l) => l.text.includes('ミクロネシア連邦訪問（結果）'))?.likelihood).toBe('possible');
  });

  it('dates entries from the dt above them; without today a date with no year stays undated', () => {
    expect(all[0]).toMatchObject({ listDateText: '8月19日付', listDate: '2026-08-19' });
    expect(all.at(-1)?.listDate).toBe('2026-07-19');
    const undated = discoverReadoutLinks(doc, INDEX_URL);
    expect(undated[0]).toMatchObject({ listDateText: '8月19日付', listDate: null });
    const january = discoverReadoutLinks(doc, INDEX_URL, { today: '2027-01-05' });
    expect(january[0]?.listDate).toBe('2026-08-19');
  });
});

describe('archiveLinks', () => {
  const links = archiveLinks(realIndex(), INDEX_URL);

  it('reads the archive table: every month link, newest first, year from the row', () => {
    expect(links).toHaveLength(68);
    expect(links[0]).toMatchObject({
      url: 'https://www.mofa.go.jp/mofaj/press/release/8_08_index.html',
      year: 2026,
      month: 8,
    });
    expect(links.at(-1)).toMatchObject({
      url: 'https://www.mofa.go.jp/mofaj/press/release/3_1_index.html',
      year: 2021,
      month: 1,
    });
  });

  it("selects this month's or this year's archives", () => {
    expect(selectArchives(links, 'this-month', '2026-08-20').map((l) => l.month)).toEqual([8]);
    expect(selectArchives(links, 'this-year', '2026-08-20').map((l) => l.month)).toEqual([
      8, 7, 6, 5, 4, 3, 2, 1,
    ]);
    expect(selectArchives(links, 'this-month', '2030-01-01')).toEqual([]);
  });

  it('finds archive pages by URL on a page without the table', () => {
    const doc = listPage('<p><a href="/mofaj/press/release/7_12_index.html">December</a></p>');
    expect(archiveLinks(doc, INDEX_URL)).toMatchObject([{ year: 2025, month: 12 }]);
  });
});

describe('discoverReadoutLinks on edge cases', () => {
  const PAGE = 'https://www.mofa.go.jp/press/release/index.html';

  it('leaves out files, other sites, in-page, mail and script links, and the list pages', () => {
    const doc = listPage(`<ul>
      <li><a href="/files/100123.pdf">Japan-U.S. Summit Meeting (PDF)</a></li>
      <li><a href="https://www.kantei.go.jp/jp/meeting.html">Summit Meeting</a></li>
      <li><a href="#top">Meeting</a></li>
      <li><a href="mailto:a@b.c">Meeting</a></li>
      <li><a href="javascript:void(0)">Meeting</a></li>
      <li><a href="/region/asia-paci/index.html">Meetings in Asia</a></li>
      <li><a href="/press/release/7_12_index.html">December meetings</a></li>
      <li><a href="/press/release/press1e_000400.html">Japan-India Foreign Ministers' Meeting</a></li>
    </ul>`);
    expect(discoverReadoutLinks(doc, PAGE).map((l) => l.url)).toEqual([
      'https://www.mofa.go.jp/press/release/press1e_000400.html',
    ]);
  });

  it('leaves out the page furniture even when its text looks like a meeting', () => {
    const doc = listPage(
      '<p>No entries this month.</p>',
      '<a href="/press/release/press4e_1.html">Summit Meeting</a>',
    );
    expect(discoverReadoutLinks(doc, PAGE, { minScore: 0 })).toEqual([]);
  });

  it('merges links to one page by canonical URL, keeping the best-scoring text', () => {
    const doc = listPage(`<ul>
      <li><a href="http://mofa.go.jp/na/na1/us/page4e_001500.html#p1">(Photos)</a></li>
      <li><a href="https://www.mofa.go.jp/na/na1/us/page4e_001500.html?from=top">Japan-U.S. Summit Telephone Talk</a></li>
    </ul>`);
    const links = discoverReadoutLinks(doc, PAGE, { minScore: 0 });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      canonicalUrl: 'https://www.mofa.go.jp/na/na1/us/page4e_001500.html',
      id: 'na-na1-us-page4e_001500',
      text: 'Japan-U.S. Summit Telephone Talk',
      likelihood: 'likely',
    });
  });

  it('reads dates written in a list item beside the link, and resolves relative links', () => {
    const doc = listPage(`<ul>
      <li>August 19, 2026 <a href="page3e_001600.html">Japan-Australia Foreign Ministers' Meeting</a></li>
      <li>19 August <a href="page3e_001601.html">Courtesy Call on Prime Minister Takaichi</a></li>
      <li><a href="page3e_001602.html">Press Conference by Foreign Minister Motegi</a></li>
    </ul>`);
    const links = discoverReadoutLinks(doc, 'https://www.mofa.go.jp/a_o/ocn/au/index.html', {
      today: '2026-09-01',
    });
    expect(links.map((l) => [l.url, l.listDate])).toEqual([
      ['https://www.mofa.go.jp/a_o/ocn/au/page3e_001600.html', '2026-08-19'],
      ['https://www.mofa.go.jp/a_o/ocn/au/page3e_001601.html', '2026-08-19'],
    ]);
  });

  it('takes the year of an archive page from its URL', () => {
    const doc = parseHtml(
      '<main><dl class="title-list"><dt class="list-title">12月3日付</dt><dd><ul class="link-list"><li><a href="/mofaj/a_o/page1_0001.html">日中外相会談</a></li></ul></dd></dl></main>',
    );
    const [link] = discoverReadoutLinks(doc, 'https://www.mofa.go.jp/mofaj/press/release/7_12_index.html');
    expect(link?.listDate).toBe('2025-12-03');
  });
});

describe('scoreLink', () => {
  it('scores readout-like URLs up and press conferences and site sections down', () => {
    expect(
      scoreLink('https://www.mofa.go.jp/region/asia-paci/mongolia/talk0703.html', 'Talks').reasons,
    ).toContain('url.meeting-path');
    expect(
      scoreLink('https://www.mofa.go.jp/mofaj/kaidan/g_aso/mongolia_07/gaiyo.html', '日本・モンゴル外相会談')
        .likelihood,
    ).toBe('likely');
    expect(
      scoreLink('https://www.mofa.go.jp/press/kaiken/kaiken4e_000854.html', 'Press Conference').score,
    ).toBe(0);
    expect(scoreLink('https://www.mofa.go.jp/mofaj/toko/visa/meeting.html', 'Meeting').score).toBe(0);
  });

  it('reads the text by its script, whatever the page language', () => {
    expect(
      scoreLink('https://www.mofa.go.jp/mofaj/a/page1_1.html', 'Japan-China Summit Meeting').reasons,
    ).toContain('text.en.summit');
    expect(scoreLink('https://www.mofa.go.jp/a/page1e_1.html', '日中首脳会談').reasons).toContain(
      'text.ja.talks',
    );
  });
});

describe('readListDay', () => {
  it.each([
    ['8月19日付', { year: null, month: 8, day: 19 }],
    ['令和元年5月1日', { year: 2019, month: 5, day: 1 }],
    ['平成30年８月１７日', { year: 2018, month: 8, day: 17 }],
    ['2026/8/19', { year: 2026, month: 8, day: 19 }],
    ['August 19, 2026', { year: 2026, month: 8, day: 19 }],
    ['19 Aug.', { year: null, month: 8, day: 19 }],
  ])('reads %s', (text, day) => {
    expect(readListDay(text)).toEqual(day);
  });

  it('reads no date from text without one, nor from an impossible month', () => {
    expect(readListDay('日・メキシコ外相会談')).toBeNull();
    expect(readListDay('13月5日')).toBeNull();
  });
});
