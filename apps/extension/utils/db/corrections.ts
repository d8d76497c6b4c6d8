// A user's corrections of extracted fields: checked against the schema before anything is stored,
// then turned into the `correct` mutation draft that takes a readout from what it shows to them.
import {
  CorrectableField,
  type CorrectableValues,
  type Readout,
  CorrectableValues as Values,
} from '@readouts/schema';
import { canonicalJson, type MutationDraft } from '@readouts/sync';
import { isCorrectableField } from './shown';

/** Per field, the corrected value (`{ value }`) or `null` to revert to the extracted value. */
export type CorrectionInput = Partial<Record<CorrectableField, { value: unknown } | null>>;

/** Corrections that passed the schema, each value typed as its field's. */
export type CheckedCorrections = {
  [F in CorrectableField]?: { value: CorrectableValues[F] } | null;
};

/** A correction the schema refuses; `field` names it, nothing was stored. */
export class CorrectionError extends Error {
  override name = 'CorrectionError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/**
 * Checks each corrected value as the extractor's own would be; throws a CorrectionError naming the
 * first field that is unknown or whose value breaks the schema.
 * @example checkCorrections({ date: { value: '2020-13-45' } }) // throws "date: expected a day of the calendar..."
 */
export function checkCorrections(input: CorrectionInput): CheckedCorrections {
  const checked: Record<string, { value: unknown } | null> = {};
  const entries = Object.entries(input as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) throw new CorrectionError('fields', 'name at least one field to correct');
  for (const [field, change] of entries) {
    if (!isCorrectableField(field)) {
      throw new CorrectionError(
        field,
        `not a correctable field (one of ${CorrectableField.options.join(', ')})`,
      );
    }
    if (change === null) {
      checked[field] = null;
      continue;
    }
    if (typeof change !== 'object' || !('value' in change)) {
      throw new CorrectionError(field, 'expected { value } or null');
    }
    const parsed = Values.shape[field].safeParse(change.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `${field}.${issue.path.join('.')}` : field;
      throw new CorrectionError(where, issue.message);
    }
    checked[field] = { value: parsed.data };
  }
  return checked as CheckedCorrections;
}

/**
 * The `correct` draft that takes `readout` (as shown) to the checked corrections, or null when
 * nothing would change. `base` is the field's extracted value; correcting a field marked "page
 * changed" again, even to the same value, takes the page's new value as the base.
 */
export function correctionDraft(readout: Readout, corrections: CheckedCorrections): MutationDraft | null {
  const fields: Record<string, { value: unknown; base: unknown } | null> = {};
  for (const field of CorrectableField.options) {
    const change = corrections[field];
    if (change === undefined) continue;
    const corrected = readout.corrected.includes(field);
    if (change === null) {
      if (corrected) fields[field] = null;
      continue;
    }
    // Corrected back to the page's value: that is a revert.
    if (corrected && canonicalJson(change.value) === canonicalJson(readout.extracted[field])) {
      fields[field] = null;
      continue;
    }
    const same = canonicalJson(change.value) === canonicalJson(readout[field]);
    if (same && (!corrected || !readout.pageChanged.includes(field))) continue;
    const base = corrected ? readout.extracted[field] : readout[field];
    fields[field] = { value: change.value, base };
  }
  if (Object.keys(fields).length === 0) return null;
  return { type: 'correct', readoutId: readout.id, fields } as MutationDraft;
}
