// Meals that are the event itself, in the phrasings MOFA uses in English and Japanese leads.
import { describe, expect, it } from 'vitest';
import { meetingFormat } from '../format';

describe('meal phrasing', () => {
  it('reads "held a meeting over lunch with" as a meal', () => {
    expect(
      meetingFormat(
        'Japan-U.S. Foreign Ministers’ Meeting',
        'On August 9, Mr. Fumio Kishida, Minister for Foreign Affairs of Japan, held a meeting over lunch with the Honorable John Kerry, Secretary of State of the United States.',
      ),
    ).toBe('meal');
  });

  it('reads "held talks during a working lunch with" as a meal', () => {
    expect(meetingFormat(null, 'Mr. X held talks during a working lunch with Mr. Y, Minister of Z.')).toBe(
      'meal',
    );
  });

  it('reads "hosted a dinner meeting inviting African foreign ministers" as a meal', () => {
    expect(
      meetingFormat(
        null,
        'On September 20, Mr. Taro Kono, Minister for Foreign Affairs, hosted a dinner meeting inviting African foreign ministers.',
      ),
    ).toBe('meal');
  });

  it('reads ワーキング・ランチ形式で and 夕食を交えて as a meal', () => {
    expect(meetingFormat(null, '岸田外務大臣は,ワーキング・ランチ形式で外相会談を行いました。')).toBe('meal');
    expect(meetingFormat(null, '岸田外務大臣は,X外相と夕食を交えて会談を行いました。')).toBe('meal');
  });

  it('keeps a meeting followed by a separate lunch a meeting', () => {
    expect(
      meetingFormat(
        'Japan-Peru Foreign Ministers’ Meeting',
        'Mr. X held a meeting with Mr. Y, followed by a working lunch.',
      ),
    ).toBe('meeting');
  });
});

describe('meals hosted for a group, and meetings that include a meal', () => {
  it('reads "hosted a dinner in Yokohama, in the honor of Ministers" as a meal', () => {
    expect(
      meetingFormat(
        null,
        'On August 27 from around 19:45, Mr. Taro Kono, Foreign Minister of Japan hosted a dinner in Yokohama, in the honor of Ministers who will participate in TICAD 7.',
      ),
    ).toBe('meal');
  });

  it('keeps 会談(ワーキング・ランチを含む) a meeting', () => {
    expect(
      meetingFormat(
        null,
        '河野外務大臣は,X外務大臣との間で会談(ワーキング・ランチを含む)を行ったところ,概要は以下のとおりです。',
      ),
    ).toBe('meeting');
    expect(meetingFormat(null, '河野外務大臣は,X外務大臣と外相会談(昼食会)を行いました。')).toBe('meal');
  });
});
