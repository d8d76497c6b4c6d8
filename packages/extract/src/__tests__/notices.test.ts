import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Notice } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { describeNotice, NOTICES, notice } from '../notices';

const src = path.join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === '__tests__') return [];
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') ? [file] : [];
  });
}

describe('notices', () => {
  it('says every code in English and Japanese, each a sentence of its own', () => {
    for (const [code, entry] of Object.entries(NOTICES)) {
      if (code === 'text') continue;
      const params = { kind: 'interview', date: '2010-06-17', message: 'boom' };
      const en = entry.en(params);
      const ja = entry.ja(params);
      expect(en, code).toMatch(/^[A-Z].*[.:] ?\S*$/);
      expect(ja, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(Notice.safeParse(notice(code as keyof typeof NOTICES, {})).success, code).toBe(true);
    }
  });

  it('lists every code the extractor emits', () => {
    const emitted = new Set<string>();
    for (const file of sources(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/notice\('([a-z.-]+)'/g)) emitted.add(m[1]!);
      for (const m of text.matchAll(/'((?:date|page|title|points|participants)\.[a-z-]+)',?$/gm))
        emitted.add(m[1]!);
    }
    expect(emitted.size).toBeGreaterThan(10);
    for (const code of emitted) expect(Object.keys(NOTICES), code).toContain(code);
  });

  it('fills parameters, and shows an unknown code as itself', () => {
    expect(describeNotice(notice('date.weekday-mismatch', { date: '2019-11-22' }), 'ja')).toBe(
      '曜日が2019-11-22と一致しません。',
    );
    expect(describeNotice({ code: 'text', params: { text: 'old sentence' } }, 'ja')).toBe('old sentence');
    expect(describeNotice({ code: 'future.code', params: {} }, 'en')).toBe('future.code');
  });
});
