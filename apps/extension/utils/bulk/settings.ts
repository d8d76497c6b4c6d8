// The bulk-capture politeness setting: the least time between two requests to MOFA.
import { storage } from 'wxt/utils/storage';

/** The default and the least spacing the options page accepts: one page a second. */
export const MIN_SPACING_MS = 1000;

/** The user's spacing between bulk requests (options page), in ms. */
export const bulkSpacing = storage.defineItem<number>('local:bulkSpacingMs', { fallback: MIN_SPACING_MS });

/**
 * Test-only: a spacing below the minimum, set by the browser tests through chrome.storage (no page
 * of the extension writes it), so 200 pages need not take 200 seconds.
 */
export const bulkSpacingTestOverride = storage.defineItem<number | null>('local:bulkSpacingTestOverrideMs', {
  fallback: null,
});

/** The spacing in force: the user's setting, never below the minimum unless a test overrides it. */
export async function effectiveSpacing(): Promise<number> {
  const override = await bulkSpacingTestOverride.getValue();
  if (typeof override === 'number' && override >= 0) return Math.floor(override);
  const chosen = await bulkSpacing.getValue();
  return Number.isFinite(chosen) ? Math.max(MIN_SPACING_MS, Math.floor(chosen)) : MIN_SPACING_MS;
}
