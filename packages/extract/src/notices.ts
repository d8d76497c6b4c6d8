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
  // Why a value was inferred rather than read (evidence.inferred).
  'date.year-from-dateline': {
    en: () => "Meeting year taken from the page's listing date; the text gives none.",
    ja: () => '本文に年がないため、会談の年は掲載日から取りました。',
  },
  'date.month-from-dateline': {
    en: () => "Meeting month taken from the page's listing date; the text gives only the day.",
    ja: () => '本文に日しかないため、会談の月は掲載日から取りました。',
  },
  'start-time.from-japan-time': {
    en: (p) =>
      `Local start time worked out from the Japan time with a time zone guessed for ${s(p, 'country')}.`,
    ja: (p) => `現地の開始時刻は、日本時間と${s(p, 'country')}の推定時間帯から算出しました。`,
  },
  'duration.from-time-range': {
    en: () => 'Duration worked out from the start and end times.',
    ja: () => '所要時間は開始・終了時刻から算出しました。',
  },
  'duration.summed-sessions': {
    en: () => 'Duration is the sum of the sessions the text times one by one.',
    ja: () => '所要時間は本文が示す各セッションの時間の合計です。',
  },
  'format.from-headline': {
    en: () => "Format inferred from the headline's wording.",
    ja: () => '形式は見出しの表現から推定しました。',
  },
  'format.summit-from-titles': {
    en: () => "A summit, inferred from the leaders' titles.",
    ja: () => '首脳の肩書から首脳会談と推定しました。',
  },
  'participants.country-from-adjective': {
    en: (p) => `Country inferred from the adjective "${s(p, 'word')}".`,
    ja: (p) => `国は形容詞「${s(p, 'word')}」から推定しました。`,
  },
  'participants.country-from-headline': {
    en: () => 'Country inferred from the headline.',
    ja: () => '国は見出しから推定しました。',
  },
  'participants.country-from-title': {
    en: () => "Country inferred from the person's title or the meeting's name.",
    ja: () => '国は肩書または会談名から推定しました。',
  },
  'location.country-from-city': {
    en: (p) => `Country inferred from the city ${s(p, 'city')}.`,
    ja: (p) => `国は都市名(${s(p, 'city')})から推定しました。`,
  },
  'location.implied': {
    en: () => 'Place inferred from the wording (a call received, a visit to Japan); the text names none.',
    ja: () => '本文に場所の記載がなく、表現(表敬の受け入れ、訪日など)から推定しました。',
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
