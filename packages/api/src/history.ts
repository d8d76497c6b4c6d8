// How an applied mutation is written to a record's history: its kind and a compact detail a person
// can read (which fields a correction touched and how, tags added and removed, a capture's
// extractor version and content hash), never the whole capture or state.
import { CorrectableField, type Mutation } from '@readouts/schema';
import type { HistoryDescription } from './context';

/** The most characters of a note a history entry keeps. */
const NOTE_EXCERPT = 200;

/** One corrected field in a `correct` entry: the page's value it replaced and the user's, or a revert. */
export type FieldChange = { before: unknown; after: unknown } | { reverted: true };

/**
 * The history entry for `mutation`. A correction's `before` is the extracted value the user
 * corrected (`base`), its `after` the user's value.
 * @example describeMutation(correct) // { type: 'correct', detail: { fields: { date: { before: '2018-08-17', after: '2018-08-18' } } } }
 */
export function describeMutation(mutation: Mutation): HistoryDescription {
  switch (mutation.type) {
    case 'capture': {
      const { capture } = mutation.readout;
      return {
        type: 'capture',
        detail: {
          extractorVersion: capture.extractorVersion,
          contentHash: capture.contentHash,
          capturedAt: capture.capturedAt,
        },
      };
    }
    case 'setTags':
      return { type: 'setTags', detail: { added: mutation.add, removed: mutation.remove } };
    case 'setNote':
      return {
        type: 'setNote',
        detail: { length: mutation.note.length, excerpt: [...mutation.note].slice(0, NOTE_EXCERPT).join('') },
      };
    case 'setStarred':
      return { type: 'setStarred', detail: { starred: mutation.starred } };
    case 'delete':
      return { type: 'delete', detail: {} };
    case 'correct': {
      const fields: Partial<Record<CorrectableField, FieldChange>> = {};
      for (const field of CorrectableField.options) {
        const change = mutation.fields[field];
        if (change === undefined) continue;
        fields[field] = change === null ? { reverted: true } : { before: change.base, after: change.value };
      }
      return { type: 'correct', detail: { fields } };
    }
    case 'merge': {
      // A merged state is a device handing back what a restored server forgot: name its parts only.
      const { state } = mutation;
      return {
        type: 'merge',
        detail: {
          contentHash: state.content?.capture.contentHash ?? null,
          tags: Object.keys(state.tags).length,
          corrected: Object.keys(state.corrections ?? {}),
          deleted: state.deleted !== null,
        },
      };
    }
  }
}
