// Renders a page status in the popup: the extracted readout with Save/Update, or why there is none.
// Every field can be corrected here, before saving too; each shows where it was read on the page.
import { describeNotice } from '@readouts/extract';
import type { Readout } from '@readouts/schema';
import { h } from '../../utils/dom';
import type { ShowOnPage } from '../../utils/fields/evidence';
import { fieldList } from '../../utils/fields/field-list';
import type { FieldRowOptions } from '../../utils/fields/field-row';
import { formatWhen } from '../../utils/format';
import { getLocale, type MessageKey, t } from '../../utils/i18n';
import type { PageStatus, SaveError } from '../../utils/page-status';
import { popupReadout } from './shown';

export interface PopupActions {
  save(): void;
  openCollection(): void;
  /** Corrects a field (of the saved record, or before saving); absent: fields are read-only. */
  correct?: FieldRowOptions['correct'];
  showOnPage?: ShowOnPage;
}

const explanations: Partial<Record<PageStatus['state'], MessageKey>> = {
  'not-mofa': 'popup.notMofa',
  unreachable: 'popup.unreachable',
  'not-readout': 'popup.notReadout',
};

/** Why a Save failed, in words. */
const saveErrors: Record<SaveError, MessageKey> = {
  'storage-full': 'storage.full',
};

/** Builds the popup's content for one status; `shown` is the readout to show (default: the status's). */
export function renderStatus(
  status: PageStatus,
  actions: PopupActions,
  shown: Readout | null = popupReadout(status),
): HTMLElement {
  const footer = h(
    'footer',
    {},
    h('button', { class: 'link', on: { click: actions.openCollection } }, t('popup.openCollection')),
  );
  const explanation = explanations[status.state];
  if (explanation || status.result?.kind !== 'readout' || !shown) {
    const reasons = status.result?.kind === 'not-readout' ? status.result.reasons : [];
    return h(
      'section',
      { attrs: { 'data-state': status.state } },
      h('p', { class: 'explain' }, t(explanation ?? 'popup.notReadout')),
      reasons.length
        ? h('ul', { class: 'reasons' }, ...reasons.map((r) => h('li', {}, describeNotice(r, getLocale()))))
        : null,
      footer,
    );
  }
  const { warnings } = status.result;
  const heading = h('h1', { class: 'title' }, shown.title);
  const correct = actions.correct;
  return h(
    'section',
    { attrs: { 'data-state': status.state } },
    sectionLine(shown.section, shown.title),
    heading,
    fieldList(shown, {
      warnings,
      compact: true,
      showOnPage: actions.showOnPage,
      correct: correct
        ? async (field, change) => {
            const readout = await correct(field, change);
            heading.textContent = readout.title;
            return readout;
          }
        : undefined,
    }),
    actionBar(status, actions),
    footer,
  );
}

/**
 * The section of the site the page is filed under ("Press Releases", "ブラジル連邦共和国"), as a
 * small line above the headline; none when the page names none or names only its headline.
 */
function sectionLine(section: string | null, title: string): HTMLElement | null {
  const label = section?.trim();
  if (!label || label === title.trim()) return null;
  return h('p', { class: 'section', attrs: { 'data-field': 'section', title: t('field.section') } }, label);
}

function actionBar(status: PageStatus, actions: PopupActions): HTMLElement {
  const when = status.saved ? formatWhen(status.saved.capture.capturedAt) : '';
  if (status.state === 'saved') {
    return h('div', { class: 'actions' }, h('p', { class: 'saved' }, t('popup.saved', { when })));
  }
  const isUpdate = status.state === 'changed';
  const button = h(
    'button',
    {
      class: 'primary',
      attrs: { type: 'button', 'data-action': isUpdate ? 'update' : 'save' },
      on: {
        click: () => {
          button.disabled = true;
          button.textContent = t('popup.saving');
          actions.save();
        },
      },
    },
    t(isUpdate ? 'popup.update' : 'popup.save'),
  );
  // A failed Save leaves the readout unsaved: say why, and keep the button to try again.
  const failed = status.saveError
    ? h(
        'p',
        { class: 'error', attrs: { role: 'alert', 'data-error': status.saveError } },
        t('popup.notSaved', { reason: t(saveErrors[status.saveError]) }),
      )
    : null;
  return h(
    'div',
    { class: 'actions' },
    isUpdate ? h('p', { class: 'changed' }, t('popup.changed', { when }), ' ', t('popup.updateKeeps')) : null,
    failed,
    button,
  );
}
