// Evidence on the real-skeleton dev pages: every filled field says where it was read, each
// fragment's offsets slice its block (or the headline) to exactly its text, and inferred values
// carry a reason from the catalog.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Evidence, type ReadoutContent } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { extractReadout, NOTICES } from '../index';
import { parseHtml } from '../node';
import { collectBlocks } from '../page/blocks';
import { pageMarks } from '../page/marks';
import { contentRoot, headlineAndSection } from '../page/meta';

const realDir = path.resolve(import.meta.dirname, '../../eval/dev/real');
const rows: Array<{ file: string; url: string; kind: string }> = readFileSync(
  path.join(realDir, 'labels.jsonl'),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((r) => r.kind === 'readout');

function filledFields(r: ReadoutContent): string[] {
  const fields = ['title', 'format'];
  if (r.date) fields.push('date');
  if (r.startTime) fields.push('startTime');
  if (r.japanTime) fields.push('japanTime');
  if (r.durationMinutes !== null) fields.push('durationMinutes');
  if (r.location) fields.push('location');
  for (let i = 0; i < r.participants.length; i++) fields.push(`participants.${i}`);
  for (let i = 0; i < r.topics.length; i++) fields.push(`topics.${i}`);
  for (let i = 0; i < r.points.length; i++) fields.push(`points.${i}`);
  return fields;
}

describe('evidence on the real-skeleton pages', () => {
  it.each(rows)('$file', ({ file, url }) => {
    const doc = parseHtml(readFileSync(path.join(realDir, file), 'utf8'));
    const result = extractReadout(doc, url, { capturedAt: new Date('2026-01-01T00:00:00Z') });
    if (result.kind !== 'readout') throw new Error(`not a readout: ${file}`);
    const { readout } = result;
    const blocks = collectBlocks(contentRoot(doc)!);
    const { headline } = headlineAndSection(doc, pageMarks(doc, contentRoot(doc)));
    for (const e of readout.capture.evidence) {
      expect(Evidence.parse(e)).toEqual(e);
      const whole = e.block === null ? headline : blocks[e.block]!.text;
      expect(whole?.slice(e.start, e.end)).toBe(e.text);
      if (e.inferred) expect(Object.keys(NOTICES)).toContain(e.inferred.code);
    }
    for (const field of filledFields(readout)) {
      const has = readout.capture.evidence.some((e) => e.field === field || e.field.startsWith(`${field}.`));
      expect(has, `${file}: evidence for ${field}`).toBe(true);
    }
  });

  it('marks a year taken from the listing date as inferred, and a stated time as read', () => {
    const row = rows.find((r) => r.file === 'a_o-ocn-au-page1e_000390.html') ?? rows[0]!;
    const doc = parseHtml(readFileSync(path.join(realDir, row.file), 'utf8'));
    const result = extractReadout(doc, row.url, { capturedAt: new Date('2026-01-01T00:00:00Z') });
    if (result.kind !== 'readout') throw new Error('not a readout');
    const date = result.readout.capture.evidence.find((e) => e.field === 'date');
    expect(date).toBeDefined();
    // The lead gives "On <month> <day>" without a year on these pages, or the dateline stands in.
    if (!/\d{4}/.test(date!.text)) expect(date!.inferred?.code).toMatch(/^date\./);
    const time = result.readout.capture.evidence.find((e) => e.field === 'startTime');
    if (time) expect(time.inferred).toBeNull();
  });
});
