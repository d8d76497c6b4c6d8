import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decisionKey } from '@readouts/bulk';
import { emptyUserFields, type Readout, uncorrected } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../offscreen-protocol';
import { collapsePairs, PairIndex, pairChoices } from '../pairs';

const pages = path.resolve(import.meta.dirname, '../../../../../packages/bulk/eval/pages');

/** A real eval page extracted as the bulk runner would, saved as a readout. */
function saved(file: string, url: string): Readout {
  const result = extractHtml(readFileSync(path.join(pages, file), 'utf8'), url);
  if (result.kind !== 'readout') throw new Error(`${file} is not a readout`);
  return { ...result.readout, ...uncorrected(), user: emptyUserFields() };
}

// Issue 12's example: page4_004273 is the Japanese version of page4e_000895; page4_004275 is a
// different meeting that afternoon (a courtesy call on the President-elect).
const en = saved(
  'la_c-m_ca_c-mx-page4e_000895.html',
  'https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html',
);
const ja = saved(
  'mofaj-la_c-m_ca_c-mx-page4_004273.html',
  'https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004273.html',
);
const other = saved(
  'mofaj-la_c-m_ca_c-mx-page4_004275.html',
  'https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004275.html',
);

describe('paired meetings in the collection', () => {
  const index = PairIndex.of([en, ja, other], {});

  it('pairs the English and Japanese page of one meeting and leaves the other meeting alone', () => {
    expect(index.partnerOf(en.id)).toBe(ja.id);
    expect(index.partnerOf(ja.id)).toBe(en.id);
    expect(index.partnerOf(other.id)).toBeNull();
  });

  it('lists the pair once, as its Japanese version, and the other meeting on its own', () => {
    expect(collapsePairs([en, other, ja], index).map((r) => r.id)).toEqual([other.id, ja.id]);
  });

  it('a search that found only the English version lists that one', () => {
    expect(collapsePairs([en], index).map((r) => r.id)).toEqual([en.id]);
  });

  it('a split decision keeps them apart; a join pairs the English page with the other meeting', () => {
    const hlc = '001764201600000-00000-dev';
    const split = PairIndex.of([en, ja, other], {
      [decisionKey(en.id, ja.id)]: { en: en.id, ja: ja.id, action: 'split', hlc },
    });
    expect(split.partnerOf(en.id)).toBeNull();
    expect(collapsePairs([en, ja, other], split)).toHaveLength(3);
    expect(
      pairChoices(en, [en, ja, other], split)
        .map((r) => r.id)
        .sort(),
    ).toEqual([ja.id, other.id].sort());
    const joined = PairIndex.of([en, ja, other], {
      [decisionKey(en.id, other.id)]: { en: en.id, ja: other.id, action: 'join', hlc },
    });
    expect(joined.partnerOf(en.id)).toBe(other.id);
    expect(joined.partnerOf(ja.id)).toBeNull();
  });
});
