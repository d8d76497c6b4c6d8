// One bar of a chart as a keyboard stop: a link when it leads somewhere, else a button that tells
// the page which bar was chosen. Either way Tab reaches it and its accessible name says its count.
import { svg } from '../dom';

/** What choosing a bar does: follow a link, or call `onSelect`; nothing when absent. */
export type BarAction = { href: string } | { onSelect: () => void } | undefined;

type Attrs = Record<string, string | number | undefined>;

/**
 * The element that holds one bar's shapes: `<a href>` for a link, a `<g role="button">` that
 * Enter, Space and a click activate, or (no action) a `<g role="img">` that is only read out.
 */
export function barTarget(
  action: BarAction,
  name: string,
  attrs: Attrs,
  ...shapes: SVGElement[]
): SVGElement {
  const common = { class: 'bar', 'aria-label': name, ...attrs };
  if (action && 'href' in action) return svg('a', { href: action.href, ...common }, ...shapes);
  if (!action) return svg('g', { role: 'img', ...common }, ...shapes);
  const button = svg('g', { role: 'button', tabindex: 0, ...common }, ...shapes);
  button.addEventListener('click', () => action.onSelect());
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Space would scroll the page: the bar takes it, as a button does.
    event.preventDefault();
    action.onSelect();
  });
  return button;
}
