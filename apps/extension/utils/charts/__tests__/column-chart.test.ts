// The column chart's markup: an axis with ticks and a baseline, every label in full, the count
// written on every column, and columns that are links or buttons the keyboard can work.
import { describe, expect, it, vi } from 'vitest';
import { type Column, columnChart } from '../column-chart';

const options = { name: 'Meetings per year', axis: { x: 'Year', y: 'Readouts' }, id: 'per-year' };

function yearColumns(counts: number[], from = 2019, extra: Partial<Column> = {}): Column[] {
  return counts.map((count, i) => ({
    label: String(from + i),
    count,
    name: `${from + i}: ${count} readouts`,
    ...extra,
  }));
}

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((text) => text.textContent);

describe('columnChart', () => {
  it('draws a count axis with its ticks, a baseline and both axis titles', () => {
    const chart = columnChart(yearColumns([2, 0, 7]), options);
    expect(texts(chart, 'text.tick')).toEqual(['0', '2', '4', '6', '8']);
    expect(chart.querySelectorAll('line.grid')).toHaveLength(5);
    expect(chart.querySelector('line.baseline')).not.toBeNull();
    expect(texts(chart, 'text.axis-title')).toEqual(['Readouts', 'Year']);
    expect(chart.getAttribute('role')).toBe('group');
    expect(chart.getAttribute('aria-label')).toBe('Meetings per year');
  });

  it('turns an English count axis title and sets a Japanese one upright, top to bottom', () => {
    const english = columnChart(yearColumns([1]), options).querySelector('text.axis-title')!;
    expect(english.getAttribute('transform')).toMatch(/^rotate\(-90 /);
    const japanese = columnChart(yearColumns([1]), { ...options, axis: { x: '年', y: '件数' } });
    const title = japanese.querySelector('text.axis-title')!;
    expect(title.getAttribute('transform')).toBeNull();
    expect(title.getAttribute('writing-mode')).toBe('vertical-rl');
  });

  it('labels every column with its full year and writes every count, zeros included', () => {
    const counts = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 0 : i));
    const chart = columnChart(yearColumns(counts, 1995), options);
    expect(texts(chart, 'text.label')).toEqual(counts.map((_, i) => String(1995 + i)));
    expect(texts(chart, 'text.count')).toEqual(counts.map(String));
    // Thirty years do not fit across: the labels are turned, not shortened.
    expect(chart.querySelector('text.label')!.getAttribute('transform')).toMatch(/^rotate\(-90 /);
  });

  it('sizes itself in ems, so it grows with the font size', () => {
    const chart = columnChart(yearColumns([1, 2]), options);
    const [, , width, height] = chart.getAttribute('viewBox')!.split(' ');
    expect(chart.getAttribute('width')).toBe(`${width}em`);
    expect(chart.getAttribute('height')).toBe(`${height}em`);
  });

  it('draws taller bars for larger counts and none for an empty year', () => {
    const chart = columnChart(yearColumns([2, 0, 4]), options);
    const bars = [...chart.querySelectorAll('.bar')].map((bar) => bar.querySelector('rect.fill'));
    expect(bars[1]).toBeNull();
    expect(Number(bars[2]!.getAttribute('height'))).toBeCloseTo(2 * Number(bars[0]!.getAttribute('height')));
  });

  it('makes each column a button that a click, Enter or Space chooses, named for readers', () => {
    const onSelect = vi.fn();
    const columns = yearColumns([3, 0]).map((c) => ({ ...c, action: { onSelect: () => onSelect(c.label) } }));
    const chart = columnChart(columns, options);
    const [first, second] = [...chart.querySelectorAll<SVGElement>('.bar')];
    expect(first!.getAttribute('role')).toBe('button');
    expect(first!.getAttribute('tabindex')).toBe('0');
    expect(first!.getAttribute('aria-label')).toBe('2019: 3 readouts');
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSelect).toHaveBeenLastCalledWith('2019');
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true });
    second!.dispatchEvent(space);
    expect(onSelect).toHaveBeenLastCalledWith('2020');
    expect(space.defaultPrevented).toBe(true);
    first!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledTimes(3);
    first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('makes a column a link when it leads somewhere, with its stacked parts', () => {
    const chart = columnChart(
      [
        {
          label: '2022',
          count: 3,
          name: '2022: 3 meetings',
          action: { href: 'collection.html?country=GR' },
          parts: [
            { key: 'meeting', count: 2, start: 0, className: 'part part-0' },
            { key: 'telephone', count: 1, start: 2, className: 'part part-1' },
          ],
          data: { year: 2022 },
        },
      ],
      options,
    );
    const link = chart.querySelector('a.bar')!;
    expect(link.getAttribute('href')).toBe('collection.html?country=GR');
    expect(link.getAttribute('data-year')).toBe('2022');
    expect([...link.querySelectorAll('rect.part')].map((r) => r.getAttribute('data-part'))).toEqual([
      'meeting',
      'telephone',
    ]);
  });
});
