// The options page's heading and explanation, in the UI language.
import { h } from '../../utils/dom';
import { t, tParts } from '../../utils/i18n';

/** The command that issues a device token on the server. */
export const TOKEN_COMMAND = 'pnpm -s readouts token add USER --device NAME';

/** The heading and the paragraph that says where a token comes from. */
export function renderIntro(): HTMLElement[] {
  return [
    h('h1', {}, t('options.heading')),
    h('p', { class: 'explain' }, ...tParts('options.explain', { command: h('code', {}, TOKEN_COMMAND) })),
  ];
}
