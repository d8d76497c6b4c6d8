// One decisions round: send the pair and person decisions the server does not have yet, merge what
// it answers, page by page, and remember how far this device got. Pure of I/O itself: the local
// stores, the server and the saved progress come in as interfaces.
import { decisionKey as personKey } from '@readouts/analysis';
import { type PairDecisions, decisionKey as pairKey } from '@readouts/bulk';
import {
  type DecisionsSyncRequest,
  type DecisionsSyncResponse,
  MAX_PAIR_DECISIONS_BATCH,
  MAX_PERSON_DECISIONS_BATCH,
  type PairDecision,
  type PersonDecision,
} from '@readouts/schema';
import { SyncError } from './errors';

/** The device's decisions, wherever they are kept. Merging keeps the winner per key. */
export interface LocalDecisions {
  pairs(): Promise<PairDecisions>;
  people(): Promise<PersonDecision[]>;
  /** Merges decisions from the server; answers whether any local decision changed. */
  merge(pairs: PairDecision[], people: PersonDecision[]): Promise<boolean>;
}

/**
 * How far this device got: the cursor of the last answer merged, and per decision key the stamp
 * the server is known to hold (sent and answered, or received), so only other stamps are sent.
 */
export interface DecisionsProgress {
  cursor: number | null;
  known: Record<string, string>;
}

export interface DecisionsRound {
  local: LocalDecisions;
  send(request: DecisionsSyncRequest): Promise<DecisionsSyncResponse>;
  progress: { load(): Promise<DecisionsProgress>; save(progress: DecisionsProgress): Promise<void> };
  /** Decisions per answer (the server allows up to 1000). */
  pageSize?: number;
}

export interface DecisionsReport {
  sent: number;
  received: number;
  /** Whether a local decision changed: pages showing pairs or people should read them again. */
  changed: boolean;
  /** Decisions the server refused (left for the next round). */
  refused: number;
}

const pairId = (d: PairDecision) => `pair:${pairKey(d.en, d.ja)}`;
const personId = (d: PersonDecision) => `person:${personKey(d)}`;

type Pending = { pair: PairDecision } | { person: PersonDecision };

/** Requests one round may make before it stops (the next round carries on from the cursor). */
const MAX_REQUESTS = 200;

/** The first decisions of `pending`, at most `limit`, within the server's per-kind caps. */
function takeBatch(pending: Pending[], limit: number): Pending[] {
  let pairs = 0;
  let people = 0;
  const batch: Pending[] = [];
  for (const item of pending) {
    if (batch.length >= limit) break;
    if ('pair' in item ? pairs >= MAX_PAIR_DECISIONS_BATCH : people >= MAX_PERSON_DECISIONS_BATCH) continue;
    if ('pair' in item) pairs++;
    else people++;
    batch.push(item);
  }
  return batch;
}

/** A refusal for good (400 and the like): the same request would be refused again. */
const isRefusal = (error: unknown) => {
  const status = error instanceof SyncError && error.kind === 'rejected' ? error.details.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && ![401, 409, 429].includes(status);
};

/**
 * Sends every local decision whose stamp the server is not known to hold, in batches within the
 * server's caps, and merges the answers until the server has no more. Progress is saved after
 * each merged answer, so a failed round loses nothing: what was not answered is sent again. A
 * server restored from an older backup (`reset`) gets every decision again. A batch the server
 * refuses (a decision stamped a day ahead by a wrong clock) is halved until the refused decision
 * is found; it is left out of this round, and tried again in the next, so it holds up no other.
 * @example await syncDecisions({ local, send: transport.syncDecisions, progress })
 */
export async function syncDecisions(round: DecisionsRound): Promise<DecisionsReport> {
  const report: DecisionsReport = { sent: 0, received: 0, changed: false, refused: 0 };
  let progress = await round.progress.load();
  const unknown = async (): Promise<Pending[]> => [
    ...Object.values(await round.local.pairs())
      .filter((d) => progress.known[pairId(d)] !== d.hlc)
      .map((pair) => ({ pair })),
    ...(await round.local.people())
      .filter((d) => progress.known[personId(d)] !== d.hlc)
      .map((person) => ({ person })),
  ];
  let pending = await unknown();
  let limit = Number.POSITIVE_INFINITY;
  let resets = 0;
  for (let requests = 0; requests < MAX_REQUESTS; requests++) {
    const batch = takeBatch(pending, limit);
    const pairs = batch.flatMap((item) => ('pair' in item ? [item.pair] : []));
    const people = batch.flatMap((item) => ('person' in item ? [item.person] : []));
    let answer: DecisionsSyncResponse;
    try {
      answer = await round.send({ cursor: progress.cursor, pairs, people, limit: round.pageSize ?? 500 });
    } catch (error) {
      if (!isRefusal(error) || batch.length === 0) throw error;
      if (batch.length > 1) {
        limit = Math.ceil(batch.length / 2);
      } else {
        pending = pending.filter((item) => item !== batch[0]);
        report.refused += 1;
        limit = Number.POSITIVE_INFINITY;
      }
      continue;
    }
    limit = Number.POSITIVE_INFINITY;
    pending = pending.filter((item) => !batch.includes(item));
    if (await round.local.merge(answer.pairs, answer.people)) report.changed = true;
    // A reset answer starts from the beginning: what the server forgot is sent again below.
    const known = answer.reset ? {} : { ...progress.known };
    for (const d of [...pairs, ...answer.pairs]) known[pairId(d)] = d.hlc;
    for (const d of [...people, ...answer.people]) known[personId(d)] = d.hlc;
    progress = { cursor: answer.cursor, known };
    await round.progress.save(progress);
    report.sent += batch.length;
    report.received += answer.pairs.length + answer.people.length;
    if (answer.reset && resets++ === 0) pending = await unknown();
    if (pending.length === 0 && !answer.hasMore) break;
  }
  return report;
}
