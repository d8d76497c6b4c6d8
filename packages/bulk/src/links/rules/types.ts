// The shape of a link rule: a named pattern and the points it adds to a link's likelihood of being
// a readout (negative: evidence that it is something else).

/** One rule: `code` names it in a link's reasons, so a wrong guess points at its rule. */
export interface LinkRule {
  code: string;
  pattern: RegExp;
  points: number;
}

/** Builds rules from `code|points|pattern` lines, one rule per line (a pattern may hold `|`). */
export function rulesFrom(table: string, flags = 'i'): LinkRule[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [code = '', points = '0', ...pattern] = line.trim().split('|');
      return { code, points: Number(points), pattern: new RegExp(pattern.join('|'), flags) };
    });
}
