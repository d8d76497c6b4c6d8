// "Show on page" from the collection: the background finds the tab showing the readout (either of
// its addresses, fragment aside), asks its content script, injects one where none answers, and
// brings the tab forward only when the text was highlighted.
import type { Evidence } from '@readouts/schema';
import { describe, expect, it, vi } from 'vitest';
import { createShowEvidence, type ShowEvidenceDeps } from '../show-evidence';

const URL_A = 'https://www.mofa.go.jp/press/release/press4e_002699.html';
const CANONICAL = 'https://www.mofa.go.jp/a_o/ocn/au/page4e_001199.html';
const evidence: Evidence = {
  field: 'participants.1',
  source: 'body',
  block: 3,
  start: 10,
  end: 22,
  text: 'Marise Payne',
  inferred: null,
};

function fakeDeps(overrides: Partial<ShowEvidenceDeps> = {}) {
  return {
    mofaTabs: vi.fn(async () => [
      { id: 4, url: 'https://www.mofa.go.jp/other.html', windowId: 1 },
      { id: 7, url: `${CANONICAL}#section2`, windowId: 2 },
    ]),
    highlight: vi.fn(async () => 'shown' as const),
    focus: vi.fn(async () => {}),
    inject: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('createShowEvidence', () => {
  it('highlights in the tab showing either address of the readout and focuses it', async () => {
    const deps = fakeDeps();
    expect(await createShowEvidence(deps)({ urls: [URL_A, CANONICAL], evidence })).toBe('shown');
    expect(deps.highlight).toHaveBeenCalledWith(7, evidence);
    expect(deps.focus).toHaveBeenCalledWith(7, 2);
    expect(deps.inject).not.toHaveBeenCalled();
  });

  it('answers no-tab when no open tab shows the readout', async () => {
    const deps = fakeDeps();
    expect(await createShowEvidence(deps)({ urls: [URL_A], evidence })).toBe('no-tab');
    expect(deps.highlight).not.toHaveBeenCalled();
  });

  it('leaves the tab where it is when the page no longer holds the text', async () => {
    const deps = fakeDeps({ highlight: vi.fn(async () => 'not-found' as const) });
    expect(await createShowEvidence(deps)({ urls: [CANONICAL], evidence })).toBe('not-found');
    expect(deps.focus).not.toHaveBeenCalled();
  });

  it('injects the content script into a tab where none answers, then asks again', async () => {
    const highlight = vi
      .fn<ShowEvidenceDeps['highlight']>()
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValueOnce('shown');
    const deps = fakeDeps({ highlight });
    expect(await createShowEvidence(deps)({ urls: [CANONICAL], evidence })).toBe('shown');
    expect(deps.inject).toHaveBeenCalledWith(7);
    expect(highlight).toHaveBeenCalledTimes(2);
  });

  it('answers no-tab when the script cannot be injected', async () => {
    const deps = fakeDeps({
      highlight: vi.fn(async () => {
        throw new Error('Receiving end does not exist');
      }),
      inject: vi.fn(async () => {
        throw new Error('Cannot access contents of the page');
      }),
    });
    expect(await createShowEvidence(deps)({ urls: [CANONICAL], evidence })).toBe('no-tab');
    expect(deps.focus).not.toHaveBeenCalled();
  });
});
