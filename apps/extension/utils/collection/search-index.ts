// An in-memory inverted index over everything a user may remember of a readout (title, people,
// points, topics, places, country names in English and Japanese, tags, note), built once when the
// collection opens; quoted phrases are checked on the text of the candidates the words find.
import { countryNames } from '@readouts/extract';
import type { Readout } from '@readouts/schema';
import { addTokens, normalise, queryTerms } from './tokenize';

/** The countries a readout names, Japan left out: nearly every readout would match it. */
function countriesOf(readout: Readout): Set<string> {
  const countries = new Set<string>();
  for (const p of readout.participants) if (p.country && p.country !== 'JP') countries.add(p.country);
  const place = readout.location?.country;
  if (place && place !== 'JP') countries.add(place);
  return countries;
}

/** The readout's own text that search looks at (country names aside). */
function ownText(readout: Readout): string[] {
  const texts = [readout.title, readout.section ?? ''];
  for (const p of readout.participants) texts.push(p.name, p.nameLatin ?? '', p.title ?? '');
  if (readout.location) texts.push(readout.location.city ?? '', readout.location.venue ?? '');
  for (const point of readout.points) texts.push(point.text);
  texts.push(...readout.topics, ...readout.user.tags, readout.user.note);
  return texts;
}

/**
 * The text of a readout that search looks at: its own, and the names of the countries it names in
 * English and Japanese ("Brazil" finds the Japanese page of a Japan-Brazil summit, 韓国 the ROK).
 */
export function searchableText(readout: Readout): string[] {
  const names = [...countriesOf(readout)].flatMap((code) => [code, ...countryNames(code)]);
  return [...ownText(readout), ...names].filter(Boolean);
}

/** Each country's name tokens, worked out once per index rather than once per readout. */
const countryTokens = new Map<string, string[]>();
function tokensOfCountry(code: string): string[] {
  let tokens = countryTokens.get(code);
  if (!tokens) {
    const set = new Set<string>();
    for (const name of [code, ...countryNames(code)]) addTokens(name, set);
    tokens = [...set];
    countryTokens.set(code, tokens);
  }
  return tokens;
}

export class SearchIndex {
  private readonly ids: string[] = [];
  /** The readouts by document number, for checking phrases on the candidates' text. */
  private readonly docs: Readout[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Sorted index words, so a query word finds every word it is a prefix of by binary search. */
  private vocabulary: string[] = [];

  /** Builds the index over a set of readouts. */
  static build(readouts: Iterable<Readout>): SearchIndex {
    const index = new SearchIndex();
    for (const readout of readouts) index.addDocument(readout);
    return index.finish();
  }

  /**
   * Builds the index a slice at a time, awaiting `pause` between slices so the page stays
   * responsive; the same index `build` makes. Stops (returning null) once `stale()` says the
   * readouts changed meanwhile.
   */
  static async buildInSlices(
    readouts: readonly Readout[],
    options: { slice: number; pause: () => Promise<void>; stale?: () => boolean },
  ): Promise<SearchIndex | null> {
    const index = new SearchIndex();
    for (let start = 0; start < readouts.length; start += options.slice) {
      for (const readout of readouts.slice(start, start + options.slice)) index.addDocument(readout);
      await options.pause();
      if (options.stale?.()) return null;
    }
    return index.finish();
  }

  /** Sorts the vocabulary that prefix searches walk. */
  private finish(): SearchIndex {
    this.vocabulary = [...this.postings.keys()].sort();
    return this;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Ids of the readouts matching every term of the query; null for an empty query (no filtering). */
  search(query: string): Set<string> | null {
    const { words, grams, phrases } = queryTerms(query);
    if (words.length === 0 && grams.length === 0) return null;
    let result: Uint8Array | null = null;
    for (const word of words) result = this.intersect(result, this.matchPrefix(word));
    for (const gram of grams) result = this.intersect(result, this.matchExact(gram));
    const found = new Set<string>();
    result?.forEach((hit, doc) => {
      if (!hit) return;
      if (phrases.length > 0) {
        const text = normalise(searchableText(this.docs[doc]!).join('\n'));
        if (!phrases.every((phrase) => text.includes(phrase))) return;
      }
      found.add(this.ids[doc]!);
    });
    return found;
  }

  private addDocument(readout: Readout): void {
    const doc = this.ids.push(readout.id) - 1;
    this.docs.push(readout);
    const tokens = new Set<string>();
    for (const text of ownText(readout)) if (text) addTokens(text, tokens);
    for (const code of countriesOf(readout)) for (const token of tokensOfCountry(code)) tokens.add(token);
    for (const token of tokens) {
      const list = this.postings.get(token);
      if (list) list.push(doc);
      else this.postings.set(token, [doc]);
    }
  }

  private matchExact(gram: string): Uint8Array {
    const hits = new Uint8Array(this.ids.length);
    for (const doc of this.postings.get(gram) ?? []) hits[doc] = 1;
    return hits;
  }

  private matchPrefix(prefix: string): Uint8Array {
    const hits = new Uint8Array(this.ids.length);
    const vocabulary = this.vocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (vocabulary[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
      for (const doc of this.postings.get(vocabulary[i]!)!) hits[doc] = 1;
    }
    return hits;
  }

  private intersect(current: Uint8Array | null, next: Uint8Array): Uint8Array {
    if (!current) return next;
    for (let i = 0; i < current.length; i++) current[i] = current[i]! & next[i]!;
    return current;
  }
}

/**
 * Where a query matches in a text, for highlighting: [start, end) ranges in `text`, sorted and
 * merged. Words match at word starts (as prefixes), Japanese terms and phrases anywhere.
 * @example matchRanges('Japan-Brazil Summit', 'braz') // [[6, 10]]
 */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const { words, grams, phrases } = queryTerms(query);
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  const every = (needle: string, atWordStart: boolean) => {
    for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + 1)) {
      if (atWordStart && at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
      ranges.push([at, at + needle.length]);
    }
  };
  for (const word of words) every(word, true);
  for (const gram of grams) every(gram, false);
  for (const phrase of phrases) every(phrase, false);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
