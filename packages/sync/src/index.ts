// @readouts/sync: the pure sync rules shared by server and extension: hybrid logical clocks,
// applying and merging record states (a state-based CRDT), materializing readouts, push id checks.
//
// Conflict rules (all decided by data every replica has, so replicas converge):
// - content: the capture with the latest capture.capturedAt wins; ties go to the greater
//   capture.contentHash, then to the greater canonical JSON.
// - tags: per tag, the latest add and latest remove are kept; a tag is present iff its latest add
//   is strictly later (by hlc) than its latest remove.
// - note: an edit replaces the versions its writer saw (its base, see ./note.ts); concurrent
//   versions are all kept, the newest shown and the others as conflicts until an edit resolves them.
// - starred: last writer wins by hlc.
// - corrections: per correctable field, last writer wins by hlc between corrections and reverts;
//   the readout shows the latest correction whatever capture wins, and marks the field "page
//   changed" when the winning capture's value differs from the one the user corrected.
// - delete vs edit: a record is deleted iff its latest delete is later than (or equal to) every
//   edit (capture, tags, note, star, correction) by hlc; a later edit revives it with all merged state. An edit
//   older than the delete never revives it; an edit newer than the delete is never lost.
export { applyMutation, applyMutations, mutationState } from './apply';
export {
  checkMutationBounds,
  MAX_RECORD_TAG_ENTRIES,
  MAX_RECORD_TAGS,
  type MutationProblem,
  tagCapProblem,
} from './bounds';
export { canonicalJson, compareContent, latestContent } from './content-order';
export { type MutationDraft, stampMutation, userFieldDrafts } from './drafts';
export {
  type Clock,
  type ClockOptions,
  compareHlc,
  createClock,
  DEFAULT_MAX_DRIFT_MS,
  formatHlc,
  HlcError,
  type HlcParts,
  isTooFarAhead,
  maxHlc,
  parseHlc,
} from './hlc';
export {
  applyCorrections,
  hasTag,
  isDeleted,
  lastEdit,
  latestHlc,
  materialize,
  presentTags,
} from './materialize';
export { checkMutationIds, type MutationIdPlan } from './mutation-ids';
export { mergeNotes, noteRegister, noteVersions, replacesNote } from './note';
export {
  emptyState,
  mergeCorrections,
  mergeStates,
  mergeTags,
  RecordMismatchError,
  sameState,
} from './record-state';
