// A short message at the bottom of the page, optionally with one action (Undo).
import { h, replaceChildren } from '../../utils/dom';

let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows a message for a few seconds; an action button closes the toast when used. */
export function showToast(
  element: HTMLElement,
  message: string,
  options: { action?: { label: string; run: () => void }; isError?: boolean } = {},
): void {
  clearTimeout(timer);
  const action = options.action;
  replaceChildren(
    element,
    h('span', {}, message),
    action
      ? h(
          'button',
          {
            attrs: { type: 'button', 'data-action': 'undo' },
            on: {
              click: () => {
                element.classList.remove('open');
                action.run();
              },
            },
          },
          action.label,
        )
      : null,
  );
  element.classList.toggle('error', Boolean(options.isError));
  element.classList.add('open');
  timer = setTimeout(() => element.classList.remove('open'), options.isError ? 15_000 : 8_000);
}
