// The counterparts model: countries met, a country's full years, its timeline newest first and a
// calendar whose months add up to the years.
import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { countriesMet, countryView, splitCounts } from '../country';

const fm = fakeParticipant({
  name: 'Yoko Kamikawa',
  familyName: 'Kamikawa',
  title: 'Minister for Foreign Affairs',
  country: 'JP',
  side: 'japan',
});
const pm = fakeParticipant({
  name: 'Fumio Kishida',
  familyName: 'Kishida',
  title: 'Prime Minister',
  country: 'JP',
  side: 'japan',
});
const greek = fakeParticipant({ name: 'Giorgos Gerapetritis', familyName: 'Gerapetritis', country: 'GR' });
const korean = fakeParticipant({ name: 'Cho Tae-yul', familyName: 'Cho', country: 'KR' });
const at = (
  id: string,
  date: string,
  japan = fm,
  other = greek,
  format: 'meeting' | 'telephone' = 'meeting',
) => fakeReadout({ id, date, publishedDate: date, format, participants: [japan, other] });

const readouts = [
  at('gr-2019', '2019-03-01'),
  at('gr-2022a', '2022-05-10'),
  at('gr-2022b', '2022-05-30', pm, greek, 'telephone'),
  at('kr-2022', '2022-06-01', fm, korean),
];

describe('countriesMet', () => {
  it('lists the countries by meetings, most first', () => {
    expect(countriesMet(readouts)).toEqual([
      { code: 'GR', meetings: 3 },
      { code: 'KR', meetings: 1 },
    ]);
  });
});

describe('countryView', () => {
  const view = countryView(readouts, 'GR');

  it('has every year from the first meeting to the last', () => {
    expect(view.years.map((y) => [y.year, y.meetings])).toEqual([
      [2019, 1],
      [2020, 0],
      [2021, 0],
      [2022, 2],
    ]);
    expect(splitCounts(view.years[3]!, 'office')).toMatchObject({
      'foreign-minister': 1,
      'prime-minister': 1,
    });
    expect(splitCounts(view.years[3]!, 'format')).toMatchObject({ meeting: 1, telephone: 1 });
  });

  it('lists the timeline newest first with first-since answers', () => {
    expect(view.timeline.map((e) => e.meeting.id)).toEqual(['gr-2022b', 'gr-2022a', 'gr-2019']);
    expect(view.timeline[1]!.since?.previous?.meetingId).toBe('gr-2019');
    expect(view.timeline[0]!.since?.previous).toBeNull();
    expect(view.timeline[0]!.since?.lastAny?.meetingId).toBe('gr-2022a');
  });

  it('puts each meeting in its month, the months adding up to the year', () => {
    const y2022 = view.calendar.find((row) => row.year === 2022)!;
    expect(y2022.months[4]).toEqual({ month: 5, meetings: 2, days: ['2022-05-10', '2022-05-30'] });
    for (const row of view.calendar) {
      const year = view.years.find((y) => y.year === row.year)!;
      expect(row.months.reduce((n, m) => n + m.meetings, 0)).toBe(year.meetings);
    }
    expect(view.total).toBe(3);
  });
});
