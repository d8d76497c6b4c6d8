// What every field renderer and editor is made of: the kind of a field (how it shows, how it is
// edited), the editor contract, and labelled controls, so each field's module stays small.
import type { CorrectableField, CorrectableValues } from '@readouts/schema';
import { h } from '../dom';
import { type MessageKey, t } from '../i18n';

/**
 * Thrown by an editor's `read()` for a value the user must fix; the message is shown beside the
 * editor and `control` gets the focus.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly control?: HTMLElement,
  ) {
    super(message);
  }
}

/** An open editor: its element, and the value typed so far (throws an InputError when invalid). */
export interface Editor<T> {
  element: HTMLElement;
  read(): T;
  /** Enter adds a line in a multi-line editor; Ctrl+Enter (or Cmd+Enter) saves in every editor. */
  multiline: boolean;
}

/** How one correctable field shows and is edited. */
export interface FieldKind<F extends CorrectableField> {
  field: F;
  label: MessageKey;
  /** The value as the record shows it; `compact` for the popup. */
  display(value: CorrectableValues[F], options: { compact: boolean }): Node | string;
  /** The value on one line, for "Extracted from the page: …". */
  summary(value: CorrectableValues[F]): string;
  editor(value: CorrectableValues[F]): Editor<CorrectableValues[F]>;
}

let nextId = 0;
/** A document-unique id for tying labels, descriptions and controls together. */
export const uniqueId = (prefix: string): string => `${prefix}-${++nextId}`;

/** A label around its control, so a click on the words focuses the control. */
export function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'control' }, h('span', { class: 'control-label' }, text), control);
}

/** A one-line text input holding `value` (null shows empty). */
export function textInput(
  value: string | null,
  attrs: Record<string, string | number> = {},
): HTMLInputElement {
  const input = h('input', { attrs: { type: 'text', autocomplete: 'off', ...attrs } });
  input.value = value ?? '';
  return input;
}

/** A select of `options` with `value` chosen, each option's text from its message key. */
export function select<V extends string>(
  value: V,
  options: readonly V[],
  label: (option: V) => string,
): HTMLSelectElement {
  const element = h(
    'select',
    {},
    ...options.map((option) => h('option', { attrs: { value: option } }, label(option))),
  );
  element.value = value;
  return element;
}

/** The trimmed text of an input, or null when empty. */
export const optional = (input: HTMLInputElement | HTMLTextAreaElement): string | null =>
  input.value.trim() || null;

/** Checks `input` against `pattern`; an empty input is null, a mismatch an InputError with `message`. */
export function matching(input: HTMLInputElement, pattern: RegExp, message: MessageKey): string | null {
  const value = optional(input);
  if (value !== null && !pattern.test(value)) throw new InputError(t(message), input);
  return value;
}

/** An ISO 3166-1 alpha-2 code (or EU), typed in any case. */
export function countryInput(input: HTMLInputElement): string | null {
  const value = optional(input)?.toUpperCase() ?? null;
  if (value !== null && !/^[A-Z]{2}$/.test(value)) throw new InputError(t('invalid.country'), input);
  return value;
}

/** A small button inside an editor (add, remove, split, join). */
export function editorButton(
  text: string,
  onClick: () => void,
  attrs: Record<string, string> = {},
): HTMLButtonElement {
  return h(
    'button',
    { class: 'editor-button', attrs: { type: 'button', ...attrs }, on: { click: onClick } },
    text,
  );
}

/** Controls shown side by side (a city, a country and a venue). */
export function group(...controls: HTMLElement[]): HTMLElement {
  return h('div', { class: 'control-group' }, ...controls);
}
