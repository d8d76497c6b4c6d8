// What the extension knows about a tab's page: readout or not, saved or not, changed since capture.
import type { ExtractResult, Readout } from '@readouts/schema';

export type PageState =
  /** Not a www.mofa.go.jp page: nothing to capture. */
  | 'not-mofa'
  /** A MOFA page whose content script did not answer (opened before install, or still loading). */
  | 'unreachable'
  | 'not-readout'
  /** A readout not saved yet. */
  | 'new'
  | 'saved'
  /** Saved, but the page's content has changed since (its content hash differs). */
  | 'changed';

export interface PageStatus {
  state: PageState;
  url: string | null;
  result: ExtractResult | null;
  saved: Readout | null;
  /** Why the page could not be reached, for `unreachable`. */
  error?: string;
  /**
   * Set when Save failed: the readout is still unsaved (state `new` or `changed`), so Save can be
   * tried again. `storage-full`: the browser refused the write for lack of space.
   */
  saveError?: SaveError;
}

export type SaveError = 'storage-full';

const MOFA_HOST = 'www.mofa.go.jp';

/** True for pages the content script runs on (https://www.mofa.go.jp/...). */
export function isMofaUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname === MOFA_HOST;
  } catch {
    return false;
  }
}

/** Decides a page's state from its extraction result and the saved record with the same id. */
export function pageState(result: ExtractResult, saved: Readout | null): PageState {
  if (result.kind === 'not-readout') return saved ? 'saved' : 'not-readout';
  if (!saved) return 'new';
  return saved.capture.contentHash === result.readout.capture.contentHash ? 'saved' : 'changed';
}

export interface Badge {
  text: string;
  color: string;
}

/** The badge of a page whose Save just failed (storage full): red, until its status is read again. */
export const SAVE_FAILED_BADGE: Badge = { text: '✕', color: '#b91c1c' };

/** The toolbar badge for a state: `+` capturable, `✓` saved, `!` changed since capture. */
export function badgeFor(state: PageState): Badge {
  switch (state) {
    case 'new':
      return { text: '+', color: '#2563eb' };
    case 'saved':
      return { text: '✓', color: '#15803d' };
    case 'changed':
      return { text: '!', color: '#b45309' };
    default:
      return { text: '', color: '#6b7280' };
  }
}
