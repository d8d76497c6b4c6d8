// A reader thread of the SQLite backend: its own read-only connection on the WAL database, which
// sees every transaction committed before each call starts; writes stay on the main connection.
import { workerData } from 'node:worker_threads';
import type { TextPlan } from '../query/text-plan';
import { answerCalls } from './reader-pool';
import { Database } from './sqlite-driver';
import { sqliteReads } from './sqlite-reads';

const { file, plan } = workerData as { file: string; plan: TextPlan };
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 10000');
db.pragma('cache_size = -65536');
db.pragma('mmap_size = 1073741824');
const reads = sqliteReads(db, plan);

answerCalls({
  listReadouts: reads.listReadouts,
  stats: reads.stats,
});
