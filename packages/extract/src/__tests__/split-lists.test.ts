// A list that ends in a bare topic, followed by a separate list: MOFA's markup split one point's
// sub-items into a list of their own, and they fold into that topic.
import { describe, expect, it } from 'vitest';
import { readoutOf } from './factories';

const LEAD =
  'On April 17, commencing at 5:50 p.m. for approximately 20 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, held a meeting with H.E. Ms. Annalena Baerbock, Federal Minister for Foreign Affairs of Germany.';
const points = (body: string) =>
  readoutOf({
    headline: 'Japan-Germany Foreign Ministers’ Meeting',
    dateline: 'April 17, 2023',
    lead: LEAD,
    body,
  }).points;

describe('split lists', () => {
  it('folds the list after a bare topic item into that topic', () => {
    const got = points(`<ol><li><p>Bilateral relations. The two ministers welcomed progress.</p></li>
      <li><p>Regional affairs and cooperation in the international arena</p></li></ol>
      <ol><li><p>The two ministers exchanged views on East Asia.</p></li><li><p>Minister Hayashi raised food imports.</p></li></ol>
      <ol><li><p>Both ministers confirmed close cooperation towards the G7 Hiroshima Summit.</p></li></ol>`);
    expect(got).toHaveLength(3);
    expect(got[1]!.text).toContain('Minister Hayashi raised food imports.');
  });

  it('keeps two lists of full sentences as separate points', () => {
    const got = points(`<ol><li><p>The two ministers welcomed progress.</p></li></ol>
      <ol><li><p>They exchanged views on East Asia.</p></li></ol>`);
    expect(got).toHaveLength(2);
  });
});
