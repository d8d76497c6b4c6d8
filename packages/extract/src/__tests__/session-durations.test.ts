// A meeting timed session by session in brackets lasts as long as its sessions together.
import { describe, expect, it } from 'vitest';
import { summedSessionDurations } from '../dates/session-durations';
import { extractPage } from './factories';

const duration = (lead: string, lang: 'en' | 'ja' = 'en') => {
  const result = extractPage({
    lang,
    headline: lang === 'ja' ? '日中外相会談' : 'Japan-China Foreign Ministers’ Meeting',
    dateline: lang === 'ja' ? '令和元年11月25日' : 'November 25, 2019',
    lead,
  });
  return result.kind === 'readout' ? result.readout.durationMinutes : undefined;
};

describe('durations stated per session', () => {
  it('adds a working lunch and a meeting timed in brackets', () => {
    expect(
      duration(
        'On November 25, commencing at 12:25 p.m., Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a working lunch (approximately 1 hour and 5 minutes) and a Japan-China Foreign Ministers’ Meeting (approximately 1 hour) with H.E. Mr. Wang Yi, State Councilor and Foreign Minister of the People’s Republic of China.',
      ),
    ).toBe(125);
  });

  it('adds Japanese sessions timed in brackets', () => {
    expect(
      duration(
        '25日午後0時25分から,茂木外務大臣は,王毅中国国務委員兼外交部長との間で,日中外相会談(約1時間)及びワーキング・ランチ(約1時間5分)を行いました。',
        'ja',
      ),
    ).toBe(125);
  });

  it('keeps a single bracketed duration and an overall length as they are', () => {
    expect(summedSessionDurations('held a meeting (approximately 30 minutes) with X.', 'en')).toBeNull();
    expect(
      summedSessionDurations(
        'for approximately 2 hours, held a meeting (about 1 hour) and a dinner (about 1 hour) with X.',
        'en',
      ),
    ).toBeNull();
    expect(summedSessionDurations('a meeting (10:00 a.m.) and a lunch (12:30 p.m.)', 'en')).toBeNull();
  });
});
