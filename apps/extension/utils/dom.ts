// Builds DOM and SVG elements from data. Text always goes in as text nodes: page content is never parsed as markup.
type Child = Node | string | number | null | undefined | false;

interface Props {
  class?: string;
  /** Attributes, set with setAttribute (never event handlers or markup). */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

function setAttrs(element: Element, attrs: Props['attrs'] = {}): void {
  for (const [name, value] of Object.entries(attrs)) {
    // ARIA states are the tokens "true" and "false": an empty aria-pressed means neither, and a
    // missing aria-selected is not "false" to a screen reader.
    if (name.startsWith('aria-') && typeof value === 'boolean') {
      element.setAttribute(name, String(value));
      continue;
    }
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

/**
 * Creates an HTML element with attributes, listeners and children; strings become text nodes.
 * @example h('li', { class: 'tag' }, readout.title)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  setAttrs(element, props.attrs);
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element (createElementNS) with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Props['attrs'] = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
