// Search tokens shared by both backends: words for alphabetic text, overlapping character bigrams
// for Japanese (which has no spaces), so SQLite FTS5 and PostgreSQL tsvector agree on what matches.

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]+/u;
const RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]+)|([\p{L}\p{N}]+)/gu;
/** Long pages are indexed up to this many tokens. */
const MAX_TOKENS = 30_000;
/**
 * A word is indexed (and queried) by its first 100 code points: at most 400 UTF-8 bytes, far
 * under PostgreSQL's 2046-byte lexeme limit, and a longer query word still matches as a prefix.
 */
export const MAX_WORD_CHARS = 100;
/**
 * A document's tokens stop at this many UTF-16 units in total. A unit is at most 3 UTF-8 bytes
 * (an astral character is 2 units and 4 bytes), so the lexemes stay under 750 KB, well inside
 * PostgreSQL's 1 MiB tsvector limit.
 */
export const MAX_INDEX_UNITS = 250_000;

/** Cuts a word to `MAX_WORD_CHARS` code points. */
function cutWord(word: string): string {
  if (word.length <= MAX_WORD_CHARS) return word;
  return Array.from(word).slice(0, MAX_WORD_CHARS).join('');
}

/** One condition of a parsed search: consecutive tokens (a phrase), the last one optionally a prefix. */
export interface SearchTerm {
  tokens: string[];
  prefix: boolean;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function* runs(text: string): Generator<{ cjk: boolean; text: string }> {
  for (const m of normalise(text).matchAll(RUNS)) {
    if (m[1]) yield { cjk: true, text: m[1] };
    else if (m[2]) yield { cjk: false, text: m[2] };
  }
}

function bigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** ASCII text is its own NFKC form, and its only letters and digits are [A-Za-z0-9]. */
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORDS = /[a-z0-9]+/g;
/** `RUNS` without its groups: `String#match` then gives every run in one call. */
const RUN_TEXTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]+|[\p{L}\p{N}]+/gu;
/** Whether a run starts with Japanese script, that is, `RUNS` matched it as a Japanese run. */
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]/u;
/** No character of `CJK_RUN` is below U+2E80 (the first Han radical): such a run is a word. */
const FIRST_CJK_UNIT = 0x2e80;
/** Longer text is walked run by run (stopping at the token cap) instead of split in one call. */
const SPLIT_AT_ONCE_CHARS = 100_000;
const SURROGATE = /[\ud800-\udfff]/;
const NON_ASCII = /[^\x00-\x7f]+/g;
/** A character some run takes: a letter, a digit or Japanese script (radicals such as ⺀ are not letters). */
const WORD_CHAR = /[\p{L}\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]/u;

/**
 * Turns a document into index tokens: lower-cased NFKC words, and for each Japanese run its
 * bigrams followed by its last character (so a one-character query still finds it by prefix).
 * @example indexTokens('Japan-Korea 首脳会談') // ['japan', 'korea', '首脳', '脳会', '会談', '談']
 */
export function indexTokens(text: string): string[] {
  // Fast path, same tokens: plain ASCII needs neither normalisation nor Unicode classes.
  if (ASCII.test(text)) {
    const words = text.toLowerCase().match(ASCII_WORDS) ?? [];
    const capped = words.length > MAX_TOKENS ? words.slice(0, MAX_TOKENS) : words;
    // Short text cannot reach either cap (a word is at most as long as the text).
    return text.length <= MAX_WORD_CHARS ? capped : capWords(capped);
  }
  const normalised = normalise(text);
  // English with a curly quote or a dash: when no character outside ASCII is one a run takes,
  // the runs are the ASCII words (lower-cased text has no A-Z), found without Unicode classes.
  const outside = normalised.match(NON_ASCII);
  if (outside === null || !WORD_CHAR.test(outside.join(''))) {
    const words = normalised.match(ASCII_WORDS) ?? [];
    return capWords(words.length > MAX_TOKENS ? words.slice(0, MAX_TOKENS) : words);
  }
  if (normalised.length > SPLIT_AT_ONCE_CHARS) return walkedTokens(normalised);
  // One native split instead of an exec (and a match array) per run.
  const out: string[] = [];
  for (const run of normalised.match(RUN_TEXTS) ?? []) {
    if (run.charCodeAt(0) < FIRST_CJK_UNIT || !CJK_START.test(run)) out.push(run);
    else pushBigrams(out, run);
    if (out.length >= MAX_TOKENS) return capWords(out.slice(0, MAX_TOKENS));
  }
  return capWords(out);
}

/** The tokens of long normalised text, run by run, stopping once the token cap is reached. */
function walkedTokens(normalised: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(RUNS);
  for (let m = pattern.exec(normalised); m !== null; m = pattern.exec(normalised)) {
    if (m[1]) pushBigrams(out, m[1]);
    else if (m[2]) out.push(m[2]);
    if (out.length >= MAX_TOKENS) return capWords(out.slice(0, MAX_TOKENS));
  }
  return capWords(out);
}

/** A Japanese run's bigrams, then its last character (by code points). */
function pushBigrams(out: string[], run: string): void {
  if (!SURROGATE.test(run)) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    out.push(run[run.length - 1]!);
    return;
  }
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  out.push(chars.at(-1)!);
}

/** Cuts long words and stops when the tokens reach `MAX_INDEX_UNITS` (in place). */
function capWords(tokens: string[]): string[] {
  let units = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = cutWord(tokens[i]!);
    tokens[i] = token;
    units += token.length;
    if (units > MAX_INDEX_UNITS) {
      tokens.length = i;
      break;
    }
  }
  return tokens;
}

/**
 * Parses a user query into terms that must all match: each word is a prefix term, each Japanese
 * run of two or more characters a phrase of its bigrams, a single Japanese character a prefix.
 */
export function queryTerms(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const run of runs(query)) {
    if (!run.cjk) terms.push({ tokens: [cutWord(run.text)], prefix: true });
    else if ([...run.text].length === 1) terms.push({ tokens: [run.text], prefix: true });
    else terms.push({ tokens: bigrams(run.text), prefix: false });
    if (terms.length >= 32) break;
  }
  return terms;
}

/** True when the text contains Japanese script. */
export function hasJapanese(text: string): boolean {
  return CJK_RUN.test(text);
}
