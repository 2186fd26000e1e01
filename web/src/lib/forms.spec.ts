import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { h } from './dom';
import { controlFor, field, formBanner, sentence, showApiError } from './forms';

function form() {
  const name = field({ label: 'Workflow name', name: 'workflow.name', required: true });
  const email = field({ label: 'Email', name: 'email', type: 'email' });
  const banner = formBanner();
  const el = h('form', null, banner, name.wrapper, email.wrapper);
  document.body.replaceChildren(el);
  return { el, banner, name, email };
}

describe('field', () => {
  it('labels every control', () => {
    const { el } = form();
    for (const control of Array.from(el.querySelectorAll('input'))) {
      const label = el.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent).toBeTruthy();
    }
  });
});

describe('controlFor', () => {
  it('finds a control by a nested API field path', () => {
    const { el, name, email } = form();
    expect(controlFor(el, 'brief.workflow.name')).toBe(name.control);
    expect(controlFor(el, 'email')).toBe(email.control);
    expect(controlFor(el, 'workflow.name.extra')).toBe(name.control);
    expect(controlFor(el, 'budget')).toBeNull();
  });
});

describe('showApiError', () => {
  it('puts the message beside the field, marks it invalid, keeps the value', () => {
    const { el, banner, name } = form();
    (name.control as HTMLInputElement).value = 'Triage';
    showApiError(el, banner, new ApiError(422, 'invalid_input', 'workflow.name is too long', 'brief.workflow.name'));
    const slot = el.querySelector('[data-error-for="workflow.name"]') as HTMLElement;
    expect(slot.hidden).toBe(false);
    expect(slot.textContent).toBe('workflow.name is too long');
    expect(name.control.getAttribute('aria-invalid')).toBe('true');
    expect((name.control as HTMLInputElement).value).toBe('Triage');
    expect(name.control.getAttribute('aria-describedby')).toContain(slot.id);
  });

  it('uses the banner for errors without a matching field, and clears old marks', () => {
    const { el, banner, name } = form();
    showApiError(el, banner, new ApiError(422, 'invalid_input', 'bad', 'workflow.name'));
    showApiError(el, banner, new ApiError(503, 'unavailable', 'database down'));
    expect(banner.hidden).toBe(false);
    expect(banner.textContent).toBe('Database down. Nothing you typed was lost.');
    expect(name.control.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('sentence', () => {
  it('capitalises and ends with a full stop once', () => {
    expect(sentence('give the plan')).toBe('Give the plan.');
    expect(sentence('Done!')).toBe('Done!');
    expect(sentence('  ')).toBe('');
  });
});

describe('select fields', () => {
  it('keep the first option chosen when no value is given', () => {
    const select = field({ label: 'Opening', name: 'opening_id', options: [{ value: 'o1', label: 'One' }, { value: 'o2', label: 'Two' }] });
    expect(select.control.value).toBe('o1');
    const chosen = field({ label: 'Opening', name: 'opening_id', value: 'o2', options: [{ value: 'o1', label: 'One' }, { value: 'o2', label: 'Two' }] });
    expect(chosen.control.value).toBe('o2');
  });
});

describe('an error under a field the user then edits', () => {
  it('goes away once the field is edited, and only that field’s', () => {
    const { el, banner, name, email } = form();
    showApiError(el, banner, new ApiError(422, 'invalid_input', 'email is required', 'email'));
    const emailSlot = el.querySelector('[data-error-for="email"]') as HTMLElement;
    expect(emailSlot.hidden).toBe(false);
    // Editing another field leaves the email's message.
    name.control.dispatchEvent(new Event('input', { bubbles: true }));
    expect(emailSlot.hidden).toBe(false);
    (email.control as HTMLInputElement).value = 'ana@x.test';
    email.control.dispatchEvent(new Event('input', { bubbles: true }));
    expect(emailSlot.hidden).toBe(true);
    expect(emailSlot.textContent).toBe('');
    expect(email.control.hasAttribute('aria-invalid')).toBe(false);
  });
});
