// BibTeX for biblatex: one `@online` entry per readout, with `url` and `urldate`, MOFA as a
// corporate author in double braces (so it is not split into first and last names), non-ASCII text
// kept as UTF-8 (biblatex with biber reads it) and TeX's special characters escaped.
import type { Readout } from '@readouts/schema';
import { citationSource } from './source';

/** Text escaped for a BibTeX field: `{}&%$#_` get a backslash, `\ ~ ^` become commands. */
export function escapeBibtex(text: string): string {
  let out = text.replace(/\s+/g, ' ');
  // The backslash rule makes `{}`, which the brace rule must not touch: protect them first.
  out = out.replace(/\\/g, '\u0000');
  out = out.replace(/([{}&%$#_])/g, '\\$1');
  out = out.replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
  return out.replace(/\u0000/g, '\\textbackslash{}');
}

const LANGID = { en: 'english', ja: 'japanese' } as const;

/** One readout as a biblatex `@online` entry. */
export function toBibtexEntry(r: Readout): string {
  const s = citationSource(r);
  // A URL is read verbatim by biblatex; only an unbalanced brace or a % could break it.
  const url = s.url.replace(/[{}%]/g, (c) => encodeURIComponent(c));
  const fields: Array<[string, string]> = [
    ['author', `{${escapeBibtex(s.author)}}`],
    ['title', escapeBibtex(s.title)],
    ['organization', escapeBibtex(s.author)],
    ...(s.issued
      ? ([
          ['date', s.issued],
          ['year', s.issued.slice(0, 4)],
        ] as Array<[string, string]>)
      : []),
    ['url', url],
    ['urldate', s.accessed],
    ['langid', LANGID[s.lang]],
  ];
  return `@online{${s.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** Readouts as a .bib file. */
export const toBibtex = (readouts: readonly Readout[]): string => readouts.map(toBibtexEntry).join('\n');
