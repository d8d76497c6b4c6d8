// "Copy citation" for the collection's detail view: the readout's citation line (Chicago for an
// English page, the Japanese form for a Japanese one) put on the clipboard, with a short status.
import { copyCitation } from '@readouts/analysis';
import type { Readout } from '@readouts/schema';
import { h } from '../dom';
import { t } from '../i18n';

/** A button that copies the readout's citation; its label says when it has been copied. */
export function copyCitationButton(readout: Readout): HTMLButtonElement {
  const button = h(
    'button',
    {
      attrs: { type: 'button', 'data-action': 'copy-citation', title: copyCitation(readout) },
      on: {
        click: async () => {
          try {
            await navigator.clipboard.writeText(copyCitation(readout));
            button.textContent = t('analysis.citationCopied');
          } catch {
            // No clipboard access (a page without focus): the title still shows the text to copy.
            button.textContent = t('analysis.citationNotCopied');
          }
          setTimeout(() => {
            button.textContent = t('analysis.copyCitation');
          }, 2000);
        },
      },
    },
    t('analysis.copyCitation'),
  );
  return button;
}
