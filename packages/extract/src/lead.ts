// Finds the lead sentence: the paragraph that says who met whom, when, for how long.

import { findEnglishDates, findJapaneseDates } from './dates/calendar';
import type { Block } from './page/blocks';

const EN_VERB =
  /\b(?:held|holds|hold|met|meets|paid (?:a )?(?:courtesy )?(?:call|visit)|received (?:a )?(?:courtesy )?call|had (?:a|an) |chaired|co-chaired|hosted|attended|participated|exchanged views|telephone|(?:spoke|talked) (?:on|over|by) the (?:tele)?phone|phone (?:call|talk|conversation)|called on|visited|(?:was|were) (?:held|convened)|took place|talks?\b|video)/i;
const EN_PERSON = /\b(?:Mr|Ms|Mrs|Dr|H\.\s?E|Hon|Minister|President|Prime Minister|Secretary|Senator)\b/;
// A lead that names the meeting instead of a person: "the G7 Hiroshima Summit Session 1 … was held".
const EN_MEETING_HELD =
  /\b(?:Summit|Session|Meeting|Dialogue|Conference|Consultations?|Talks|Forum)\b.{0,200}?\b(?:was|were) (?:held|convened)\b|\b(?:was|were) (?:held|convened)\b.{0,80}?\b(?:Summit|Session|Meeting|Dialogue|Conference|Consultations?|Talks|Forum)\b/;
const JA_EVENT =
  /会談|会合|表敬|電話|意見交換|懇談|協議|面会|会食|昼食|夕食|朝食|晩餐|午餐|ワーキング・?(?:ランチ|ディナー)|立ち話|対話|会議|訪問|テレビ会議|(?:レセプション|歓迎会)を(?:開催|主催)/;
// 行われた, 開催され: the passive that old pages and event reports use ("首脳会談が行われたところ").
const JA_VERB = /行い|行った|行われ|受け|した|しました|出席|参加|実施/;

/** Whether a paragraph reads like a readout's lead sentence. */
export function isLeadSentence(text: string, lang: 'en' | 'ja'): boolean {
  if (text.length < 30) return false;
  if (lang === 'ja') {
    const dated = findJapaneseDates(text).length > 0 || /^(?:本日|同日)/.test(text);
    return dated && JA_EVENT.test(text) && JA_VERB.test(text);
  }
  return (
    findEnglishDates(text).length > 0 &&
    EN_VERB.test(text) &&
    (EN_PERSON.test(text) || EN_MEETING_HELD.test(text))
  );
}

const EN_TIMED =
  /\d\s*(?:a\.?\s?m|p\.?\s?m)\b|\bfor (?:about |approximately |around |some )?(?:\d+ ?|(?:an?|one|two|three) )(?:minutes?|miniutes?|mins?|hours?)\b/i;
const JA_TIMED = /\d時(?!間)|\d+分間|約\d+時間/;

/**
 * A lead that leaves the date to the dateline ("Prime Minister X held a meeting with Y for about
 * 30 minutes from 10 a.m."): a meeting verb, a person and a time or duration, among the first blocks.
 */
function findUndatedLead(blocks: Block[], lang: 'en' | 'ja'): number {
  let seen = 0;
  for (let i = 0; i < blocks.length && seen < 8; i++) {
    const b = blocks[i]!;
    if (b.kind === 'caption' || b.kind === 'heading') continue;
    // Menus and captions are short: only substantial paragraphs use up the search window.
    if (b.text.length >= 40) seen++;
    const text = leadText(b.text);
    if (text.length < 30) continue;
    const ok =
      lang === 'ja'
        ? JA_EVENT.test(text) && JA_VERB.test(text) && JA_TIMED.test(text)
        : EN_VERB.test(text) && EN_PERSON.test(text) && EN_TIMED.test(text);
    if (ok) return i;
  }
  return -1;
}

// What a full lead states besides date, verb and person: a time, a duration, an opening date.
const EN_DETAIL = [
  /\d\s*(?:a\.?\s?m|p\.?\s?m)\b|\bnoon\b/i,
  /(?:\b|\d)(?:minutes?|miniutes?|hours?)\b/i,
  /^(?:On|From)\s/,
];
const JA_DETAIL = [/\d時/, /\d+分間|時間/, /^(?:本|同)?\d{1,2}(?:月\d{1,2})?日|^令和|^平成/];

function leadScore(text: string, lang: 'en' | 'ja'): number {
  return (lang === 'ja' ? JA_DETAIL : EN_DETAIL).filter((re) => re.test(text)).length;
}

/**
 * Index of the lead block among the first content blocks, or -1. Of the first few paragraphs that
 * read like a lead, the one stating most (time, duration, opening date) wins, so a photo caption
 * that names the meeting does not pass for the lead.
 */
export function findLead(blocks: Block[], lang: 'en' | 'ja'): number {
  let seen = 0;
  let best = -1;
  let bestScore = -1;
  let candidates = 0;
  for (let i = 0; i < blocks.length && seen < 15 && candidates < 3; i++) {
    const b = blocks[i]!;
    if (b.kind === 'caption' || b.kind === 'heading') continue;
    // Menus and captions are short: only substantial paragraphs use up the search window.
    if (b.text.length >= 40) seen++;
    const text = leadText(b.text);
    if (!isLeadSentence(text, lang)) continue;
    candidates++;
    const score = leadScore(text, lang);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
    if (score === 3) break;
  }
  return best;
}

/** The lead text without a list number MOFA sometimes puts before it ("1. On September 2"). */
export function leadText(text: string): string {
  return text.replace(/^(?:\d{1,2}[.)]?\s+|[-•・]\s*)/, '');
}

const FIELD_START = /^(?:\d{1,2}[.)]?\s*)?(?:日時|日程|Date(?: and [Tt]ime)?|Time and [Dd]ate)\s*[::]/;
const FIELD_NEXT =
  /^(?:\d{1,2}[.)]?\s*)?(?:場所|会場|出席者|参加者|出席|形式|Venue|Place|Location|Participants|Attendees|Attendance|Format)\s*[::]/;

/**
 * A lead written as fields ("1 日時:…", "2 場所:…", "3 出席者:…") instead of a sentence: the index
 * of its first field among the first content blocks, or -1.
 */
function findFieldLead(blocks: Block[]): number {
  for (let i = 0; i < Math.min(blocks.length, 60); i++) {
    const b = blocks[i]!;
    if (b.kind !== 'caption' && FIELD_START.test(b.text)) return i;
  }
  return -1;
}

/** The lead text and the index of its last block (field leads span several blocks). */
export function leadSpan(blocks: Block[], index: number): { text: string; last: number } {
  const first = blocks[index]?.text ?? '';
  if (!FIELD_START.test(first)) return { text: leadText(first), last: index };
  const parts = [first];
  let last = index;
  while (last + 1 < blocks.length && FIELD_NEXT.test(blocks[last + 1]!.text)) {
    last++;
    parts.push(blocks[last]!.text);
  }
  return { text: parts.join(' '), last };
}

/** The lead block: a dated lead sentence, else a lead written as fields, else a timed undated one. */
export function pickLead(blocks: Block[], lang: 'en' | 'ja'): number {
  const sentence = findLead(blocks, lang);
  if (sentence >= 0) return sentence;
  const fields = findFieldLead(blocks);
  return fields >= 0 ? fields : findUndatedLead(blocks, lang);
}
