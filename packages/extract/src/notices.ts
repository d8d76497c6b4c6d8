// The extractor's warnings and not-a-readout reasons as codes with parameters, and what each says
// in English and Japanese. Every code the extractor emits is listed here; a UI renders a notice
// with `describeNotice`, so the same record reads right in either language.
import type { Notice } from '@readouts/schema';

type Params = Notice['params'];
type Template = (p: Params) => string;

interface Entry {
  en: Template;
  ja: Template;
}

const s = (p: Params, key: string): string => String(p[key] ?? '');

/** Every code the extractor emits, with its English and Japanese wording. */
export const NOTICES = {
  // Warnings on a readout.
  'title.from-lead': {
    en: () => 'The page shows no headline; the title was built from the lead.',
    ja: () => 'ページに見出しがないため、タイトルはリード文から作成しました。',
  },
  'date.missing': { en: () => 'No meeting date found.', ja: () => '会談の日付が見つかりません。' },
  'date.from-dateline': {
    en: () => 'Meeting date taken from the dateline.',
    ja: () => '会談の日付は掲載日から取りました。',
  },
  'date.no-month': {
    en: () => 'The meeting date has no month and the page no dateline.',
    ja: () => '会談の日付に月がなく、ページに掲載日もありません。',
  },
  'date.no-year': {
    en: () => 'The meeting date has no year and none could be inferred.',
    ja: () => '会談の日付に年がなく、推定もできませんでした。',
  },
  'date.weekday-mismatch': {
    en: (p) => `The weekday does not match ${s(p, 'date')}.`,
    ja: (p) => `曜日が${s(p, 'date')}と一致しません。`,
  },
  'date.year-from-month-dateline': {
    en: () => 'Meeting year taken from a month-only dateline.',
    ja: () => '会談の年は月のみの掲載日から取りました。',
  },
  'date.year-from-url': {
    en: () => 'Meeting year inferred from the URL.',
    ja: () => '会談の年はURLから推定しました。',
  },
  'date.year-from-term': {
    en: () => "Meeting year inferred from the Japanese minister's term of office.",
    ja: () => '会談の年は日本側閣僚の在任期間から推定しました。',
  },
  'points.missing': {
    en: () => 'No points found after the lead.',
    ja: () => 'リード文の後に要点が見つかりません。',
  },
  'participants.no-counterpart': {
    en: () => 'No counterpart found in the lead.',
    ja: () => 'リード文に相手側の出席者が見つかりません。',
  },
  'participants.no-japan': {
    en: () => 'No Japanese participant found in the lead.',
    ja: () => 'リード文に日本側の出席者が見つかりません。',
  },
  // Reasons a page is not a readout.
  'page.announcement': {
    en: () => 'The page announces a visit or meeting that has not yet taken place.',
    ja: () => 'まだ行われていない訪問・会談の予告です。',
  },
  'page.title-kind': {
    en: (p) =>
      `The title names ${/^[aeiou]/i.test(s(p, 'kind')) ? 'an' : 'a'} ${s(p, 'kind')}, not a meeting.`,
    ja: (p) => `タイトルが会談ではなく「${s(p, 'kind')}」を示しています。`,
  },
  'page.qa-transcript': {
    en: () => 'The text is a question-and-answer transcript.',
    ja: () => '本文は質疑応答の記録です。',
  },
  'page.transcript': {
    en: () => 'The text is a transcript of speaker turns.',
    ja: () => '本文は発言の記録です。',
  },
  'page.no-lead': {
    en: () => 'No lead sentence says who met whom and when.',
    ja: () => '誰がいつ誰と会ったかを述べるリード文がありません。',
  },
  'page.no-document': { en: () => 'No document was given.', ja: () => '文書が渡されませんでした。' },
  'page.unreadable': {
    en: (p) => `The page could not be read: ${s(p, 'message')}`,
    ja: (p) => `ページを読み取れませんでした: ${s(p, 'message')}`,
  },
  // A record from an older release carries its English sentence.
  text: { en: (p) => s(p, 'text'), ja: (p) => s(p, 'text') },
} satisfies Record<string, Entry>;

export type NoticeCodeOf = keyof typeof NOTICES;

/** Builds a notice the catalog knows; the type checker refuses an unlisted code. */
export function notice(code: NoticeCodeOf, params: Params = {}): Notice {
  return { code, params };
}

/** A notice in words; an unknown code (from a newer release) is shown as itself. */
export function describeNotice(n: Notice, lang: 'en' | 'ja'): string {
  const entry = (NOTICES as Record<string, Entry>)[n.code];
  return entry ? entry[lang](n.params) : n.code;
}
