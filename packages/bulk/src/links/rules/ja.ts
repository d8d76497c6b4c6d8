// Link texts of Japanese list pages: what a readout's headline says (会談, 電話会談, 表敬, 懇談, 会合)
// and what other press releases say (信任状捧呈, 無償資金協力, 人事異動, 談話, 会見).
import { type LinkRule, rulesFrom } from './types';

// code|points|pattern; a text takes the points of every rule that matches.
export const JA_TEXT_RULES: readonly LinkRule[] = rulesFrom(
  `
text.ja.talks|0.6|会談|首脳会談|外相会談
text.ja.courtesy-call|0.6|表敬
text.ja.informal-talk|0.5|懇談|やり取り|立ち話
text.ja.meal|0.5|ワーキング[・･]?(ランチ|ディナー|ブレックファスト)|昼食会|夕食会|朝食会|晩餐会
text.ja.video|0.5|テレビ会議|ビデオ会議|オンライン会議
text.ja.meeting|0.4|会合|首脳会議|外相会議|閣僚会議|戦略対話|対話
text.ja.consultations|0.3|協議
text.ja.visit-result|0.3|訪問[（(]結果[）)]|訪日[（(]結果[）)]
text.ja.visit-plan|-0.4|(訪問|訪日|出張)$
text.ja.credentials|-0.8|信任状捧呈
text.ja.aid|-0.8|無償資金協力|円借款|緊急援助|供与|書簡の(署名・)?交換|公文の交換
text.ja.personnel|-1|人事異動|採用
text.ja.statement|-0.8|談話|声明|弔意|メッセージの発出|抗議|注意喚起|公表
text.ja.press-conference|-0.8|記者会見|会見記録
text.ja.treaty|-0.6|発効|署名$|締結
text.ja.ceremony|-0.4|式典|参列|レセプション|授与式|視察
text.ja.dispatch|-0.4|派遣|帰国|招へい
`,
  'u',
);
