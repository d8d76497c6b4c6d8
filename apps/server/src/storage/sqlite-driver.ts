// The better-sqlite3 build that works on the running Node. 12.x (V8 ObjectWrap) aborts on Node 24
// when it garbage-collects a statement (`RemoveEnvironmentCleanupHook: (env) != nullptr`); 13.x
// (Node-API) fixes that but needs Node 22 and crashes on Node 20. Both are installed; Node picks.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
const nodeMajor = Number(process.versions.node.split('.')[0]);

/** The better-sqlite3 `Database` constructor for this Node version. */
export const Database: typeof BetterSqlite3 =
  nodeMajor >= 22 ? require('better-sqlite3-node22') : require('better-sqlite3');
