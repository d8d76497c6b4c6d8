// Unnamed counterpart groups keep their country and are named as written, never with an
// invented name such as "Minister of Canada".
import { describe, expect, it } from 'vitest';
import { unnamedGroups } from '../people/groups';

const brief = (text: string) => unnamedGroups(text).map((p) => [p.name, p.country]);

describe('unnamed counterpart groups', () => {
  it('names a list of foreign ministers as written, one entry per country', () => {
    expect(brief('joined by the Foreign Ministers of India, Philippines and Indonesia.')).toEqual([
      ['Foreign Ministers of India, Philippines and Indonesia', 'IN'],
      ['Foreign Ministers of India, Philippines and Indonesia', 'PH'],
      ['Foreign Ministers of India, Philippines and Indonesia', 'ID'],
    ]);
  });

  it('keeps an office ending in a country whole, and a further office opened by its country', () => {
    expect(
      brief(
        '(Foreign Ministers of the G7 countries (except Canada), Minister of International Development of Canada, and EU Ambassador to the United Kingdom attended.)',
      ),
    ).toEqual([
      ['Minister of International Development of Canada', 'CA'],
      ['EU Ambassador', 'EU'],
    ]);
  });

  it('leaves out a group that names no country ("the Foreign Ministers of the G7 countries")', () => {
    expect(brief('attended by the Foreign Ministers of the G7 countries.')).toEqual([]);
  });
});
