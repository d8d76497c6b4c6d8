import { describe, expect, it } from 'vitest';
import { meetingFormat, upgradeToSummit } from '../format';

describe('meeting format', () => {
  it.each([
    ['Japan-U.S. Foreign Ministers’ Telephone Talk', 'held a telephone talk with', 'telephone'],
    [null, 'held a telephone talk with Senator the Hon. Marise Payne', 'telephone'],
    ['Japan-India Summit Video Conference', 'held a video conference meeting with', 'video'],
    ['Japan-Brazil Summit Meeting', 'held a summit meeting with', 'summit'],
    ['日・ブラジル首脳会談', '首脳会談を行った', 'summit'],
    [null, '日中韓サミット出席のため成都を訪問中の茂木外務大臣は,日韓外相会談を行った', 'meeting'],
    [null, 'held a foreign ministers’ meeting (lunch meeting) with H.E. Dr. X', 'meal'],
    ['日・メキシコ外相会談', '外相会談(昼食会)を行った', 'meal'],
    [
      null,
      'held a Japan-China Foreign Ministers’ Meeting and a working lunch with H.E. Mr. Wang Yi',
      'meeting',
    ],
    [
      'Courtesy Call on Prime Minister X by Foreign Minister HAYASHI',
      'paid a courtesy call on Hon. X, followed by a luncheon',
      'courtesy-call',
    ],
    ['河野外務大臣によるメキシコ次期大統領表敬', '次期大統領を表敬した', 'courtesy-call'],
    [
      'Foreign Minister Motegi Visits Argentina',
      'paid a courtesy call on H.E. Mr. Alberto Fernández. Following this, he held a meeting with H.E. Mr. Solá',
      'other',
    ],
    [
      'The Fourth Japan-UK Foreign Ministers’ Strategic Dialogue',
      'held the Fourth Strategic Dialogue',
      'meeting',
    ],
    ['日・インド首脳会談及び夕食会', '首脳会談及び夕食会を行いました', 'summit'],
  ] as const)('%s / %s → %s', (headline, lead, format) => {
    expect(meetingFormat(headline, lead)).toBe(format);
  });
});

describe('video before telephone', () => {
  it('reads テレビ会談 and video teleconferences as video', () => {
    expect(meetingFormat('日・フィリピン首脳テレビ会談', 'テレビ会談を行いました')).toBe('video');
    expect(
      meetingFormat('Japan-Australia Leaders’ Video Teleconference Meeting', 'held a video teleconference'),
    ).toBe('video');
  });
});

describe('meetings stated with "met"', () => {
  it('reads "met with" as a meeting', () => {
    expect(
      meetingFormat(
        'Foreign Minister Kamikawa Meets Foreign Minister Wong',
        'Foreign Minister Kamikawa met with Foreign Minister Wong',
      ),
    ).toBe('meeting');
  });
});

describe('summits', () => {
  it('reads "Japan-X Summit" and サミット headlines as summits', () => {
    expect(meetingFormat('Japan-ASEAN Summit', 'Mr. KISHIDA Fumio attended the summit.')).toBe('summit');
    expect(meetingFormat('第9回日中韓サミット', '岸田総理大臣は出席しました')).toBe('summit');
  });

  it('upgrades a meeting of the Prime Minister with a head of state or government', () => {
    const pm = { side: 'japan', title: 'Prime Minister of Japan' };
    expect(
      upgradeToSummit('meeting', [pm, { side: 'counterpart', title: 'President of the Republic of Kenya' }]),
    ).toBe('summit');
    expect(
      upgradeToSummit('meeting', [
        pm,
        { side: 'counterpart', title: 'Minister of Foreign Affairs of Kenya' },
      ]),
    ).toBe('meeting');
    expect(
      upgradeToSummit('meeting', [
        { side: 'japan', title: '内閣総理大臣' },
        { side: 'counterpart', title: 'ケニア共和国大統領' },
      ]),
    ).toBe('summit');
    expect(upgradeToSummit('courtesy-call', [pm, { side: 'counterpart', title: 'President of Kenya' }])).toBe(
      'courtesy-call',
    );
  });
});

describe('meals named in the headline', () => {
  it.each([
    [
      "Japan-Mexico Foreign Ministers' Lunch Meeting",
      "held a Japan-Mexico Foreign Ministers' Lunch Meeting with",
      'meal',
    ],
    [
      'Japan-India Summit Meeting and Working Dinner',
      'held a summit meeting and a working dinner with',
      'summit',
    ],
    ['日・メキシコ外相昼食会', '昼食会を行いました', 'meal'],
  ] as const)('%s → %s', (headline, lead, format) => {
    expect(meetingFormat(headline, lead)).toBe(format);
  });
});

describe('stand-up talks, hosted meals and online talks', () => {
  it('reads a brief conversation and 立ち話 as meetings', () => {
    expect(
      meetingFormat(
        null,
        'On May 3, Mr. X, Minister for Foreign Affairs of Japan, had a brief conversation with Mr. Y.',
      ),
    ).toBe('meeting');
    expect(meetingFormat('日・Z首脳立ち話', '5月3日,X総理大臣は,Y・Z大統領と立ち話を行いました。')).toBe(
      'meeting',
    );
  });

  it('reads a meal the counterpart hosts as a meal', () => {
    expect(
      meetingFormat(
        null,
        'On May 3, Mr. X, Prime Minister of Japan, attended a dinner hosted by Mr. Y, President of Z.',
      ),
    ).toBe('meal');
    expect(meetingFormat(null, '5月3日,X総理大臣は,Y・Z大統領主催の夕食会に出席しました。')).toBe('meal');
  });

  it('reads オンラインで会談 as a video talk', () => {
    expect(meetingFormat(null, '5月3日,X外務大臣は,Y・Z外務大臣とオンラインで会談を行いました。')).toBe(
      'video',
    );
  });
});

describe('a ministers’ conference', () => {
  it('reads 日中韓外相会議を開催 as a meeting', () => {
    expect(
      meetingFormat(
        '日中韓外相会議',
        '8月24日,岸田文雄外務大臣は,王毅中華人民共和国外交部長及び尹炳世大韓民国外交部長官と日中韓外相会議を開催しました。',
      ),
    ).toBe('meeting');
  });
});

describe('a "2+2"', () => {
  it('reads the Security Consultative Committee ("2+2") as a meeting', () => {
    expect(
      meetingFormat(
        'Japan-U.S. Security Consultative Committee (“2+2”)',
        'On January 11, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs, and Mr. HAMADA Yasukazu, Minister of Defense, held the Japan-U.S. Security Consultative Committee ("2+2") with the Honorable Antony Blinken, Secretary of State.',
      ),
    ).toBe('meeting');
  });
});

describe('Chinese leaders', () => {
  it('makes a Prime Minister’s meeting with a 国家主席 a summit', () => {
    expect(
      upgradeToSummit('meeting', [
        { side: 'japan', title: '内閣総理大臣' },
        { side: 'counterpart', title: '中華人民共和国国家主席' },
      ]),
    ).toBe('summit');
  });
});

describe('more ways of saying video', () => {
  it('reads "via video link", "an online summit meeting" and ウェブ会議形式 as video', () => {
    expect(meetingFormat(null, 'On May 3, Mr. X held talks via video link with Mr. Y.')).toBe('video');
    expect(meetingFormat(null, 'On May 3, Mr. X held an online summit meeting with Mr. Y.')).toBe('video');
    expect(meetingFormat(null, '5月3日,X外務大臣は,Y外相とウェブ会議形式で会談を行いました。')).toBe('video');
  });
});
