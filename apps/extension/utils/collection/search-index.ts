// An in-memory inverted index over title, participants and point text, built once when the collection opens.
import type { Readout } from '@readouts/schema';
import { addTokens, queryTerms } from './tokenize';

/** The text of a readout that search looks at. */
export function searchableText(readout: Readout): string[] {
  const texts = [readout.title];
  for (const p of readout.participants) texts.push(p.name, p.title ?? '');
  for (const point of readout.points) texts.push(point.text);
  return texts;
}

export class SearchIndex {
  private readonly ids: string[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Sorted index words, so a query word finds every word it is a prefix of by binary search. */
  private vocabulary: string[] = [];

  /** Builds the index over a set of readouts. */
  static build(readouts: Iterable<Readout>): SearchIndex {
    const index = new SearchIndex();
    for (const readout of readouts) index.addDocument(readout);
    index.vocabulary = [...index.postings.keys()].sort();
    return index;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Ids of the readouts matching every term of the query; null for an empty query (no filtering). */
  search(query: string): Set<string> | null {
    const { words, grams } = queryTerms(query);
    if (words.length === 0 && grams.length === 0) return null;
    let result: Uint8Array | null = null;
    for (const word of words) result = this.intersect(result, this.matchPrefix(word));
    for (const gram of grams) result = this.intersect(result, this.matchExact(gram));
    const found = new Set<string>();
    result?.forEach((hit, doc) => {
      if (hit) found.add(this.ids[doc]!);
    });
    return found;
  }

  private addDocument(readout: Readout): void {
    const doc = this.ids.push(readout.id) - 1;
    const tokens = new Set<string>();
    for (const text of searchableText(readout)) addTokens(text, tokens);
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
