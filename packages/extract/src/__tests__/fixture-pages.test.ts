import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LabelRecord, missedFields, nameMatch, overallAccuracy, scoreExtraction } from '../eval/score';
import { extractReadout } from '../index';
import { parseHtml } from '../node';

const dir = path.join(import.meta.dirname, 'fixtures');
const labels: Array<LabelRecord & { url: string }> = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const capturedAt = new Date('2026-01-01T00:00:00Z');
const extractFile = (file: string, url: string) =>
  extractReadout(parseHtml(readFileSync(path.join(dir, file), 'utf8')), url, { capturedAt });

describe('real MOFA pages', () => {
  it.each(labels)('$file matches its labels field by field', (label) => {
    const result = extractFile(label.file, label.url);
    const scores = scoreExtraction(
      [label],
      [{ file: label.file, ...result, readout: result.kind === 'readout' ? result.readout : null }],
    );
    expect(missedFields(label, result)).toEqual([]);
    expect(overallAccuracy(scores).total).toBeGreaterThan(0);
  });

  it.each(labels)('$file still matches its labels with every class and id removed', (label) => {
    // Class names are hints: the text alone must carry the extraction.
    const html = readFileSync(path.join(dir, label.file), 'utf8').replace(/ (?:class|id)="[^"]*"/g, '');
    const result = extractReadout(parseHtml(html), label.url, { capturedAt });
    expect(missedFields(label, result)).toEqual([]);
  });

  it('reads the lunch meeting page without a headline as the labels describe', () => {
    const result = extractFile(
      'la_c-m_ca_c-mx-page4e_000895.html',
      'https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html',
    );
    expect(result.kind).toBe('readout');
    if (result.kind !== 'readout') return;
    expect(result.readout).toMatchObject({
      title: 'Japan-Mexico Foreign Ministers’ Meeting (Lunch Meeting)',
      section: 'Japan-Mexico Relations',
      date: '2018-08-17',
      startTime: '13:00',
      durationMinutes: 90,
      format: 'meal',
      location: { country: 'MX', venue: 'the Mexican Secretariat of Foreign Affairs' },
    });
    expect(result.readout.points).toHaveLength(5);
    expect(result.readout.points.at(-1)?.text).not.toMatch(/Back to/);
  });

  it('reads the G7 page’s unnamed outreach ministers by country', () => {
    const result = extractFile(
      'fp-pc-pageite_000001_00681.html',
      'https://www.mofa.go.jp/fp/pc/pageite_000001_00681.html',
    );
    if (result.kind !== 'readout') throw new Error('expected a readout');
    const countries = result.readout.participants
      .filter((p) => p.side === 'counterpart')
      .map((p) => p.country);
    expect(countries).toEqual(['EU', 'IN', 'PH', 'KR', 'ID']);
    expect(result.readout.japanTime).toMatchObject({ date: '2024-11-26', time: '20:00' });
  });
});

describe('the scoring rules', () => {
  it('matches names in either order, with honorifics and readings', () => {
    expect(nameMatch('KONO Taro', 'Taro Kono')).toBe(true);
    expect(nameMatch('H.E. Mr. Wang Yi', 'Wang Yi')).toBe(true);
    expect(nameMatch('康京和(カン・ギョンファ)', '康京和')).toBe(true);
    expect(nameMatch('Marise Payne', 'Penny Wong')).toBe(false);
    expect(nameMatch('', 'Penny Wong')).toBe(false);
  });
});
