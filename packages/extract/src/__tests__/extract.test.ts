import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ExtractResult, ReadoutContent } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { describeNotice, EXTRACTOR_VERSION, extractReadout } from '../index';
import { parseHtml } from '../node';
import { extractPage, readoutOf } from './factories';

const MEXICO_LEAD =
  'On August 17, commencing at 1 p.m. (local time) for approximately 90 minutes, Mr. Taro Kono, Minister for Foreign Affairs, on his visit to the United Mexican States, held a foreign ministers’ meeting (lunch meeting) with H.E. Dr. Carlos de Icaza González, Acting Secretary of Foreign Affairs of Mexico, at the Mexican Secretariat of Foreign Affairs. The overview is as follows.';

describe('extractReadout', () => {
  it('builds a title from the lead when the page shows no headline', () => {
    const readout = readoutOf({
      section: 'Japan-Mexico Relations',
      dateline: 'August 17, 2018',
      lead: MEXICO_LEAD,
    });
    expect(readout.title).toBe('Japan-Mexico Foreign Ministers’ Meeting (Lunch Meeting)');
    expect(readout.section).toBe('Japan-Mexico Relations');
    expect(readout).toMatchObject({
      date: '2018-08-17',
      startTime: '13:00',
      durationMinutes: 90,
      format: 'meal',
    });
    expect(readout.capture.warnings).toContainEqual({ code: 'title.from-lead', params: {} });
  });

  it('builds a Japanese title from the event the lead names', () => {
    const readout = readoutOf({
      lang: 'ja',
      section: '大韓民国',
      dateline: '令和元年12月24日',
      lead: '24日午前9時頃(現地時間)から約50分間,中国・成都を訪問中の茂木外務大臣は,康京和(カン・ギョンファ)韓国外交部長官と日韓外相会談を行ったところ,概要以下のとおりです。',
    });
    expect(readout).toMatchObject({
      title: '日韓外相会談',
      lang: 'ja',
      date: '2019-12-24',
      startTime: '09:00',
    });
  });

  it('ignores photo captions that repeat the headline, and captions before the lead', () => {
    const readout = readoutOf({
      headline: 'Japan-Australia Foreign Ministers’ Meeting',
      dateline: 'July 13, 2023',
      lead: 'Foreign Minister Hayashi shakes hands with Senator the Hon. Penny Wong',
      body: `<p>(Photo) Japan-Australia Foreign Ministers’ Meeting</p><p>On July 13, commencing at 2:45 p.m. for approximately 25 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who was visiting Jakarta, held a meeting with Senator the Hon. Penny Wong, Minister for Foreign Affairs of the Commonwealth of Australia. The overview is as follows.</p><ol><li><p>One.</p></li></ol>`,
    });
    expect(readout).toMatchObject({
      startTime: '14:45',
      durationMinutes: 25,
      location: { city: 'Jakarta', country: 'ID' },
    });
    expect(readout.points.map((p) => p.text)).toEqual(['One.']);
  });

  it('keeps the publication date apart from the meeting date', () => {
    const readout = readoutOf({
      headline: 'Japan-U.S. Vice Ministers’ Meeting',
      dateline: 'February 15, 2023',
      lead: 'On February 14, commencing at 11:00 a.m. (1:00 a.m. on February 15, Japan time), for approximately 1 hour, Mr. MORI Takeo, Vice Minister for Foreign Affairs of Japan, held a meeting with the Honorable Wendy R. Sherman, Deputy Secretary of State of the United States of America, during his visit to Washington D.C.',
    });
    expect(readout).toMatchObject({
      publishedDate: '2023-02-15',
      date: '2023-02-14',
      startTime: '11:00',
      japanTime: { date: '2023-02-15', time: '01:00' },
      location: { city: 'Washington D.C.', country: 'US' },
    });
  });

  it('finds the language counterpart and related links, but not the site-wide language switch', () => {
    const readout = readoutOf({
      headline: 'Japan-Mexico Foreign Ministers’ Meeting',
      dateline: 'August 17, 2018',
      lead: MEXICO_LEAD,
      body: '<p><a href="/mofaj/la_c/m_ca_c/mx/page4_004273.html">Japanese</a></p><p><a href="/files/000123.pdf">Joint Statement (PDF)</a></p>',
    });
    expect(readout.links.languageCounterpart).toBe(
      'https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004273.html',
    );
    expect(readout.links.related).toEqual([
      { title: 'Joint Statement', url: 'https://www.mofa.go.jp/files/000123.pdf' },
    ]);
  });

  it('is pure: the same page and capture time give the same record, valid against the schema', () => {
    const parts = {
      headline: 'Japan-Mexico Foreign Ministers’ Meeting',
      dateline: 'August 17, 2018',
      lead: MEXICO_LEAD,
    };
    const a = extractPage(parts);
    const b = extractPage(parts);
    expect(a).toEqual(b);
    expect(ExtractResult.safeParse(a).success).toBe(true);
    if (a.kind !== 'readout') throw new Error('expected a readout');
    expect(ReadoutContent.parse(a.readout).capture).toMatchObject({
      capturedAt: '2026-01-01T00:00:00.000Z',
      extractorVersion: EXTRACTOR_VERSION,
    });
    expect(a.readout.id).toBe('a_o-page1e_000001');
  });

  it('prefers the canonical link for canonicalUrl and id', () => {
    const readout = readoutOf(
      {
        headline: 'Japan-Mexico Foreign Ministers’ Meeting',
        dateline: 'August 17, 2018',
        lead: MEXICO_LEAD,
        head: '<link rel="canonical" href="http://mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html">',
      },
      'https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html?utm=x',
    );
    expect(readout.canonicalUrl).toBe('https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html');
    expect(readout.id).toBe('la_c-m_ca_c-mx-page4e_000895');
  });
});

