// RIS, the tagged format reference managers import: one `ELEC` (web page) record per readout.
import type { Readout } from '@readouts/schema';
import { citationSource } from './source';

/** A tag line: `XX  - value`, with line breaks in the value folded to spaces (a tag is one line). */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;

/** RIS dates are `YYYY/MM/DD/`. */
const risDate = (date: string) => `${date.replace(/-/g, '/')}/`;

/** One readout as an RIS record, ending with `ER  - `. */
export function toRisRecord(r: Readout): string {
  const s = citationSource(r);
  const lines = [
    line('TY', 'ELEC'),
    line('ID', s.key),
    line('TI', s.title),
    line('AU', s.author),
    line('PB', s.author),
    ...(s.issued ? [line('PY', s.issued.slice(0, 4)), line('DA', risDate(s.issued))] : []),
    line('UR', s.url),
    line('Y2', risDate(s.accessed)),
    line('LA', s.lang),
    line('ER', ''),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Readouts as an RIS file (CRLF line ends, records separated by a blank line). */
export const toRis = (readouts: readonly Readout[]): string => readouts.map(toRisRecord).join('\r\n');
