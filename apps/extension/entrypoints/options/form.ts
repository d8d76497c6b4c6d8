// The settings form: server URL, token, automatic sync, Save, Sync now and Pull everything again.
import { h } from '../../utils/dom';
import { t } from '../../utils/i18n';
import type { SyncSettings } from '../../utils/sync/settings';

export interface FormActions {
  /** Save was clicked (a user gesture) with what the form holds. */
  save(values: SyncSettings): void;
  syncNow(): void;
  /** Forget the pull cursor and sync: every record comes again (after a server restore). */
  pullAll(): void;
}

/** Fills `form` with the fields for `settings`; returns the element that shows messages. */
export function renderSettingsForm(
  form: HTMLFormElement,
  settings: SyncSettings,
  actions: FormActions,
): HTMLElement {
  const serverUrl = h('input', {
    // Text, not url: a browser refuses to submit `sync.example.org`, which the save completes.
    attrs: {
      type: 'text',
      inputmode: 'url',
      name: 'serverUrl',
      required: true,
      placeholder: 'http://localhost:8787',
    },
  });
  serverUrl.value = settings.serverUrl;
  const token = h('input', {
    attrs: {
      type: 'password',
      name: 'token',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'rdt_…',
    },
  });
  token.value = settings.token;
  const auto = h('input', { attrs: { type: 'checkbox', name: 'auto' } });
  auto.checked = settings.auto;
  const message = h('p', { class: 'message', attrs: { role: 'status', 'aria-live': 'polite' } });

  form.replaceChildren(
    h('label', {}, t('options.serverUrl'), serverUrl),
    h('label', {}, t('options.token'), token),
    h('label', { class: 'check' }, auto, t('options.auto')),
    h(
      'div',
      { class: 'buttons' },
      h('button', { attrs: { type: 'submit', name: 'save' } }, t('options.save')),
      h(
        'button',
        { attrs: { type: 'button', name: 'syncNow' }, on: { click: () => actions.syncNow() } },
        t('sync.now'),
      ),
      h(
        'button',
        {
          attrs: { type: 'button', name: 'pullAll', title: t('options.pullAllHint') },
          on: { click: () => actions.pullAll() },
        },
        t('options.pullAll'),
      ),
    ),
    message,
  );
  form.onsubmit = (event) => {
    event.preventDefault();
    actions.save({ serverUrl: serverUrl.value, token: token.value.trim(), auto: auto.checked });
  };
  return message;
}
