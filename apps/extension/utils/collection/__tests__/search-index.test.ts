import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { SearchIndex } from '../search-index';
import { queryTerms } from '../tokenize';

const australia = fakeReadout({ id: 'au', title: 'Japan-Australia Foreign Ministers’ Meeting' });
const korea = fakeReadout({
  id: 'kr',
  title: '日韓外相会談',
  lang: 'ja',
  participants: [fakeParticipant({ name: '趙兌烈', familyName: null, country: 'KR' })],
  points: [{ n: 1, text: '両外相は、北朝鮮への対応について緊密に連携していくことで一致した。' }],
});
const brazil = fakeReadout({
  id: 'br',
  title: 'Japan-Brazil Summit Telephone Talk',
  participants: [fakeParticipant({ name: 'Luiz Inácio Lula da Silva', country: 'BR' })],
  points: [{ n: 1, text: 'The leaders discussed climate change and the G20.' }],
});
const index = SearchIndex.build([australia, korea, brazil]);

describe('SearchIndex', () => {
  it('returns null for an empty query, so nothing is filtered out', () => {
    expect(index.search('   ')).toBeNull();
  });

  it('finds words in titles, by prefix and regardless of case', () => {
    expect(index.search('austral')).toEqual(new Set(['au']));
    expect(index.search('JAPAN')).toEqual(new Set(['au', 'br']));
  });

  it('requires every word to match', () => {
    expect(index.search('japan summit')).toEqual(new Set(['br']));
    expect(index.search('japan nowhere')).toEqual(new Set());
  });

  it('searches participant names and point text', () => {
    expect(index.search('lula')).toEqual(new Set(['br']));
    expect(index.search('climate')).toEqual(new Set(['br']));
    expect(index.search('payne')).toEqual(new Set(['au']));
  });

  it('folds accents only as far as Unicode normalisation does', () => {
    expect(index.search('inácio')).toEqual(new Set(['br']));
  });

  it('finds Japanese text by character bigrams, without word spaces', () => {
    expect(index.search('外相会談')).toEqual(new Set(['kr']));
    expect(index.search('北朝鮮')).toEqual(new Set(['kr']));
    expect(index.search('韓')).toEqual(new Set(['kr']));
    expect(index.search('首脳会談')).toEqual(new Set());
  });

  it('treats full-width Latin letters like ASCII (NFKC)', () => {
    expect(index.search('Ｇ２０')).toEqual(new Set(['br']));
  });
});

describe('queryTerms', () => {
  it('splits mixed queries into words and Japanese bigrams', () => {
    expect(queryTerms('Motegi 外相会談')).toEqual({ words: ['motegi'], grams: ['外相', '相会', '会談'] });
  });
});
