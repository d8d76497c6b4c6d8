// The fields of a readout, read-only, for views that do not edit (the field library does the work).
import type { Notice, Readout, ReadoutContent } from '@readouts/schema';
import { fieldList } from './fields/field-list';

/** Renders the extracted fields of a readout; warnings come from the capture or the extractor. */
export function readoutFields(readout: ReadoutContent | Readout, warnings: Notice[] = []): HTMLElement {
  return fieldList(readout, { warnings });
}
