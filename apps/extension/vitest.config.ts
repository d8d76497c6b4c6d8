import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { reporters } from '../../tooling/vitest/reporters.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: reporters('extension'),
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
