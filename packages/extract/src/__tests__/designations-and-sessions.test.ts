// General rules added after the fourth round of held-out sets: Japanese designations without a
// country of their own, English forms without an honorific, leads that name a session, not a person.
import { describe, expect, it } from 'vitest';
import { isForeignDesignation } from '../data/foreign-offices';
import { publicationDateFromUrl } from '../dates/meeting-date';
import { meetingFormat } from '../format';
import { isLeadSentence } from '../lead';
import { meetingLocation } from '../location';
import { englishParticipants } from '../people/english';
import { japaneseParticipants } from '../people/japanese';
import { extractPage } from './factories';

const counterparts = (lead: string, fallback: string | null = null) =>
  japaneseParticipants(lead, fallback)
    .filter((p) => p.side === 'counterpart')
    .map((p) => [p.name, p.country]);

describe('Japanese designations', () => {
  it('gives a foreign-only office the country the headline implies', () => {
    expect(
      counterparts(
        '9月22日、15時20分より約25分間、町村大臣はライス国務長官との間で日米外相会談を行った。',
        'US',
      ),
    ).toEqual([['ライス', 'US']]);
    // Without an implied country, nothing is guessed.
    expect(counterparts('9月22日、町村大臣はライス国務長官との間で会談を行った。')).toEqual([]);
  });

  it('tells foreign-only offices from offices a Japanese official may hold', () => {
    expect(isForeignDesignation('ブッシュ', '大統領')).toBe(true);
    expect(isForeignDesignation('ウォン', '外務大臣')).toBe(true);
    expect(isForeignDesignation('岸田', '外務大臣')).toBe(false);
    expect(isForeignDesignation('岸田', null)).toBe(false);
  });

  it('reads an English form without an honorific, and keeps it as the Latin name', () => {
    const [uk] = japaneseParticipants(
      '本4日午後6時から約一時間,中谷真一外務大臣政務官は,ヘザー・ウィーラー英国外務・英連邦省政務次官(Heather Wheeler MP,Parliamentary Under Secretary of State)と夕食をとりながら意見交換を行いました。',
      null,
    ).filter((p) => p.side === 'counterpart');
    expect(uk?.name).toBe('ヘザー・ウィーラー');
    expect(uk?.country).toBe('GB');
    expect(uk?.nameLatin).toMatch(/^Heather Wheeler/);
  });

  it('leaves the clause before a name out of it, and reads a one-character country before any office', () => {
    expect(
      counterparts(
        '6月16日、薗浦大臣政務官は局長協議に参加するために訪日したモハージェル・イラン外務省東アジア大洋州局長の表敬を受けました。',
      ),
    ).toEqual([['モハージェル', 'IR']]);
    expect(
      counterparts('岸田文雄外務大臣はローラン・ファビウス仏憲法院院長と昼食を交えつつ懇談しました。'),
    ).toEqual([['ローラン・ファビウス', 'FR']]);
  });
});

describe('leads that name a session', () => {
  it('takes "the … Session 1 was held" for a lead, and "will be held" for an announcement', () => {
    const lead =
      'On May 19th, the G7 Hiroshima Summit Session 1 (Working Lunch) was held from 1:45pm for approximately 80 minutes. The summary of the session is as follows:';
    expect(isLeadSentence(lead, 'en')).toBe(true);
    expect(
      isLeadSentence('On May 19th, the weather was fine and the city was calm all day long.', 'en'),
    ).toBe(false);
    const held = extractPage({ headline: 'G7 Hiroshima Summit Session 1', dateline: 'May 19, 2023', lead });
    expect(held.kind).toBe('readout');
    if (held.kind === 'readout') {
      expect(held.readout.date).toBe('2023-05-19');
      expect(held.readout.durationMinutes).toBe(80);
    }
    const coming = extractPage({
      headline: 'Foreign Ministers’ Meeting',
      dateline: 'December 20, 2022',
      lead: 'On December 24, the 9th Foreign Ministers’ Meeting of the “Central Asia plus Japan” Dialogue will be held at the Iikura House.',
    });
    expect(coming.kind).toBe('not-readout');
  });
});

describe('dates from old Japanese URLs and telephone headlines', () => {
  it('bounds a day-only lead by the Heisei year and month of an old press release path', () => {
    expect(publicationDateFromUrl('https://www.mofa.go.jp/mofaj/press/release/h19/8/1175303_810.html')).toBe(
      '2007-08-31',
    );
    expect(publicationDateFromUrl('https://www.mofa.go.jp/mofaj/press/release/21/5/1192018_1097.html')).toBe(
      '2009-05-31',
    );
    expect(publicationDateFromUrl('https://www.mofa.go.jp/mofaj/kaidan/s_noda/1204_germany.html')).toBe(
      '2012-04-30',
    );
    expect(
      publicationDateFromUrl('https://www.mofa.go.jp/mofaj/press/release/press4_004174.html'),
    ).toBeNull();
  });

  it('reads 電話外相会談 in a headline and "a conference call" in a lead as telephone', () => {
    expect(
      meetingFormat('日韓電話外相会談', '8月31日、町村外務大臣は宋旻淳外交通商部長官と会談を行った。'),
    ).toBe('telephone');
    expect(meetingFormat(null, 'On May 2, Mr. X, Vice Minister, held a conference call with Mr. Y.')).toBe(
      'telephone',
    );
  });
});

