// Edit mode of a field: its editor with Save and Cancel, keyboard first (Escape cancels, Enter or
// Ctrl+Enter saves), and the reason a value was refused, beside the editor and announced.
import type { CorrectableField, CorrectableValues } from '@readouts/schema';
import { h } from '../dom';
import { t } from '../i18n';
import { type FieldKind, InputError, uniqueId } from './kit';

export interface EditHandlers<F extends CorrectableField> {
  /** Stores the value; a rejection's message is shown and the editor stays open. */
  save(value: CorrectableValues[F]): Promise<unknown>;
  cancel(): void;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The editor of one field, ready to insert; focus its first control with `focusFirstControl`. */
export function editForm<F extends CorrectableField>(
  kind: FieldKind<F>,
  value: CorrectableValues[F],
  handlers: EditHandlers<F>,
): HTMLElement {
  const editor = kind.editor(value);
  const hint = h(
    'p',
    { class: 'hint', attrs: { id: uniqueId('hint') } },
    t(editor.multiline ? 'edit.keysMultiline' : 'edit.keys'),
  );
  const error = h('p', {
    class: 'field-error',
    attrs: { id: uniqueId('error'), role: 'alert', 'data-error': '' },
  });
  error.hidden = true;
  const saveButton = h(
    'button',
    { class: 'primary', attrs: { type: 'button', 'data-action': 'save' } },
    t('edit.save'),
  );
  const cancelButton = h('button', { attrs: { type: 'button', 'data-action': 'cancel' } }, t('edit.cancel'));
  const form = h(
    'div',
    {
      class: 'field-editor',
      attrs: {
        role: 'group',
        'aria-label': t('edit.editField', { field: t(kind.label) }),
        'aria-describedby': hint.id,
      },
    },
    editor.element,
    hint,
    error,
    h('div', { class: 'editor-actions' }, saveButton, cancelButton),
  );

  const refuse = (message: string, control?: HTMLElement) => {
    for (const marked of form.querySelectorAll('[aria-invalid]')) marked.removeAttribute('aria-invalid');
    error.textContent = message;
    error.hidden = false;
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-errormessage', error.id);
      control.focus();
    }
  };
  let saving = false;
  const submit = async () => {
    if (saving) return;
    let next: CorrectableValues[F];
    try {
      next = editor.read();
    } catch (problem) {
      if (!(problem instanceof InputError)) throw problem;
      refuse(problem.message, problem.control);
      return;
    }
    saving = true;
    saveButton.disabled = true;
    saveButton.textContent = t('edit.saving');
    try {
      await handlers.save(next);
    } catch (problem) {
      refuse(t('edit.notSaved', { reason: errorText(problem) }));
      saveButton.focus();
    } finally {
      saving = false;
      saveButton.disabled = false;
      saveButton.textContent = t('edit.save');
    }
  };

  saveButton.addEventListener('click', () => void submit());
  cancelButton.addEventListener('click', () => handlers.cancel());
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      handlers.cancel();
      return;
    }
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.target as HTMLElement;
    // Enter on a button presses it; in a single-line editor Enter in a control saves.
    if (
      event.ctrlKey ||
      event.metaKey ||
      (!editor.multiline && !(target instanceof HTMLButtonElement) && target.tagName !== 'TEXTAREA')
    ) {
      event.preventDefault();
      void submit();
    }
  });
  return form;
}

/** Focuses the first control of an editor (once it is in the document). */
export function focusFirstControl(form: HTMLElement): void {
  form.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}
