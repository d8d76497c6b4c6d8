import { uncorrected } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { badgeFor, isMofaUrl, pageState } from '../page-status';
import { fakeContent, fakeReadout, notReadoutResult, readoutResult } from './factories';

describe('isMofaUrl', () => {
  it('accepts https pages on www.mofa.go.jp only', () => {
    expect(isMofaUrl('https://www.mofa.go.jp/mofaj/a_o/na/kr/page3_003014.html')).toBe(true);
    expect(isMofaUrl('http://www.mofa.go.jp/a_o/')).toBe(false);
    expect(isMofaUrl('https://www.mofa.go.jp.evil.example/')).toBe(false);
    expect(isMofaUrl('chrome://newtab/')).toBe(false);
    expect(isMofaUrl(null)).toBe(false);
  });
});

describe('pageState', () => {
  const content = fakeContent({ capture: { ...fakeContent().capture, contentHash: 'h1' } });

  it('is new for an unsaved readout', () => {
    expect(pageState(readoutResult(content), null)).toBe('new');
  });

  it('is saved when the content hash matches', () => {
    expect(
      pageState(readoutResult(content), { ...content, ...uncorrected(), user: fakeReadout().user }),
    ).toBe('saved');
  });

  it('is changed when the content hash differs', () => {
    const saved = {
      ...content,
      capture: { ...content.capture, contentHash: 'h0' },
      ...uncorrected(),
      user: fakeReadout().user,
    };
    expect(pageState(readoutResult(content), saved)).toBe('changed');
  });

  it('is not-readout for other pages', () => {
    expect(pageState(notReadoutResult(), null)).toBe('not-readout');
  });
});

describe('badgeFor', () => {
  it('marks capturable, saved and changed pages, and nothing else', () => {
    expect(badgeFor('new').text).toBe('+');
    expect(badgeFor('saved').text).toBe('✓');
    expect(badgeFor('changed').text).toBe('!');
    expect(badgeFor('not-readout').text).toBe('');
    expect(badgeFor('not-mofa').text).toBe('');
  });
});
