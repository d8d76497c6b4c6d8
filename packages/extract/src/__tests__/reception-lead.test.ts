// A reception a Japanese principal hosts is reported like a meeting: its dated, past-tense sentence
// is the lead; an announced one is not, nor a reception that "was held" or that a principal attended.
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

  it('never takes a reception that was held, or attended, for the lead', () => {
    expect(
      isLeadSentence(
        '3月2日、外務省飯倉公館において、茂木敏充外務大臣夫妻主催による天皇誕生日祝賀レセプションが開催され、各国の駐日大使夫妻等約230人が出席しました。',
        'ja',
      ),
    ).toBe(false);
    expect(
      isLeadSentence(
        '2月24日、駐日モンゴル大使館が主催する「記念祝賀レセプション」に、三宅伸吾外務大臣政務官が出席したところ、概要は以下のとおりです。',
        'ja',
      ),
    ).toBe(false);
  });
});
