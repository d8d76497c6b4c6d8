// English names: a Japanese principal named without an honorific, set off by commas before a title
// of Japan ("On November 6, Shinzo Abe, Prime Minister of Japan, held a working lunch …"), and
// counterparts listed one after another.
import { describe, expect, it } from 'vitest';
import { englishParticipants } from '../people/english';

const brief = (text: string) =>
  englishParticipants(text, null).map((p) => [p.side, p.name, p.title, p.country]);

describe('English names without an honorific', () => {
  it('reads "Shinzo Abe, Prime Minister of Japan," as Japan\'s principal', () => {
    expect(
      brief(
        'On November 6, Shinzo Abe, Prime Minister of Japan, held a working lunch and summit meeting with the Honorable Donald J. Trump, President of the United States of America.',
      ),
    ).toEqual([
      ['japan', 'Shinzo Abe', 'Prime Minister of Japan', 'JP'],
      ['counterpart', 'Donald J. Trump', 'President of the United States of America', 'US'],
    ]);
  });

  it('puts an untitled person met by a bare-named principal on the other side', () => {
    expect(
      brief(
        'On March 3, Yoko Kamikawa, Minister for Foreign Affairs of Japan, held a meeting with Mr. Penny Wong.',
      ),
    ).toEqual([
      ['japan', 'Yoko Kamikawa', 'Minister for Foreign Affairs of Japan', 'JP'],
      ['counterpart', 'Penny Wong', null, null],
    ]);
  });

  it('never takes a foreign title or a place for a Japanese principal', () => {
    const people = brief(
      'On May 3, Ho Chi Minh City, Viet Nam, hosted a meeting between Mr. KISHIDA Fumio, Prime Minister of Japan, and Mr. Pham Minh Chinh, Prime Minister of Viet Nam.',
    );
    expect(people.filter((p) => p[0] === 'japan').map((p) => p[1])).toEqual(['KISHIDA Fumio']);
    const berlin = brief(
      'In Berlin, Olaf Scholz, Federal Chancellor of Germany, received Mr. KISHIDA Fumio.',
    );
    expect(berlin.filter((p) => p[0] === 'japan').map((p) => p[1])).toEqual(['KISHIDA Fumio']);
  });
});

describe('counterparts listed one after another', () => {
  it('ends a title at the next person ("…, Secretary of State of the United States, Senator the Hon …")', () => {
    expect(
      brief(
        'On February 18, commencing at 10:00 p.m. for approximately 90 minutes, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held the Japan-Australia-India-U.S. Foreign Ministers’ Telephone Meeting with the Honorable Antony Blinken, Secretary of State of the United States, Senator the Hon Marise Payne, Minister for Foreign Affairs of Australia, and Dr. S. Jaishankar, Minister of External Affairs of India.',
      ).map((p) => [p[1], p[3]]),
    ).toEqual([
      ['MOTEGI Toshimitsu', 'JP'],
      ['Antony Blinken', 'US'],
      ['Marise Payne', 'AU'],
      ['S. Jaishankar', 'IN'],
    ]);
  });
});
