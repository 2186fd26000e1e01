// Labelled form fields and the display of API errors next to the field they
// concern. Every control built here has a <label>, and an error slot linked
// by aria-describedby; showApiError() finds the control the API's `field`
// names (e.g. "brief.workflow.name" or "scores.eval_discipline") and puts
// the message beside it, or in the form's banner when no control matches.
// Nothing here clears what the user typed.
import { ApiError, messageOf } from '../api/client';
import { h, uid, type Child } from './dom';

export interface FieldOptions {
  label: string;
  name: string;
  type?: string;
  value?: string | number | null;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  min?: number;
  max?: number;
  step?: string;
  autocomplete?: string;
  rows?: number; // a textarea when set
  options?: { value: string; label: string }[]; // a <select> when set
}

export interface Field {
  wrapper: HTMLElement;
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
}

export function field(options: FieldOptions): Field {
  const id = uid(`f-${options.name.replace(/[^a-z0-9_-]/gi, '-')}`);
  const errorId = `${id}-error`;
  const hintId = options.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const common = {
    id,
    name: options.name,
    required: options.required ?? false,
    'aria-describedby': describedBy,
  };
  let control: Field['control'];
  if (options.options) {
    control = h(
      'select',
      common,
      options.options.map((o) => h('option', { value: o.value }, o.label)),
    );
    // Without a value the browser's default (the first option) stays chosen.
    if (options.value != null) control.value = String(options.value);
  } else if (options.rows) {
    control = h('textarea', { ...common, rows: options.rows, placeholder: options.placeholder });
    control.value = options.value == null ? '' : String(options.value);
  } else {
    control = h('input', {
      ...common,
      type: options.type ?? 'text',
      value: options.value ?? '',
      placeholder: options.placeholder,
      min: options.min,
      max: options.max,
      step: options.step,
      autocomplete: options.autocomplete,
    });
  }
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, options.label, options.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    options.hint ? h('p', { class: 'hint', id: hintId }, options.hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId, 'data-error-for': options.name, hidden: true }),
  );
  clearOwnErrorOnEdit(control, wrapper);
  return { wrapper, control };
}

// Once the user edits a control, an error shown under it no longer speaks
// about what it holds: the message and the invalid mark go (the server or the
// next check puts them back if the new value is wrong too).
function clearOwnErrorOnEdit(control: Field['control'], wrapper: HTMLElement): void {
  const clear = () => {
    if (!control.hasAttribute('aria-invalid')) return;
    control.removeAttribute('aria-invalid');
    const slot = wrapper.querySelector<HTMLElement>('.field-error');
    if (slot) {
      slot.textContent = '';
      slot.hidden = true;
    }
  };
  control.addEventListener('input', clear);
  control.addEventListener('change', clear);
}

// A checkbox with its label after it.
export function checkbox(label: Child, name: string, checked: boolean, description?: string): Field {
  const id = uid(`c-${name.replace(/[^a-z0-9_-]/gi, '-')}`);
  const control = h('input', { type: 'checkbox', id, name, checked });
  const wrapper = h(
    'div',
    { class: 'check' },
    control,
    h('label', { for: id }, label, description ? h('span', { class: 'hint' }, ` ${description}`) : null),
  );
  return { wrapper, control };
}

// The banner at the top of a form for errors that name no field and for
// "saved" notices; polite live region so screen readers hear it.
export function formBanner(): HTMLElement {
  return h('div', { class: 'banner', role: 'status', 'aria-live': 'polite', hidden: true });
}

export function setBanner(banner: HTMLElement, text: string, kind: 'error' | 'ok' | 'info' = 'error'): void {
  banner.textContent = text;
  banner.className = `banner banner-${kind}`;
  banner.hidden = text === '';
}

export function clearErrors(form: HTMLElement): void {
  for (const slot of Array.from(form.querySelectorAll<HTMLElement>('.field-error'))) {
    slot.textContent = '';
    slot.hidden = true;
  }
  for (const control of Array.from(form.querySelectorAll('[aria-invalid]'))) {
    control.removeAttribute('aria-invalid');
  }
}

// The control for an API field path: the exact name, else the longest
// prefix ("brief.workflow.name" → "workflow.name" → "name" are tried after
// "brief.workflow.name", dropping leading segments), else null.
export function controlFor(form: HTMLElement, fieldPath: string): HTMLElement | null {
  const parts = fieldPath.split('.');
  for (let start = 0; start < parts.length; start += 1) {
    const name = parts.slice(start).join('.');
    const found = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (found) return found;
  }
  for (let end = parts.length - 1; end > 0; end -= 1) {
    const name = parts.slice(0, end).join('.');
    const found = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (found) return found;
  }
  return null;
}

// A message as a sentence: capitalised, ending with a full stop.
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

// Puts `message` in the error slot of `control` (the one its
// aria-describedby names) and marks the control invalid.
export function markInvalid(form: HTMLElement, control: HTMLElement, message: string): void {
  const slotId = (control.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error'));
  const slot = slotId ? form.querySelector<HTMLElement>(`#${CSS.escape(slotId)}`) : null;
  if (slot) {
    slot.textContent = message;
    slot.hidden = false;
  }
  control.setAttribute('aria-invalid', 'true');
}

// Shows `error` next to its field (focusing it) or in `banner`. Returns the
// control it marked, if any.
export function showApiError(form: HTMLElement, banner: HTMLElement, error: unknown): HTMLElement | null {
  clearErrors(form);
  const message = messageOf(error);
  const fieldPath = error instanceof ApiError ? error.field : null;
  const control = fieldPath ? controlFor(form, fieldPath) : null;
  if (control) {
    markInvalid(form, control, message);
    control.focus();
    setBanner(banner, 'Please correct the field marked below; nothing you typed was lost.', 'error');
    return control;
  }
  setBanner(banner, `${sentence(message)} Nothing you typed was lost.`, 'error');
  return null;
}
