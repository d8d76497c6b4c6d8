// The horizontal bar chart: a name, a bar and a count per row, long names cut but kept whole for
// readers, each row a button.
import { describe, expect, it, vi } from 'vitest';
import { type Bar, barChart } from '../bar-chart';

const bar = (label: string, count: number, extra: Partial<Bar> = {}): Bar => ({
  label,
  count,
  name: `${label}: ${count} readouts`,
  ...extra,
});

describe('barChart', () => {
  it('writes each name and count, in the given order, with longer bars for larger counts', () => {
    const chart = barChart([bar('Australia', 4), bar('India', 2)], { name: 'Top' });
    expect([...chart.querySelectorAll('text.label')].map((t) => t.textContent)).toEqual([
      'Australia',
      'India',
    ]);
    expect([...chart.querySelectorAll('text.count')].map((t) => t.textContent)).toEqual(['4', '2']);
    const widths = [...chart.querySelectorAll('rect.fill')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBeCloseTo(2 * widths[1]!);
  });

  it('cuts a long name with an ellipsis, keeping it whole in the tooltip and the accessible name', () => {
    const long = 'United Kingdom of Great Britain and Northern Ireland';
    const chart = barChart([bar(long, 1)], { name: 'Top' });
    const label = chart.querySelector('text.label')!;
    expect(label.firstChild!.textContent).toMatch(/…$/);
    expect(label.querySelector('title')!.textContent).toBe(long);
    expect(chart.querySelector('.bar')!.getAttribute('aria-label')).toBe(`${long}: 1 readouts`);
  });

  it('makes each row a button that Enter chooses', () => {
    const onSelect = vi.fn();
    const chart = barChart([bar('Australia', 4, { action: { onSelect }, data: { label: 'AU' } })], {
      name: 'Top',
    });
    const row = chart.querySelector<SVGElement>('.bar[data-label="AU"]')!;
    expect(row.getAttribute('role')).toBe('button');
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSelect).toHaveBeenCalledTimes(1);
  });
});
