// ISO 3166-1 codes: alpha-2 as a Readout stores them, to alpha-3 and an English short name.
import { ISO_ROWS } from './data/iso-countries';

export interface IsoCountry {
  alpha2: string;
  /** Null for the European Union, which has no alpha-3 code. */
  alpha3: string | null;
  name: string;
}

let table: Map<string, IsoCountry> | null = null;

/** The ISO entry of an alpha-2 code, or undefined for a code the table does not hold. */
export function isoCountry(alpha2: string): IsoCountry | undefined {
  table ??= new Map(
    ISO_ROWS.trim()
      .split('\n')
      .map((row) => {
        const [a2 = '', a3 = '', name = ''] = row.split('|');
        return [a2, { alpha2: a2, alpha3: a3 || null, name }];
      }),
  );
  return table.get(alpha2);
}
