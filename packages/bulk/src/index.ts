// @readouts/bulk: the pure halves of bulk capture: which links on a MOFA list page may be readouts,
// which English and Japanese readouts report one meeting, and a polite capture queue.
export { type ArchiveLink, type ArchiveScope, archiveLinks, selectArchives } from './links/archives';
export {
  type DiscoverOptions,
  discoverReadoutLinks,
  type Likelihood,
  type ReadoutLink,
  scoreLink,
} from './links/discover';
export { archiveMonthOfUrl, isoListDay, type ListDay, readListDay, readYear } from './links/list-date';
export { type LinkRule, TEXT_RULES, textLang, URL_RULES } from './links/rules';
export { assignGreedy, type Candidate } from './pairing/assign';
export {
  decisionKey,
  latestFirst,
  mergeDecisions,
  PairDecision,
  PairDecisions,
  pairDecisionWins,
  recordDecision,
} from './pairing/decisions';
export { latinKey, personKeys } from './pairing/names';
export {
  DEFAULT_PAIR_THRESHOLD,
  type PairOptions,
  pairCandidates,
  pairReadouts,
  type ReadoutPair,
} from './pairing/pair';
export { daysApart, findings, type PairableReadout, SIGNALS, type SignalFinding } from './pairing/signals';
export { type QueueProgress, queueProgress } from './queue/progress';
export { retryAfterMs } from './queue/retry-after';
export {
  createQueue,
  DEFAULT_QUEUE_OPTIONS,
  ItemStatus,
  MAX_INTERRUPTIONS,
  parseQueue,
  QUEUE_VERSION,
  QueueFormatError,
  QueueItem,
  QueueOptions,
  QueueState,
  StopReason,
  serialiseQueue,
} from './queue/state';
export {
  backoffMs,
  cancel,
  done,
  enqueue,
  type FailedRequest,
  failed,
  next,
  pause,
  QueueError,
  type QueueStep,
  resume,
  retry,
} from './queue/transitions';
