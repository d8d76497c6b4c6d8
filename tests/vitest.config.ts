import { defineConfig } from 'vitest/config';
import { reporters } from '../tooling/vitest/reporters.ts';

// Browser and process tests start real Chromium and real servers: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    reporters: reporters('tests'),
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    passWithNoTests: true,
  },
});
