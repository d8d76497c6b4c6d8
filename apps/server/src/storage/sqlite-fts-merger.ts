// The SQLite maintenance thread (sqlite-fts-merge.ts): its own read-write connection on the WAL
// database, one full-text merge step or one WAL checkpoint per call.
import { workerData } from 'node:worker_threads';
import { answerCalls } from './reader-pool';
import { Database } from './sqlite-driver';
import { ftsMergeStep, walCheckpoint } from './sqlite-fts-merge';

const { file } = workerData as { file: string };
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 10000');
db.pragma('synchronous = FULL');

answerCalls({ mergeStep: () => ftsMergeStep(db), checkpoint: () => walCheckpoint(db) });
