import { describe, expect, it } from 'vitest';
import { findEnglishDates, findJapaneseDates, parseDateline } from '../dates/calendar';
import { publicationDateFromUrl, resolveMeetingDate } from '../dates/meeting-date';
import { readoutOf } from './factories';

const en = (text: string) => findEnglishDates(text)[0] ?? null;
const ja = (text: string) => findJapaneseDates(text)[0] ?? null;
const ctx = (over: Partial<Parameters<typeof resolveMeetingDate>[1]> = {}) => ({
  published: null,
  url: 'https://www.mofa.go.jp/a_o/page1e_000001.html',
  japanSide: [],
  ...over,
});

describe('meeting date', () => {
  it('takes the year from the dateline', () => {
    expect(resolveMeetingDate(en('On August 17, commencing'), ctx({ published: '2018-08-17' })).date).toBe(
      '2018-08-17',
    );
  });

  it('keeps the local meeting date when the dateline is the next day', () => {
    expect(resolveMeetingDate(en('On February 14, commencing'), ctx({ published: '2023-02-15' })).date).toBe(
      '2023-02-14',
    );
  });

  it('puts a December meeting published in January in the year before', () => {
    expect(resolveMeetingDate(en('On December 30, Mr.'), ctx({ published: '2024-01-04' })).date).toBe(
      '2023-12-30',
    );
  });

  it('completes a day-only Japanese date from the dateline month', () => {
    expect(resolveMeetingDate(ja('24日午前9時頃'), ctx({ published: '2019-12-24' })).date).toBe('2019-12-24');
    expect(resolveMeetingDate(ja('30日午後'), ctx({ published: '2020-01-02' })).date).toBe('2019-12-30');
  });

  it('dates a page without dateline from a yymm URL, checked against the weekday', () => {
    const r = resolveMeetingDate(
      en('On Thursday, September 27 (local time)'),
      ctx({ url: 'https://www.mofa.go.jp/region/europe/uk/meeting1209_fm.html' }),
    );
    expect(r.date).toBe('2012-09-27');
  });

  it('dates a page without dateline from the Japanese minister’s term, taking the middle year', () => {
    const kono = ctx({ japanSide: [{ name: '河野太郎', title: '外務大臣' }] });
    expect(resolveMeetingDate(ja('8月17日13時00分'), kono).date).toBe('2018-08-17');
    const iwaya = ctx({
      japanSide: [{ name: 'IWAYA Takeshi', title: 'Minister for Foreign Affairs of Japan' }],
    });
    expect(resolveMeetingDate(en('On November 26, commencing'), iwaya).date).toBe('2024-11-26');
  });

  it('uses the weekday to choose among the years of a term', () => {
    const gemba = ctx({ japanSide: [{ name: 'Koichiro Gemba', title: null }] });
    // Gemba was minister in September 2011 and 2012; 27 September was a Thursday only in 2012.
    expect(resolveMeetingDate(en('On Thursday, September 27'), gemba).date).toBe('2012-09-27');
  });

  it('does not date a prime minister from a foreign-minister term of the same family name', () => {
    const pm = ctx({ japanSide: [{ name: 'KISHIDA Fumio', title: 'Prime Minister of Japan' }] });
    const year = Number(resolveMeetingDate(en('On May 3, Mr.'), pm).date?.slice(0, 4));
    expect(year).toBeGreaterThanOrEqual(2022);
  });

  it('warns when the weekday does not fit', () => {
    const r = resolveMeetingDate(en('On Monday, June 17'), ctx({ published: '2010-06-17' }));
    expect(r.date).toBe('2010-06-17');
    expect(r.warnings).toEqual([{ code: 'date.weekday-mismatch', params: { date: '2010-06-17' } }]);
  });

  it('gives no date rather than a guess when nothing dates the page', () => {
    expect(resolveMeetingDate(en('On June 17, Mr.'), ctx()).date).toBeNull();
  });
});

describe('the incumbent’s open-ended term', () => {
  it('never dates a meeting after the capture', () => {
    const motegi = ctx({
      japanSide: [{ name: 'MOTEGI Toshimitsu', title: 'Minister for Foreign Affairs of Japan' }],
      notAfter: '2026-01-10',
    });
    // Motegi's terms: 2019-09-11 to 2021-11-10 and from 2025-10-21; 5 January fits 2020, 2021, 2026.
    expect(resolveMeetingDate(en('On January 5, commencing'), motegi).date).toBe('2021-01-05');
  });
});

describe('ministers who share a family name', () => {
  it('tells Kono Taro from Kono Yohei by the given name', () => {
    const taro = ctx({ japanSide: [{ name: 'Taro Kono', title: 'Minister for Foreign Affairs' }] });
    expect(
      Number(resolveMeetingDate(en('On January 21, commencing'), taro).date?.slice(0, 4)),
    ).toBeGreaterThanOrEqual(2018);
  });
});

describe('dates a page gives outside its prose', () => {
  it('reads a numeric date line ("date 2025-02-03", "2025/2/3") as the dateline', () => {
    expect(parseDateline('date 2025-02-03')).toBe('2025-02-03');
    expect(parseDateline('2025/2/3')).toBe('2025-02-03');
    expect(parseDateline('date 2018-12-12 news')).toBe('2018-12-12');
    expect(parseDateline('2025-02-30')).toBeNull();
  });

  it('reads a publication date from a dated URL path', () => {
    expect(publicationDateFromUrl('https://www.gov-base.info/2018/12/13/17304')).toBe('2018-12-13');
    expect(publicationDateFromUrl('http://www.mofa.go.jp/announce/announce/2007/2/0213-2.html')).toBe(
      '2007-02-13',
    );
    expect(
      publicationDateFromUrl('https://www.mofa.go.jp/announce/event/2007/4/1173222_846.html'),
    ).toBeNull();
    expect(publicationDateFromUrl('https://www.mofa.go.jp/mofaj/a_o/page1_000001.html')).toBeNull();
  });

  it('dates 本13日 on a page without a dateline by its dated URL', () => {
    const readout = readoutOf(
      {
        lang: 'ja',
        lead: '本13日,午後0時40分から約80分間,河野太郎外務大臣は,訪日中のX・モンゴル国外務大臣との間で会談を行ったところ,概要は以下のとおりです。',
      },
      'https://www.gov-base.info/2018/12/13/17304',
    );
    expect(readout.date).toBe('2018-12-13');
  });
});
