import { defineConfig } from 'vitest/config';
import { reporters } from '../../tooling/vitest/reporters.ts';

// CLI tests start real Node processes, which take seconds on a loaded two-core machine.
export default defineConfig({ test: { reporters: reporters('extract'), testTimeout: 60_000 } });
