import { defineConfig } from 'vitest/config';
import { reporters } from '../../tooling/vitest/reporters.ts';

// The queue's kill-and-restore property runs 3,000 cases: 2-3 s alone, over 5 s on a busy CI
// machine, so vitest's 5 s default fails it on load rather than on behaviour.
export default defineConfig({ test: { reporters: reporters('bulk'), testTimeout: 60_000 } });
