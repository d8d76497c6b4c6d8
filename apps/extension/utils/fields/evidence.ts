// Where a field's value came from: the page text it was read from (with "inferred" and the reason
// when it was inferred), the extractor's warnings about it, and "Show on page", as a popover
// shown on hover and keyboard focus and tied to the value by aria-describedby.
import { describeNotice } from '@readouts/extract';
import type { CorrectableField, Evidence, Notice, ReadoutContent } from '@readouts/schema';
import { h } from '../dom';
import { getLocale, t } from '../i18n';
import { evidencePartLabel } from './evidence-part';
import { uniqueId } from './kit';

/** The evidence of a field: entries for the field itself or a part of it (`participants.1.title`). */
export function evidenceFor(content: Pick<ReadoutContent, 'capture'>, field: CorrectableField): Evidence[] {
  return content.capture.evidence.filter((e) => e.field === field || e.field.startsWith(`${field}.`));
}

/** The warnings about a field: their codes start with its name (`date.weekday-mismatch`). */
export function warningsFor(warnings: readonly Notice[], field: CorrectableField): Notice[] {
  return warnings.filter((w) => w.code.startsWith(`${field}.`));
}

/** Shows one evidence entry on the open page; resolves to what to tell the user. */
export type ShowOnPage = (evidence: Evidence) => Promise<string>;

/** Whether the page shows the evidence's text: metadata and the address are not in its text. */
const shownOnPage = (evidence: Evidence): boolean => evidence.source !== 'meta' && evidence.source !== 'url';

function entry(evidence: Evidence, field: CorrectableField, index: number, show?: ShowOnPage): HTMLElement {
  const status = h('span', { class: 'evidence-status', attrs: { 'aria-live': 'polite' } });
  const part = evidencePartLabel(
    field,
    evidence.field === field ? null : evidence.field.slice(field.length + 1),
  );
  return h(
    'li',
    { attrs: { 'data-evidence': index, 'data-inferred': evidence.inferred !== null } },
    h('q', { class: 'evidence-text' }, evidence.text),
    ' ',
    h(
      'span',
      { class: 'evidence-source' },
      [t(`evidence.source.${evidence.source}`), part].filter(Boolean).join(' · '),
    ),
    evidence.inferred
      ? h(
          'span',
          { class: 'inferred' },
          ' ',
          h('span', { class: 'badge', attrs: { 'data-mark': 'inferred' } }, t('evidence.inferred')),
          ' ',
          describeNotice(evidence.inferred, getLocale()),
        )
      : null,
    show && evidence.text && shownOnPage(evidence)
      ? h(
          'button',
          {
            class: 'link',
            attrs: { type: 'button', 'data-action': 'show-on-page' },
            on: {
              click: () => {
                status.textContent = '';
                void show(evidence).then(
                  (message) => {
                    status.textContent = message;
                  },
                  (error: unknown) => {
                    status.textContent = error instanceof Error ? error.message : String(error);
                  },
                );
              },
            },
          },
          t('evidence.show'),
        )
      : null,
    status,
  );
}

/**
 * Wraps a field's value with its evidence popover: shown while the pointer is over the value or the
 * popover, or the keyboard focus is in either; Escape hides it.
 */
export function withEvidence(
  value: Node | string,
  field: CorrectableField,
  evidence: readonly Evidence[],
  warnings: readonly Notice[],
  show?: ShowOnPage,
): HTMLElement {
  const popover = h(
    'div',
    { class: 'evidence', attrs: { id: uniqueId('evidence'), role: 'tooltip' } },
    h('p', { class: 'evidence-heading' }, t('evidence.heading')),
    evidence.length
      ? h('ul', { class: 'evidence-list' }, ...evidence.map((e, i) => entry(e, field, i, show)))
      : h('p', { class: 'muted' }, t('evidence.none')),
    warnings.length
      ? h(
          'ul',
          { class: 'warnings' },
          ...warnings.map((w) =>
            h('li', { attrs: { 'data-warning': w.code } }, describeNotice(w, getLocale())),
          ),
        )
      : null,
  );
  popover.hidden = true;
  const shown = h(
    'span',
    { class: 'value', attrs: { tabindex: 0, 'data-value': '', 'aria-describedby': popover.id } },
    value,
  );
  const anchor = h('span', { class: 'evidence-anchor' }, shown, popover);
  let hovered = false;
  let focused = false;
  // Escape hides it until the pointer and the focus have both left.
  let dismissed = false;
  const update = () => {
    if (!hovered && !focused) dismissed = false;
    popover.hidden = dismissed || !(hovered || focused);
  };
  anchor.addEventListener('mouseenter', () => {
    hovered = true;
    update();
  });
  anchor.addEventListener('mouseleave', () => {
    hovered = false;
    update();
  });
  anchor.addEventListener('focusin', () => {
    focused = true;
    update();
  });
  anchor.addEventListener('focusout', (event) => {
    focused = anchor.contains(event.relatedTarget as Node | null);
    update();
  });
  anchor.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || popover.hidden) return;
    event.stopPropagation();
    dismissed = true;
    update();
    shown.focus();
  });
  return anchor;
}
