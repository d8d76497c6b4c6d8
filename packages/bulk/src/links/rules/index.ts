// The link rules, looked up once per link: URL rules for every link, text rules by the script of
// the link's text (a Japanese list page may hold English titles and the other way round).
import type { Lang } from '@readouts/schema';
import { EN_TEXT_RULES } from './en';
import { JA_TEXT_RULES } from './ja';
import type { LinkRule } from './types';

export type { LinkRule } from './types';
export { URL_RULES } from './url';

/** The text rules of each language. */
export const TEXT_RULES: Readonly<Record<Lang, readonly LinkRule[]>> = {
  en: EN_TEXT_RULES,
  ja: JA_TEXT_RULES,
};

const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The language whose text rules read a link text: Japanese when it holds kana or kanji. */
export const textLang = (text: string): Lang => (JAPANESE_SCRIPT.test(text) ? 'ja' : 'en');
