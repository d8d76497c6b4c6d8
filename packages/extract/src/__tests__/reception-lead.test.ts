// A reception a Japanese principal hosts is reported like a meeting: its dated, past-tense sentence
// is the lead; an announced one is not.
import { describe, expect, it } from 'vitest';
import { isLeadSentence } from '../lead';

describe('reception leads', () => {
  it('takes a hosted reception for the lead', () => {
    expect(
      isLeadSentence(
        '3日,岡本三成外務大臣政務官は,10月1日から9日まで外務省の招へいプログラムで来日中の米国人元戦争捕虜及びその御家族を歓迎するため,レセプションを開催しました。',
        'ja',
      ),
    ).toBe(true);
  });

  it('never takes an announced reception for the lead', () => {
    expect(
      isLeadSentence(
        '12月3日,外務大臣政務官は,来日する一行を歓迎するため,レセプションを開催する予定です。',
        'ja',
      ),
    ).toBe(false);
  });
});
