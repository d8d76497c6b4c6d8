// Selector-free element lookups. linkedom compiles a CSS selector on every querySelector(All) and
// closest call, which cost more than the walk itself; these walks give the same elements in the
// same (document) order without a selector engine.

/**
 * The element's `class` attribute value, or ''. Read through the attribute node: linkedom's
 * getAttribute('class') builds a token list for the element and joins it on every call.
 */
export function classOf(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/** Whether an element's `class` holds `name` as one of its whitespace-separated tokens (CSS `.name`). */
export function hasClass(el: Element, name: string): boolean {
  const cls = classOf(el);
  // The substring test spares a split for the many elements whose class cannot hold the name.
  return cls.includes(name) && cls.split(/\s+/).includes(name);
}

/** The element's lower-case tag name, as CSS type selectors match it in an HTML document. */
export function tagOf(el: Element): string {
  return el.localName.toLowerCase();
}

/**
 * Elements under `root` (not `root` itself) that pass `keep`, in document order; `<template>`
 * contents are skipped as querySelectorAll skips them. With `first`, stops at the first match.
 */
export function findElements(
  root: Document | Element,
  keep: (el: Element) => boolean,
  first = false,
): Element[] {
  const found: Element[] = [];
  collect(root, keep, first, found);
  return found;
}

// Returns true once `first` is set and a match was found, to stop the walk.
function collect(
  parent: Document | Element,
  keep: (el: Element) => boolean,
  first: boolean,
  found: Element[],
): boolean {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (keep(el)) {
      found.push(el);
      if (first) return true;
    }
    if (tagOf(el) !== 'template' && collect(el, keep, first, found)) return true;
  }
  return false;
}

/** The first element under `root` that passes `keep`, or null. */
export function findElement(root: Document | Element, keep: (el: Element) => boolean): Element | null {
  return findElements(root, keep, true)[0] ?? null;
}

/** Whether an ancestor of `el` (not `el` itself) passes `test`. */
export function hasAncestor(el: Element, test: (ancestor: Element) => boolean): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (test(up)) return true;
  return false;
}

/**
 * Visits the elements under `root` in document order (`<template>` contents skipped). `visit`
 * gets each element with the scope its parent passed down and returns the scope for its children,
 * so a walk can know "inside a breadcrumb" without climbing ancestors for every element.
 */
export function walkElements<Scope>(
  root: Document | Element,
  scope: Scope,
  visit: (el: Element, scope: Scope) => Scope,
): void {
  for (let el = root.firstElementChild; el; el = el.nextElementSibling) {
    const inner = visit(el, scope);
    if (tagOf(el) !== 'template') walkElements(el, inner, visit);
  }
}
