// "at the United Nations General Assembly" names an event, often an earlier one ("following on
// from their previous meeting in September at the United Nations General Assembly"), not a venue.
import { describe, expect, it } from 'vitest';
import { extractPage } from './factories';

const location = (lead: string) => {
  const result = extractPage({
    headline: 'Japan-China Foreign Ministers’ Meeting',
    dateline: 'October 26, 2018',
    lead,
  });
  return result.kind === 'readout' ? result.readout.location : undefined;
};

describe('United Nations events are not venues', () => {
  it('does not take a previous meeting at the General Assembly as the venue', () => {
    expect(
      location(
        "On October 26, commencing at around 3 p.m. (local time) for approximately 30 minutes, Mr. Taro Kono, Minister for Foreign Affairs, who is accompanying Mr. Shinzo Abe, Prime Minister of Japan, on his visit to the People's Republic of China, held the fifth Japan-China Foreign Ministers' Meeting of 2018 with H.E. Mr. Wang Yi, State Councilor and Foreign Minister for the People's Republic of China, following on from their previous meeting in September at the United Nations General Assembly.",
      ),
    ).toEqual({ city: null, country: 'CN', venue: null });
  });

  it('still reads the United Nations Headquarters as a venue in New York', () => {
    expect(
      location(
        'On September 24, Mr. Taro Kono, Minister for Foreign Affairs, held a meeting with H.E. Mr. Wang Yi, State Councilor and Foreign Minister of China, at the United Nations Headquarters.',
      ),
    ).toMatchObject({ country: 'US', venue: 'the United Nations Headquarters' });
  });
});
