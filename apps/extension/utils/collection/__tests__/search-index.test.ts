import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { matchRanges, SearchIndex } from '../search-index';
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
    expect(queryTerms('Motegi 外相会談')).toEqual({
      words: ['motegi'],
      grams: ['外相', '相会', '会談'],
      phrases: [],
    });
    expect(queryTerms('"Indo-Pacific  Session" quad').phrases).toEqual(['indo-pacific session']);
  });
});

describe('SearchIndex: what a user remembers', () => {
  const tagged = fakeReadout({
    id: 'quad',
    title: 'Japan-India Foreign Ministers’ Meeting',
    participants: [fakeParticipant({ name: 'Subrahmanyam Jaishankar', country: 'IN' })],
    location: { city: 'New Delhi', country: 'IN', venue: 'Hyderabad House' },
    topics: ['Free and Open Indo-Pacific'],
    points: [{ n: 1, text: 'The ministers welcomed the Indo-Pacific session of the dialogue.' }],
    user: { tags: ['Quad'], note: 'Compare with the 2019 two-plus-two readout', starred: false },
  });
  const all = SearchIndex.build([australia, korea, brazil, tagged]);

  it('finds tags and notes', () => {
    expect(all.search('quad')).toEqual(new Set(['quad']));
    expect(all.search('two-plus-two')).toEqual(new Set(['quad']));
  });

  it('finds country names in English and Japanese, whichever language the page is in', () => {
    expect(all.search('ブラジル')).toEqual(new Set(['br']));
    expect(all.search('Republic of Korea')).toEqual(new Set(['kr']));
    expect(all.search('ROK')).toEqual(new Set(['kr']));
    expect(all.search('インド')).toEqual(new Set(['quad']));
  });

  it('finds places and topics', () => {
    expect(all.search('delhi')).toEqual(new Set(['quad']));
    expect(all.search('hyderabad house')).toEqual(new Set(['quad']));
    expect(all.search('free open')).toEqual(new Set(['quad']));
  });

  it('matches a quoted phrase only as it stands', () => {
    expect(all.search('"Indo-Pacific session"')).toEqual(new Set(['quad']));
    expect(all.search('"session Indo-Pacific"')).toEqual(new Set());
    expect(all.search('「北朝鮮への対応」')).toEqual(new Set(['kr']));
  });
});

describe('matchRanges', () => {
  it('marks word starts, Japanese terms and phrases, merged', () => {
    expect(matchRanges('Japan-Brazil Summit', 'braz')).toEqual([[6, 10]]);
    expect(matchRanges('Embrace Brazil', 'bra')).toEqual([[8, 11]]);
    expect(matchRanges('日韓外相会談', '外相会談')).toEqual([[2, 6]]);
    expect(matchRanges('the Indo-Pacific session', '"pacific session" indo')).toEqual([
      [4, 8],
      [9, 24],
    ]);
    expect(matchRanges('Indo-Pacific', 'indo pac')).toEqual([
      [0, 4],
      [5, 8],
    ]);
    expect(matchRanges('nothing here', 'absent')).toEqual([]);
  });
});
