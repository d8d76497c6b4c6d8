// Principals and attendees. A lead names who held the talk and, often in the same breath, who only
// attended: "（日本側から山田外務副大臣が同席）", "Mr. X, accompanied by Ms. Y, held a meeting",
// "Mr. Z, State Minister, was also present". The clauses that say so are found by the rules below,
// one list per language; a participant first named inside such a clause is an attendee.
import type { Participant } from './participant';

interface AttendanceRule {
  /** What the rule recognises, for readers of this table. */
  name: string;
  /** Matches the clause; every match is an attendance span. */
  pattern: RegExp;
  /** A match that also holds this says who held the talk too, so it is no attendance span. */
  unless?: RegExp;
}

// The talk itself: a clause holding one of these names its principals.
const JA_TALK = /(?:会談|表敬|会合|会食|懇談|意見交換|電話会談|テレビ会議|協議)(?:を|し|が)/;
const EN_TALK = /(?:held|met|paid|had|made)/;
// A period that ends a sentence, not an honorific's ("Mr.", "H.E.").
const SENTENCE_END = String.raw`(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|H\.E|Jr|St|Rt|Hon|Messrs))\.(?:\s|$)`;

const JA_RULES: AttendanceRule[] = [
  // （…が同席）, (…陪席), 【同席者】…: a parenthesis that says who attended.
  {
    name: 'parenthesised attendance',
    pattern: /[(（][^()（）]{0,200}?(?:同席|陪席|随行|参加者)[^()（）]{0,40}?[)）]/g,
  },
  // 日本側から…が同席しました。 / …が陪席した。: a sentence whose verb is attending.
  {
    name: 'attendance sentence',
    pattern:
      /(?:^|(?<=[。]))[^。]{0,250}?(?:が|も)(?:同席|陪席|随行)(?:し(?:まし)?た|する|している)?[^。]{0,20}(?:。|$)/g,
    unless: JA_TALK,
  },
];

const EN_RULES: AttendanceRule[] = [
  // ", accompanied by Ms. Y, State Minister," up to the verb of the talk or the sentence's end.
  {
    name: 'accompanied by',
    pattern: new RegExp(
      String.raw`\baccompanied by\b.{1,250}?(?=,?\s+(?:held|met|paid|had|made|visited|called)\b|;|${SENTENCE_END})`,
      'g',
    ),
  },
  // "Mr. Z, State Minister for Foreign Affairs, was also present." (a sentence of its own)
  {
    name: 'also present',
    pattern: new RegExp(
      String.raw`(?:^|(?<=${SENTENCE_END}))(?:(?!${SENTENCE_END}).){0,250}?\b(?:was|were) (?:also )?(?:present|in attendance)\b`,
      'g',
    ),
    unless: EN_TALK,
  },
  // "(From the Japanese side, ... attended.)"
  {
    name: 'parenthesised attendance',
    pattern: /\([^()]{0,250}?\b(?:attended|was present|were present|accompanied)\b[^()]{0,40}\)/g,
  },
];

/** The [start, end) spans of `text` that say who attended rather than who held the talk. */
export function attendanceSpans(text: string, lang: 'en' | 'ja'): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const rule of lang === 'ja' ? JA_RULES : EN_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (rule.unless?.test(m[0])) continue;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}

function firstMention(text: string, p: Participant): number {
  for (const key of [p.name, p.familyName, p.nameLatin]) {
    if (!key || key.length < 2) continue;
    const at = text.indexOf(key);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Marks as attendees the participants whose first mention in the lead lies in an attendance
 * clause. Everyone else stays a principal; a lead with no principal left on a side keeps them all
 * (a clause misread as attendance must not empty a side).
 */
export function assignRoles(lead: string, lang: 'en' | 'ja', people: Participant[]): Participant[] {
  const spans = attendanceSpans(lead, lang);
  if (spans.length === 0) return people;
  const marked = people.map((p) => {
    const at = firstMention(lead, p);
    const inside = at >= 0 && spans.some(([a, b]) => at >= a && at < b);
    return inside ? { ...p, role: 'attendee' as const } : p;
  });
  for (const side of ['japan', 'counterpart'] as const) {
    const onSide = marked.filter((p) => p.side === side);
    if (onSide.length > 0 && onSide.every((p) => p.role === 'attendee')) {
      for (const p of onSide) p.role = people.find((q) => q.name === p.name)?.role ?? 'principal';
    }
  }
  return marked;
}
