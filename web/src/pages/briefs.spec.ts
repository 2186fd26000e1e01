// The brief wizard: each step is checked as it is left, errors in the
// field's words, every risk field asked, needs in words.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApp, settle } from '../testing/fake_app';
import { briefWizardPage } from './brief_wizard';
import { aUser } from '../testing/fixtures';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });

beforeEach(() => localStorage.clear());

function input(root: HTMLElement, name: string): HTMLInputElement {
  return root.querySelector(`[name="${name}"]`) as HTMLInputElement;
}
function button(root: HTMLElement, text: string): HTMLButtonElement {
  return Array.from(root.querySelectorAll('button')).find((b) => b.textContent === text)!;
}
function visibleStep(root: HTMLElement): number {
  return Number(root.querySelector<HTMLElement>('.step:not([hidden])')!.dataset.step);
}

describe('brief wizard steps', () => {
  it('stays on a step with a bad value and says why in the field’s words; moves on once fixed', async () => {
    const { app } = fakeApp({}, manager);
    await briefWizardPage(app, {});
    input(app.main, 'workflow.name').value = 'Triage';
    input(app.main, 'workflow.runs_per_week').value = 'lots';
    button(app.main, 'Next').click();
    expect(visibleStep(app.main)).toBe(0);
    const slot = app.main.querySelector('[data-error-for="workflow.runs_per_week"]') as HTMLElement;
    expect(slot.hidden).toBe(false);
    expect(slot.textContent).toContain('whole number');
    expect(slot.textContent).not.toContain('workflow.runs_per_week');
    expect(input(app.main, 'workflow.runs_per_week').getAttribute('aria-invalid')).toBe('true');
    input(app.main, 'workflow.runs_per_week').value = '1800';
    button(app.main, 'Next').click();
    expect(visibleStep(app.main)).toBe(1);
    // Going back is never blocked.
    button(app.main, 'Back').click();
    expect(visibleStep(app.main)).toBe(0);
  });

  it('checks the steps skipped over when jumping ahead', async () => {
    const { app } = fakeApp({}, manager);
    await briefWizardPage(app, {});
    (app.main.querySelector('[data-goto="4"]') as HTMLButtonElement).click();
    expect(visibleStep(app.main)).toBe(0);
    expect(app.main.querySelector('[data-error-for="workflow.name"]')!.textContent).toContain('Give the workflow a name');
  });

  it('asks for every field behind a risk, and names needs in words', async () => {
    const { app } = fakeApp({}, manager);
    await briefWizardPage(app, {});
    for (const name of [
      'constraints.security_review',
      'constraints.monthly_run_budget_usd',
      'constraints.cost_per_run_usd',
      'metric.monthly_value_usd',
      'constraints.takes_actions',
      'data.proprietary',
      'workflow.differentiated',
      'workflow.baseline_tried',
      'scope.out',
    ]) {
      expect(input(app.main, name), name).not.toBeNull();
    }
    const needs = Array.from(app.main.querySelectorAll<HTMLInputElement>('input[name="organisation.needs"]'));
    expect(needs.map((n) => n.value)).toEqual(['ai', 'backend', 'deployment', 'qa', 'design', 'data', 'product', 'change_management']);
    const labels = needs.map((n) => app.main.querySelector(`label[for="${n.id}"]`)!.textContent);
    expect(labels).toContain('Quality assurance and testing');
    expect(labels).not.toContain('qa');
    expect(labels).not.toContain('ai');
  });

  it('words a server error that names a field by its path', async () => {
    const { app } = fakeApp(
      { 'POST /briefs': () => [422, { error: { code: 'invalid_input', message: "expected one of design, before_launch for 'constraints.security_review'", field: 'brief.constraints.security_review' } }] },
      manager,
    );
    await briefWizardPage(app, {});
    input(app.main, 'workflow.name').value = 'Triage';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(visibleStep(app.main)).toBe(3);
    const slot = app.main.querySelector('[data-error-for="constraints.security_review"]')!;
    expect(slot.textContent).toBe('expected one of design, before_launch for “When security reviews it”');
  });
});
