import { ExtractResult } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReadout } from '../index';
import { parseHtml } from '../node';
import { pageHtml } from './factories';

const TAGS = [
  'p',
  'div',
  'ol',
  'ul',
  'li',
  'h1',
  'span',
  'a',
  'b',
  'br',
  'table',
  'td',
  'tr',
  'dl',
  'dd',
  'img',
  'script',
];
const WORDS = [
  'On August 17,',
  'commencing at 1 p.m.',
  'for approximately 90 minutes,',
  'Mr. Taro Kono, Minister for Foreign Affairs,',
  'held a meeting with H.E. Dr. X Y, Minister of Foreign Affairs of Mexico.',
  '1.',
  '(1)',
  '-',
  'Back to Top',
  '令和元年12月24日',
  '午後6時20分頃から約40分間,',
  '河野太郎外務大臣は,',
  'と外相会談を行った',
  '(PDF)',
  '<',
  '&amp;',
  '\u0000',
  '\uFFFD',
  '()',
  '(Japan time: 11:00 p.m.)',
];

const word = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 8, unit: 'binary' }),
);
const tagSoup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(
        ([tag, children, close]) =>
          `<${tag} class="caption any-area">${children.join(' ')}${close ? `</${tag}>` : ''}`,
      ),
  ),
})).node;

const capturedAt = new Date('2026-01-01T00:00:00Z');

function check(html: string, url = 'https://www.mofa.go.jp/a_o/page1e_1.html'): void {
  const result = extractReadout(parseHtml(html), url, { capturedAt });
  const parsed = ExtractResult.safeParse(result);
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.[0])).toBe(true);
}

describe('extractReadout on junk', { timeout: 120_000 }, () => {
  it('never throws and always returns a valid result for random tag soup', () => {
    fc.assert(
      fc.property(tagSoup, fc.oneof(fc.webUrl(), fc.string()), (html, url) => check(html, url)),
      { numRuns: 300 },
    );
  });

  it('survives random lead sentences inside a real page layout', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), (lead, body) => {
        check(
          pageHtml({
            headline: null,
            dateline: 'August 17, 2018',
            lead: lead.join(' '),
            body: body.join(' '),
          }),
        );
        check(
          pageHtml({
            lang: 'ja',
            dateline: '平成30年8月17日',
            lead: lead.join(''),
            body: `<p>${body.join('')}</p>`,
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('handles empty documents, a missing body and huge text', () => {
    check('');
    check('<html></html>');
    check('<!DOCTYPE html><html><head><title>x</title></head></html>');
    const huge = `On August 17, Mr. Taro Kono held a meeting with H.E. Mr. A B, Minister of Foreign Affairs of Peru. ${'word '.repeat(200_000)}`;
    check(
      pageHtml({
        dateline: 'August 17, 2018',
        lead: huge,
        body: `<ol>${'<li>x</li>'.repeat(3000)}</ol>`,
      }),
    );
  });

  it('stays fast on huge undelimited Japanese text', () => {
    const lead = `8月17日13時00分から約90分間,河野太郎外務大臣は,${'ア'.repeat(200_000)}(H.E. Mr. A と会談を行った`;
    check(
      pageHtml({ lang: 'ja', dateline: '平成30年8月17日', lead, body: `<p>${'の'.repeat(100_000)}</p>` }),
    );
  });

  it('survives a document whose methods throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as Document;
    const result = extractReadout(hostile, 'https://www.mofa.go.jp/x.html');
    expect(result.kind).toBe('not-readout');
  });
});
