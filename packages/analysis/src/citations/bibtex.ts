// BibTeX for biblatex: one `@online` entry per readout, with `url` and `urldate`, MOFA as a
// corporate author in double braces (so it is not split into first and last names), non-ASCII text
// kept as UTF-8 (biblatex with biber reads it), TeX's special characters escaped and the title's
// case protected.
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

/**
 * A headline's capitals are the page's own (Japan-Australia, ASEAN): each word with one is braced,
 * so a style's or an importer's sentence casing leaves it alone (Better BibTeX ignores braces
 * around a whole title).
 */
const protectCase = (title: string): string =>
  title
    .split(/(\s+|-)/)
    // A word holding a brace or backslash is left as it is: braced, it would read as markup.
    .map((part) =>
      /\p{Lu}/u.test(part) && !/[\\{}]/.test(part) ? `{${escapeBibtex(part)}}` : escapeBibtex(part),
    )
    .join('');

const LANGID = { en: 'english', ja: 'japanese' } as const;

/** One readout as a biblatex `@online` entry. */
export function toBibtexEntry(r: Readout): string {
  const s = citationSource(r);
  // A URL is read verbatim; only an unbalanced brace could break the entry. Braces are encoded as a
  // URL parser would; a % is already an escape (encoding it again would name another page).
  const url = s.url.replace(/[{}]/g, (c) => encodeURIComponent(c));
  const fields: Array<[string, string]> = [
    ['author', `{${escapeBibtex(s.author)}}`],
    ['title', protectCase(s.title)],
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