describe('places the lead names in passing', () => {
  it('reads 都内で as Tokyo, 国連本部内で as New York, 日本に立ち寄った as Japan, and a leading "In Tokyo"', () => {
    expect(
      meetingLocation('9月26日、城内副大臣は都内で開催されたレセプションに出席しました。', 'ja', false),
    ).toMatchObject({
      city: 'Tokyo',
      country: 'JP',
    });
    expect(
      meetingLocation('現地時間25日、安倍総理は国連本部内で立ち話を行いました。', 'ja', false),
    ).toMatchObject({
      city: 'New York',
      country: 'US',
    });
    expect(
      meetingLocation(
        '本日、林外務大臣は、訪中後に日本に立ち寄ったウォン外務大臣と懇談を行いました。',
        'ja',
        false,
      )?.country,
    ).toBe('JP');
    expect(
      meetingLocation(
        'In Tokyo on 9 February 2003, from about 7p.m., Ms. Kawaguchi held a meeting with Mr. Patten.',
        'en',
        false,
      ),
    ).toMatchObject({ city: 'Tokyo', country: 'JP' });
    expect(
      meetingLocation('本日、林外務大臣はウォン外務大臣と電話会談を行いました。', 'ja', true),
    ).toBeNull();
  });
});

describe('the country of a bilateral meeting named 日米, 日韓', () => {
  it('gives ライス国務長官 in 日米外相会談 the United States through the whole extraction', () => {
    const result = extractPage(
      {
        lang: 'ja',
        headline: '日米外相会談',
        dateline: '平成19年9月23日',
        lead: '9月22日、15時20分より約25分間、町村大臣はライス国務長官との間で日米外相会談を行ったところ、概要以下のとおり。',
      },
      'https://www.mofa.go.jp/mofaj/kaidan/g_machimura2/un_07/jusa_gai.html',
    );
    expect(
      result.kind === 'readout' && result.readout.participants.filter((p) => p.side === 'counterpart'),
    ).toMatchObject([{ name: 'ライス', country: 'US' }]);
  });

  it('does not read 日本 in a clause before the name as the title', () => {
    expect(
      counterparts(
        '本日、林外務大臣は、訪中後に日本に立ち寄ったペニー・ウォン・オーストラリア連邦外務大臣と懇談を行いました。',
      ),
    ).toEqual([['ペニー・ウォン', 'AU']]);
  });
});

describe('whole foreign offices and 他', () => {
  it('takes the whole foreign office for the title of a kanji name, and ends a designation at 他と', () => {
    expect(counterparts('町村大臣は、潘基文外交通商部長官との間で日韓外相会談を行った。', 'KR')).toEqual([
      ['潘基文', 'KR'],
    ]);
    expect(
      counterparts('8日夜、高村外務大臣は、レセプションにおいて、胡錦濤中国国家主席他と立ち話を行った。'),
    ).toEqual([['胡錦濤', 'CN']]);
  });
});

describe('military ranks before a name', () => {
  it('reads "Lt. Gen. (res.) Gabi Ashkenazi" as a person', () => {
    const people = englishParticipants(
      'On July 14, commencing at around 3:30PM for approximately 20 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone conversation with Lt. Gen. (res.) Gabi Ashkenazi, Minister of Foreign Affairs of the State of Israel.',
      null,
    );
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['MOTEGI Toshimitsu', 'JP'],
      ['Gabi Ashkenazi', 'IL'],
    ]);
  });
});

describe('a minister named by family name and the bare office', () => {
  it('reads 町村大臣 as the Japanese principal, but not 国務大臣 or 担当大臣', () => {
    const japan = (lead: string) =>
      japaneseParticipants(lead, null)
        .filter((p) => p.side === 'japan')
        .map((p) => p.name);
    expect(japan('9月22日、町村大臣はライス国務長官との間で日米外相会談を行った。')).toEqual(['町村']);
    expect(japan('5月1日、特命担当大臣は会合に出席した。')).toEqual([]);
  });
});

describe('leads in the passive', () => {
  it('takes 首脳会談が行われたところ and 昼食会が行われた for a lead, still not an attended reception', () => {
    expect(
      isLeadSentence(
        '28日午前、福田総理とゲレ・ジブチ大統領との二国間首脳会談が行われたところ、それぞれの概要以下のとおり。',
        'ja',
      ),
    ).toBe(true);
    expect(
      isLeadSentence(
        '10月29日(火曜日),榛葉和也外務副大臣主催昼食会が行われたところ,概要以下のとおりです。',
        'ja',
      ),
    ).toBe(true);
    expect(
      isLeadSentence(
        '9月26日,都内で建国記念日レセプションが開催され,外務省から鈴木馨祐外務副大臣が出席しました。',
        'ja',
      ),
    ).toBe(false);
  });
});

describe('a given name in hiragana', () => {
  it('reads 国光あやの外務副大臣 as one Japanese official, and 岸田は外務大臣… not as a name with は', () => {
    const japan = (lead: string) =>
      japaneseParticipants(lead, null)
        .filter((p) => p.side === 'japan')
        .map((p) => p.name);
    expect(japan('2月3日、国光あやの外務副大臣は、来日中のX大使の表敬を受けました。')).toEqual([
      '国光あやの',
    ]);
    expect(japan('本日、岸田外務大臣は会談を行った。')).toEqual(['岸田']);
  });
});

describe('multilateral leaders’ meetings', () => {
  it('reads 首脳会議 in a headline as a summit, and by video as video', () => {
    expect(
      meetingFormat(
        '第27回日・ASEAN首脳会議',
        '10月10日、日・ASEAN首脳会議が開催され、石破茂内閣総理大臣が出席しました。',
      ),
    ).toBe('summit');
    expect(
      meetingFormat(
        '日・ASEAN首脳会議',
        '10月10日、日・ASEAN首脳会議がテレビ会議形式で開催され、菅総理が出席しました。',
      ),
    ).toBe('video');
  });
});