describe('pages that are not readouts', () => {
  it('classifies a press conference even when it mentions a meeting', () => {
    const result = extractPage({
      headline: 'Press Conference by Foreign Press Secretary',
      lead: 'Mr. Osuga, Press Secretary: On July 24, Mr. X held a meeting with Mr. Y.',
      body: '<p>NHK, Watanabe: Could you comment?</p><p>Press Secretary Osuga: Firstly, no.</p>',
    });
    expect(result.kind).toBe('not-readout');
    if (result.kind === 'not-readout')
      expect(result.reasons).toContainEqual({
        code: 'page.title-kind',
        params: { kind: 'press conference' },
      });
  });

  it('names what the title is, with the right article', () => {
    const result = extractPage({
      headline: 'Interview by Foreign Minister Kishida with The Japan Times',
      lead: 'Minister Kishida was interviewed about Japan-Australia relations.',
    });
    expect(result).toMatchObject({ kind: 'not-readout' });
    if (result.kind === 'not-readout') {
      expect(result.reasons).toContainEqual({ code: 'page.title-kind', params: { kind: 'interview' } });
      expect(describeNotice(result.reasons[0]!, 'en')).toBe('The title names an interview, not a meeting.');
    }
  });

  it('classifies an index page without a lead sentence', () => {
    const result = extractPage({
      headline: 'Japan-Mexico Relations',
      lead: '<a href="a.html">Japan-Mexico Foreign Ministers’ Meeting</a>',
      body: '<dl class="title-list"><dt>August 17, 2018</dt><dd><a href="b.html">Courtesy call</a></dd></dl>',
    });
    expect(result).toEqual({ kind: 'not-readout', reasons: [{ code: 'page.no-lead', params: {} }] });
  });

  it('classifies the announcement of a visit that has not happened yet', () => {
    const result = extractPage({
      headline: 'Visit to Japan by the Foreign Minister of India',
      dateline: 'May 1, 2022',
      lead: 'H.E. Dr. Subrahmanyam Jaishankar, External Affairs Minister of India, will visit Japan from May 3 to 5. During his stay, he is scheduled to hold a meeting with Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs.',
    });
    expect(result.kind).toBe('not-readout');
  });

  it('says why when given no usable document', () => {
    expect(extractReadout(null as unknown as Document, 'x')).toEqual({
      kind: 'not-readout',
      reasons: [{ code: 'page.no-document', params: {} }],
    });
  });
});

describe('the browser entry', () => {
  it('imports neither linkedom nor Node modules, directly or through its imports', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1]!;
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(?:node:|linkedom|fs$|path$)/);
        if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), `${spec}.ts`));
      }
    };
    visit(path.resolve(import.meta.dirname, '../index.ts'));
    expect(seen.size).toBeGreaterThan(10);
  });
});

describe('parseHtml', () => {
  it('gives a document with a body even for fragments and empty input', () => {
    expect(parseHtml('').body).toBeTruthy();
    expect(parseHtml('<p>hi</p>').body?.textContent).toBe('hi');
  });
});

describe('leads written as fields', () => {
  it('reads 日時, 場所 and 出席者 fields when the page has no lead sentence', () => {
    const readout = readoutOf({
      lang: 'ja',
      headline: '日米豪印外相会合',
      dateline: '令和5年3月3日',
      lead: '1 日時:令和5年3月3日(金曜日)午前10時30分から約90分間',
      body: '<p>2 場所:ニューデリー(インド)</p><p>3 出席者:(日本側)林芳正外務大臣他 (先方)ブリンケン米国国務長官、ウォン豪外務大臣、ジャイシャンカル印外務大臣</p><p>4 概要</p><p>(1)冒頭、林大臣から述べました。</p>',
    });
    expect(readout).toMatchObject({
      date: '2023-03-03',
      startTime: '10:30',
      durationMinutes: 90,
      format: 'meeting',
      location: { city: 'New Delhi', country: 'IN' },
    });
    expect(readout.participants.map((p) => [p.side, p.name, p.country])).toEqual([
      ['japan', '林芳正', 'JP'],
      ['counterpart', 'ブリンケン', 'US'],
      ['counterpart', 'ウォン', 'AU'],
      ['counterpart', 'ジャイシャンカル', 'IN'],
    ]);
    expect(readout.points).toHaveLength(1);
  });
});

