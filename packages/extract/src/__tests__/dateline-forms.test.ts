// Datelines beyond "one complete date": the issuing office after the date on the same line, and
// the month-only datelines of MOFA's older summaries, which date the meeting's year.
import { describe, expect, it } from 'vitest';
import { parseDateline, parseMonthDateline } from '../dates/calendar';
import { resolveMeetingDate } from '../dates/meeting-date';
import { extractPage } from './factories';

describe('dateline forms', () => {
  it('reads a date followed by its issuer ("平成29年7月7日 首相官邸")', () => {
    expect(parseDateline('平成29年7月7日 首相官邸')).toBe('2017-07-07');
    expect(parseDateline("July 7, 2017 Prime Minister's Office of Japan")).toBe('2017-07-07');
    expect(parseDateline('平成29年7月7日 東京')).toBeNull();
  });

  it('reads a month-only dateline as the last day of that month', () => {
    expect(parseMonthDateline('May 2004')).toBe('2004-05-31');
    expect(parseMonthDateline('February 2008')).toBe('2008-02-29');
    expect(parseMonthDateline('平成16年12月')).toBe('2004-12-31');
    expect(parseMonthDateline('May 2004 was busy')).toBeNull();
    expect(parseMonthDateline('May 29, 2004')).toBeNull();
  });

  it('dates a year-less meeting by a month-only dateline, never the day', () => {
    const ctx = {
      published: null,
      monthEnd: '2004-05-31',
      url: 'https://www.mofa.go.jp/x.html',
      japanSide: [],
    };
    expect(
      resolveMeetingDate({ year: null, month: 5, day: 29, weekday: 6, index: 0, end: 6 }, ctx).date,
    ).toBe('2004-05-29');
    expect(resolveMeetingDate(null, ctx).date).toBeNull();
  });

  it('dates a page whose only dateline is a month ("May 2004")', () => {
    const result = extractPage(
      {
        headline:
          'Visit by Minister for Foreign Affairs Yoriko Kawaguchi to the Republic of Korea (ROK) (Summary)',
        dateline: 'May 2004',
        lead: "Minister for Foreign Affairs Yoriko Kawaguchi held the Japan-ROK Foreign Ministers' Meeting with Minister of Foreign Affairs and Trade Ban Ki-Moon of the ROK on May 29 (Saturday).",
      },
      'https://www.mofa.go.jp/region/asia-paci/korea/fmv.html',
    );
    expect(result.kind === 'readout' ? result.readout.date : null).toBe('2004-05-29');
  });
});
