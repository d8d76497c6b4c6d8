// The export panel's scopes give their readout counts with the UI language's digit grouping.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeReadout } from '../../../utils/__tests__/factories';
import { setLocale } from '../../../utils/i18n';
import { exportPanel } from '../export-panel';

afterEach(() => setLocale('en'));

describe('export panel', () => {
  it('groups thousands in the count of every scope, in English and in Japanese', () => {
    const readouts = Array.from({ length: 1_234 }, (_, i) => fakeReadout({ id: `r${i}` }));
    const scopes = (panel: HTMLElement) => [...panel.querySelectorAll('option')].map((o) => o.textContent);
    const english = scopes(exportPanel(readouts, null));
    expect(english[0]).toBe('All readouts (1,234)');
    expect(english[1]).toMatch(/^Meetings with .+ \(1,234\)$/);
    setLocale('ja');
    expect(scopes(exportPanel(readouts, null))[0]).toBe('すべての記録（1,234件）');
  });
});