describe('points that look like speaker turns', () => {
  it('keeps a readout whose points start with "Topic:"', () => {
    const readout = readoutOf({
      headline: 'Japan-India Foreign Ministers’ Meeting',
      dateline: 'May 3, 2022',
      lead: 'On May 3, commencing at 10:00 a.m. for approximately 30 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Subrahmanyam Jaishankar, External Affairs Minister of India.',
      body: '<p>Bilateral Relations: They agreed.</p><p>Regional Affairs: They agreed.</p><p>Global Issues: They agreed.</p>',
    });
    expect(readout.points).toHaveLength(3);
  });

  it('classifies a joint statement as not a readout', () => {
    const result = extractPage({
      headline: 'Japan-India Joint Statement',
      dateline: 'May 3, 2022',
      lead: 'On May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Narendra Modi, Prime Minister of India, and issued the following statement.',
    });
    expect(result.kind).toBe('not-readout');
  });
});

describe('headlines', () => {
  it('reads a line break in the headline as a space', () => {
    const readout = readoutOf({
      headline: 'Japan-UK Foreign Ministers’ Meeting<br>(Overview)',
      dateline: 'September 27, 2012',
      lead: 'On September 27, Mr. Koichiro Gemba held a meeting with Rt. Hon William Hague, Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom.',
    });
    expect(readout.title).toBe('Japan-UK Foreign Ministers’ Meeting (Overview)');
  });
});

describe('headline from the document title', () => {
  it('uses a <title> that differs from the section when the page has no <h1>', () => {
    const readout = readoutOf({
      section: 'Japan-Mexico Relations',
      dateline: 'August 17, 2018',
      lead: MEXICO_LEAD,
      title: 'Japan-Mexico Foreign Ministers’ Lunch Meeting',
    });
    expect(readout.title).toBe('Japan-Mexico Foreign Ministers’ Lunch Meeting');
  });
});

describe('leads that leave the date to the dateline', () => {
  it('reads a timed lead without a date and dates it from the dateline', () => {
    const readout = readoutOf({
      headline: 'Japan-Kenya Summit Meeting',
      dateline: 'May 3, 2023',
      lead: 'Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Dr. William Ruto, President of the Republic of Kenya, for about 30 minutes from 10:00 a.m.',
    });
    expect(readout).toMatchObject({
      date: '2023-05-03',
      startTime: '10:00',
      durationMinutes: 30,
      format: 'summit',
    });
  });

  it('still rejects pages whose paragraphs name no time, date or meeting', () => {
    const result = extractPage({
      headline: 'Japan-Kenya Relations',
      lead: 'Japan and Kenya have enjoyed friendly relations for many years, with Mr. X and Mr. Y.',
    });
    expect(result.kind).toBe('not-readout');
  });
});

describe('index pages and statements', () => {
  it('classifies a dated list of readout links as not a readout', () => {
    const result = extractPage({
      headline: 'Japan-India Relations',
      lead: 'Related pages',
      body: '<dl class="title-list"><dt>May 3, 2023</dt><dd><a href="a.html">Prime Minister Kishida held a summit meeting with Prime Minister Modi</a></dd><dt>May 1, 2023</dt><dd><a href="b.html">Japan-India Foreign Ministers’ Meeting</a></dd></dl>',
    });
    expect(result.kind).toBe('not-readout');
  });

  it('classifies a statement on a meeting as not a readout', () => {
    const result = extractPage({
      headline: 'Statement by Foreign Minister KAMIKAWA Yoko on the Japan-India Foreign Ministers’ Meeting',
      dateline: 'May 3, 2023',
      lead: 'On May 3, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Dr. Subrahmanyam Jaishankar, External Affairs Minister of India.',
    });
    expect(result.kind).toBe('not-readout');
  });
});

describe('本日 leads', () => {
  it('dates a lead that opens with 本日 from the dateline', () => {
    const readout = readoutOf({
      lang: 'ja',
      headline: '日・ケニア外相会談',
      dateline: '令和5年5月3日',
      lead: '本日、上川外務大臣は、訪日中のムダヴァディ・ケニア共和国首席閣僚兼外務・移民大臣(H.E. Mr. Musalia Mudavadi, Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of Kenya)と会談を行いました。なお、同大臣は28日から31日まで訪日中です。',
    });
    expect(readout).toMatchObject({ date: '2023-05-03', format: 'meeting' });
    expect(readout.participants.map((p) => [p.side, p.country])).toEqual([
      ['japan', 'JP'],
      ['counterpart', 'KE'],
    ]);
  });
});
