// Tells pages that are not meeting readouts (press conferences, interviews, statements, index
// pages) from readouts, with reasons as notice codes (see notices.ts).
import type { Notice } from '@readouts/schema';
import { notice } from './notices';
import type { Block } from './page/blocks';

const NOT_READOUT_TITLE =
  /^(?:Japan-[\w.-]+\s+)?Joint (?:Statement|Declaration|Communiqu[eé]|Press Statement)|共同声明|共同記者発表|press conference|press briefing|記者会見|会見記録|interview|インタビュー|寄稿|statement by|statement on|['’]s statement|^contribution (?:by|of|to)|談話|speech|スピーチ|演説|address by|remarks by|挨拶|op-ed|web magazine|pamphlet|white paper|外交青書|diplomatic bluebook/i;
const QUESTION_LINE = /^(?:Q\s*[:：]|\(問\)|問\s*[:：]|\(Question\)|Question\s*[:：]|【質問】)/;
// "NHK, Watanabe:", "Mr. Takeshi Osuga, Press Secretary:", (小野寺副大臣) — a transcript's speaker turns.
const SPEAKER_LINE = /^(?:[A-Z][\p{L}.'’ ,-]{1,60}:\s|\([^)]{1,20}(?:大臣|副大臣|政務官|報道官|長官|問)\))/u;

const FUTURE =
  /\b(?:will|is scheduled to|are scheduled to|is to|are to|plans to)\s+(?:visit|hold|pay|attend|make|meet|host|be (?:held|convened|hosted|chaired))|予定です|予定である|訪日します|訪問します|(?:行い|実施し|会談し|開催し|表敬し|出席し|参加し)ます(?!た)/;
const PAST =
  /\b(?:held|paid|met|had|exchanged|attended|participated|hosted|chaired|received|took place)\b|行いました|行った|受けました|しました|ました。/;

/** Reasons the page is not a readout; empty when nothing speaks against it. */
export function notReadoutReasons(title: string, blocks: Block[], leadIndex: number): Notice[] {
  const reasons: Notice[] = [];
  const lead = blocks[leadIndex]?.text ?? '';
  if (FUTURE.test(lead) && !PAST.test(lead.replace(FUTURE, ''))) {
    reasons.push(notice('page.announcement'));
  }
  const titleMatch = title.match(NOT_READOUT_TITLE);
  if (titleMatch) {
    const kind = titleMatch[0].toLowerCase();
    reasons.push(notice('page.title-kind', { kind }));
  }
  const texts = blocks.filter((b) => b.kind !== 'caption').map((b) => b.text);
  const questions = texts.filter((t) => QUESTION_LINE.test(t)).length;
  const speakers = texts.filter((t) => SPEAKER_LINE.test(t)).length;
  if (questions >= 1 && speakers >= 2) reasons.push(notice('page.qa-transcript'));
  // "Bilateral relations: …" points look like speaker turns too, so turns alone only add a reason.
  else if (speakers >= 3 && leadIndex < 0) reasons.push(notice('page.transcript'));
  if (leadIndex < 0) reasons.push(notice('page.no-lead'));
  return reasons;
}
