// The citations and data panel: the readouts in scope (all, or the meetings with one country) as
// CSL-JSON, RIS, BibTeX or the dyadic CSV.
import type { Readout } from '@readouts/schema';
import { countriesMet } from '../../utils/analysis/country';
import { EXPORT_KINDS, exportFile } from '../../utils/analysis/exports';
import { h } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { formatNumber, type MessageKey, t } from '../../utils/i18n';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  h('a', { attrs: { href: url, download: name } }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const withCountry = (readouts: readonly Readout[], code: string) =>
  readouts.filter((r) => r.participants.some((p) => p.side === 'counterpart' && p.country === code));

/** Builds the panel; `country` preselects the scope (the country chosen in the counterparts panel). */
export function exportPanel(readouts: readonly Readout[], country: string | null): HTMLElement {
  const scope = h(
    'select',
    { attrs: { name: 'scope', 'aria-label': t('analysis.export.scope') } },
    h('option', { attrs: { value: '' } }, t('analysis.export.all', { n: formatNumber(readouts.length) })),
    ...countriesMet(readouts).map((c) =>
      h(
        'option',
        { attrs: { value: c.code, selected: c.code === country } },
        t('analysis.export.country', {
          country: countryName(c.code),
          n: formatNumber(withCountry(readouts, c.code).length),
        }),
      ),
    ),
  );
  const chosen = () => (scope.value ? withCountry(readouts, scope.value) : readouts);
  return h(
    'section',
    { class: 'export' },
    h('label', {}, t('analysis.export.scope'), ' ', scope),
    h(
      'div',
      { class: 'buttons' },
      ...EXPORT_KINDS.map((kind) =>
        h(
          'button',
          {
            attrs: { type: 'button', 'data-export': kind },
            on: {
              click: () => {
                const file = exportFile(kind, chosen());
                download(file.name, file.type, file.text);
              },
            },
          },
          t(`analysis.export.${kind}` as MessageKey),
        ),
      ),
    ),
    h('p', { class: 'muted' }, t('analysis.export.explain')),
  );
}
