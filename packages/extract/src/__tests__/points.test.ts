import { describe, expect, it } from 'vitest';
import { readoutOf } from './factories';

const LEAD =
  'On May 3, commencing at 10:00 a.m. for approximately 30 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Ali Baba, Minister of Foreign Affairs of the Republic of India. The overview of the meeting is as follows.';
const base = { headline: 'Japan-India Foreign Ministers’ Meeting', dateline: 'May 3, 2022', lead: LEAD };
const texts = (body: string) => readoutOf({ ...base, body }).points.map((p) => p.text);

describe('points after the lead', () => {
  it('counts top-level numbered items and folds bulleted sub-items into their parent', () => {
    const points =
      texts(`<ol><li><p>Opening</p><ul><li>(1) First remark.</li><li>(2) Second remark.</li></ul></li>
      <li><p>The two ministers discussed trade.</p></li></ol>`);
    expect(points).toHaveLength(2);
    expect(points[0]).toContain('(2) Second remark.');
  });

  it('reads a one-item wrapper list as the sequence it wraps', () => {
    const nested = readoutOf({
      headline: base.headline,
      dateline: base.dateline,
      lead: 'Related pages',
      body: `<ol><li><p>1. ${LEAD}</p><ol><li><p>First.</p></li><li><p>Second.</p></li><li><p>Third.</p></li></ol></li></ol>`,
    });
    expect(nested.points.map((p) => p.text)).toEqual([LEAD, 'First.', 'Second.', 'Third.']);
  });

  it('keeps counting when the numbering restarts after a bulleted sub-list', () => {
    const points =
      texts(`<ol><li><p>A.</p></li><li><p>Regional issues.</p><ul><li>(1) China.</li></ul></li></ol>
      <ol><li><p>C.</p></li></ol>`);
    expect(points).toEqual(['A.', 'Regional issues.\n(1) China.', 'C.']);
  });

  it('reads numbered paragraphs, folding unnumbered continuations', () => {
    const points = texts(`<p>1 Beginning</p><p>Minister Hayashi explained.</p><p>2 Bilateral relations</p>
      <p>They agreed.</p><p>In response, the minister said so.</p>`);
    expect(points).toEqual([
      'Beginning\nMinister Hayashi explained.',
      'Bilateral relations\nThey agreed.\nIn response, the minister said so.',
    ]);
    const readout = readoutOf({ ...base, body: '<p>1 Beginning</p><p>Minister Hayashi explained.</p>' });
    expect(readout.topics).toEqual(['Beginning']);
  });

  it('reads "-" bullet paragraphs as points', () => {
    expect(texts('<p>- At the outset, X.</p><p>- Concerning Y, Z.</p><p>Minister B concurred.</p>')).toEqual([
      'At the outset, X.',
      'Concerning Y, Z.\nMinister B concurred.',
    ]);
  });

  it('splits an old page’s single paragraph at <br> before numbers', () => {
    expect(texts('<p>1. First point.<br>2. Second point.<br><br>3. Third point.</p>')).toEqual([
      'First point.',
      'Second point.',
      'Third point.',
    ]);
  });

  it('stops at "Back to …" and keeps link-icon text out', () => {
    const points =
      texts(`<ol><li><p>On NAFTA(PDF) renegotiation, see the statementOpen a New Window.</p></li></ol>
      <p class="link-back"><a href="./index.html">Back to Japan-India Relations</a></p><p>Back to Top</p>`);
    expect(points).toEqual(['On NAFTA renegotiation, see the statement.']);
  });

  it('does not take a truncated short last line for a topic', () => {
    const readout = readoutOf({
      ...base,
      body: '<ol><li><p>The two sides shared the recognition that o</p></li></ol>',
    });
    expect(readout.topics).toEqual([]);
  });
});

describe('the end of the points', () => {
  it('stops at a reference section, bracketed or not', () => {
    expect(
      texts('<ol><li><p>One.</p></li></ol><p>(Reference) Japan-India relations in numbers.</p>'),
    ).toEqual(['One.']);
    expect(texts('<ol><li><p>One.</p></li></ol><h2>Related Links</h2><p>Two.</p>')).toEqual(['One.']);
  });
});

describe('pages numbered only with "(1)"', () => {
  it('takes "(1)" items as the top level and folds their body paragraphs', () => {
    const readout = readoutOf({
      ...base,
      body: '<p>(1) Bilateral relations</p><p>They agreed.</p><p>(2) Regional affairs</p><p>They discussed.</p>',
    });
    expect(readout.points.map((p) => p.text)).toEqual([
      'Bilateral relations\nThey agreed.',
      'Regional affairs\nThey discussed.',
    ]);
    expect(readout.topics).toEqual(['Bilateral relations', 'Regional affairs']);
  });
});

describe('more endings', () => {
  it('stops at "Return to …" and "Related Information"', () => {
    expect(texts('<ol><li><p>One.</p></li></ol><p>Return to Index</p><p>Two.</p>')).toEqual(['One.']);
    expect(texts('<ol><li><p>One.</p></li></ol><h3>Related Information</h3><p>Two.</p>')).toEqual(['One.']);
  });
});

describe('captions in the text flow', () => {
  it('skips photo lines and lines repeating the headline after the lead', () => {
    expect(
      texts(
        '<p>(Photo) Japan-India Foreign Ministers’ Meeting</p><p>Japan-India Foreign Ministers’ Meeting 2</p><p>(写真提供:内閣広報室)</p><ol><li><p>One.</p></li></ol>',
      ),
    ).toEqual(['One.']);
  });
});

describe('an overview sentence on its own line', () => {
  it('is not a point', () => {
    expect(
      texts(
        '<p>The overview of the meeting is as follows.</p><ol><li><p>One.</p></li><li><p>Two.</p></li></ol>',
      ),
    ).toEqual(['One.', 'Two.']);
    expect(texts('<p>概要は以下のとおりです。</p><p>1 一つ目。</p>')).toEqual(['一つ目。']);
  });
});

describe('a numbered lead paragraph', () => {
  it('counts a lead numbered "1." as the first point when "2." follows', () => {
    const readout = readoutOf({
      dateline: 'August 27, 2019',
      lead: '1. On August 27 from around 19:45, Mr. Taro Kono, Foreign Minister of Japan hosted a dinner in Yokohama, in the honor of Ministers who will participate in TICAD 7.',
      body: '<p>2. This dinner was held in a relaxed atmosphere.</p><p>(Reference) Menu (PDF)</p>',
    });
    expect(readout.points.map((p) => p.text)).toEqual([
      'On August 27 from around 19:45, Mr. Taro Kono, Foreign Minister of Japan hosted a dinner in Yokohama, in the honor of Ministers who will participate in TICAD 7.',
      'This dinner was held in a relaxed atmosphere.',
    ]);
  });

  it('counts 1 … before a photo caption and 2 … in Japanese', () => {
    const readout = readoutOf({
      lang: 'ja',
      dateline: '令和2年1月8日',
      lead: '1 1月8日午前11時30分頃から約1時間半,安倍晋三内閣総理大臣は,駐日各国大使19名を招き,総理公邸において昼食会を主催しました。',
      body: '<p>(写真提供:内閣広報室)</p><p>2 今回の昼食会は5回目となります。</p><p>3 各大使から発言がありました。</p>',
    });
    expect(readout.points).toHaveLength(3);
  });

  it('leaves an unnumbered lead out of the points', () => {
    expect(texts('<p>2. Second.</p><p>3. Third.</p>')).toEqual(['Second.', 'Third.']);
  });
});
