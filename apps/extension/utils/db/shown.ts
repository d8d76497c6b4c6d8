// What the collection shows for a record: one function for both ways a readout is written, the
// repository's local edits and the pulled states of sync, so both agree on corrections.
import {
  CorrectableField,
  type CorrectionRegister,
  type Corrections,
  emptyUserFields,
  type Mutation,
  type Readout,
  type ReadoutContent,
  type RecordState,
} from '@readouts/schema';
import {
  applyCorrections,
  applyMutation,
  emptyState,
  formatHlc,
  materialize,
  stampMutation,
} from '@readouts/sync';
import type { CheckedCorrections } from './corrections';

/**
 * The readout a state shows once `queued` (local mutations not yet merged) are applied: the rule
 * of @readouts/sync (`materialize(applyMutation(...))`), null when deleted or never captured.
 */
export function shownReadout(state: RecordState, queued: readonly Mutation[]): Readout | null {
  return materialize(queued.reduce<RecordState>((s, m) => applyMutation(s, m), state));
}

/** Earlier than every stamped edit: a stored readout's state loses to any new mutation. */
const STORED = formatHlc({ wallMs: 0, counter: 0, nodeId: 'stored' });

/**
 * Stands for the value a user corrected when the readout no longer knows it (the page changed
 * since): equal to no page value, so the field stays "page changed" until corrected again.
 */
const UNKNOWN_BASE = Object.freeze({ unknownBase: true });

/** The page's own content of a readout: corrected fields back at their extracted values. */
export function pageContent(readout: Readout): ReadoutContent {
  const { user: _user, corrected: _c, extracted, pageChanged: _p, ...content } = readout;
  return { ...content, ...extracted };
}

/**
 * The record state a stored readout stands for, as far as the readout tells: its page content and
 * its corrections (user fields are the caller's). Lets the repository apply a new mutation the way
 * sync does, without reading the sync database.
 */
export function storedState(readout: Readout | undefined, id: string): RecordState {
  if (!readout) return emptyState(id);
  const corrections: Record<string, CorrectionRegister> = {};
  for (const field of readout.corrected) {
    const base = readout.pageChanged.includes(field) ? UNKNOWN_BASE : readout.extracted[field];
    corrections[field] = { reverted: false, value: readout[field], base, hlc: STORED } as CorrectionRegister;
  }
  return {
    ...emptyState(id),
    content: pageContent(readout),
    captured: STORED,
    corrections: corrections as Corrections,
  };
}

/** The stored readout after local mutations, keeping its user fields (the repository sets those). */
export function afterLocal(
  readout: Readout | undefined,
  id: string,
  mutations: readonly Mutation[],
): Readout {
  const shown = shownReadout(storedState(readout, id), mutations);
  if (!shown) throw new Error(`readout ${id} has no content to show`);
  return readout ? { ...shown, user: readout.user } : shown;
}

/** Whether `field` is a correctable field name. */
export const isCorrectableField = (field: string): field is CorrectableField =>
  (CorrectableField.options as readonly string[]).includes(field);

/**
 * Extracted content not saved yet, with corrections made before saving in place (their base the
 * content's values), as saving it with them would store it.
 */
export function withCorrections(content: ReadoutContent, corrections: CheckedCorrections): Readout {
  const registers: Record<string, CorrectionRegister> = {};
  for (const field of CorrectableField.options) {
    const change = corrections[field];
    if (!change) continue;
    registers[field] = {
      reverted: false,
      value: change.value,
      base: content[field],
      hlc: STORED,
    } as CorrectionRegister;
  }
  const { content: shown, ...review } = applyCorrections(content, registers as Corrections);
  return { ...shown, ...review, user: emptyUserFields() };
}

/** What updating a saved readout with newly extracted content would show (its corrections kept). */
export function previewCapture(saved: Readout, content: ReadoutContent): Readout {
  const hlc = formatHlc({ wallMs: Date.now(), counter: 0, nodeId: 'preview' });
  const capture = stampMutation({ type: 'capture', readoutId: saved.id, readout: content }, 1, hlc);
  return afterLocal(saved, saved.id, [capture]);
}
