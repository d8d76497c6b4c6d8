import { describe, expect, it } from 'vitest';
import { findLead, isLeadSentence, leadSpan, leadText } from '../lead';
import type { Block } from '../page/blocks';

const para = (text: string): Block => ({ kind: 'para', text, items: [], bold: null });

describe('the lead sentence', () => {
  it('needs a date, a meeting verb and a person', () => {
    expect(isLeadSentence('On May 3, Mr. X held a meeting with H.E. Mr. Y, Minister of Z.', 'en')).toBe(true);
    expect(isLeadSentence('The ceremony to mark one year until the Games was held on July 24.', 'en')).toBe(
      false,
    );
    expect(
      isLeadSentence('2月27日、柘植外務副大臣は、セミナリオ駐日大使と意見交換を行いました。', 'ja'),
    ).toBe(true);
    expect(isLeadSentence('日韓外相会談1', 'ja')).toBe(false);
  });

  it('prefers the paragraph that states the time over a caption that names the meeting', () => {
    const blocks = [
      para('(Photo) Prime Minister KISHIDA held a meeting with President X on May 3.'),
      para(
        'On May 3, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio held a meeting with H.E. Mr. X.',
      ),
    ];
    expect(findLead(blocks, 'en')).toBe(1);
  });

  it('drops a list number before the lead', () => {
    expect(leadText('1. On September 2, from around 11:00 a.m.')).toBe(
      'On September 2, from around 11:00 a.m.',
    );
  });

  it('joins a lead written as fields', () => {
    const blocks = [
      para('1 日時:3月3日午前10時'),
      para('2 場所:東京'),
      para('3 出席者:林外務大臣'),
      para('4 概要'),
    ];
    expect(leadSpan(blocks, 0)).toEqual({
      text: '1 日時:3月3日午前10時 2 場所:東京 3 出席者:林外務大臣',
      last: 2,
    });
  });
});
