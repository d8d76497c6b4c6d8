import { defineConfig } from 'vitest/config';
import { reporters } from '../../tooling/vitest/reporters.ts';

// The convergence properties replay hundreds of random three-client histories: 3-4 s alone at
// load 5, over 5 s on a busy CI machine (Node 24, load 10-12), so vitest's 5 s default fails them
// on load rather than on behaviour.
export default defineConfig({ test: { reporters: reporters('sync'), testTimeout: 60_000 } });
