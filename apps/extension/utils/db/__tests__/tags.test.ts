import { Readout } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { normaliseTags } from '../tags';

describe('normaliseTags', () => {
  it('trims, collapses spaces and drops empties and duplicates in order', () => {
    expect(normaliseTags([' G7 ', 'G7', '', '  ', 'North  Korea'])).toEqual(['G7', 'North Korea']);
  });

  it('keeps tags within the Readout schema limits', () => {
    const tags = normaliseTags(['x'.repeat(150), ...Array.from({ length: 250 }, (_, i) => `t${i}`)]);
    expect(tags[0]).toHaveLength(100);
    expect(tags).toHaveLength(200);
    expect(Readout.safeParse(fakeReadout({ user: { tags, note: '', starred: false } })).success).toBe(true);
  });
});
