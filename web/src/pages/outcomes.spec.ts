// The outcomes page: the model (scores with n and mean, record versus
// correlation rows, the summary sentence) and the page with a fake API (the
// record wording below ten, the correlation and the range-restriction
// warning from ten, the hires' list), and recording a plan's decision.
import { describe, expect, it } from 'vitest';
import type { Outcomes, Plan } from '../api/types';
import { fakeApp, settle } from '../testing/fake_app';
import { aPlaybook, aUser } from '../testing/fixtures';
import { outcomesPage } from './outcomes';
import { outcomeRows, outcomesSummary, scoresText } from './outcomes_model';
import { outcomeSection } from './plan_outcome';

const playbook = aPlaybook({ categories: [{ id: 'eval_discipline', title: 'Evaluation discipline' }, { id: 'cost_observability', title: 'Cost and observability' }] });
const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const interviewer = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const stamp = { name: 'default', version: '1', reviewed: '2026-01-01' };
const none = { n: 0, scores: [], mean: null };

const record: Outcomes = {
  playbook: stamp,
  outcomes: 3,
  go: 2,
  no_go: 1,
  min_outcomes: 10,
  categories: {
    eval_discipline: { n: 3, kind: 'record', rule: 'outcomes.record', text: 'A record, not a correlation: 3 hires.', go: { n: 2, scores: [4, 4.5], mean: 4.25 }, no_go: { n: 1, scores: [2], mean: 2 }, r: null, ci: null },
    cost_observability: { n: 0, kind: 'record', rule: 'outcomes.record', text: 'A record, not a correlation: 0 hires.', go: none, no_go: none, r: null, ci: null },
  },
  warning: null,
  hires: [{ candidate_id: 'c1', name: 'Hal', outcome: 'go', decided_by: 'Mo', decided_at: 0, scorecards: 2 }],
};

const correlation: Outcomes = {
  ...record,
  outcomes: 10,
  categories: {
    eval_discipline: { n: 10, kind: 'correlation', rule: 'outcomes.correlation', text: 'Over 10 hires.', go: { n: 5, scores: [3, 4, 4, 5, 5], mean: 4.2 }, no_go: { n: 5, scores: [2, 2, 3, 3, 4], mean: 2.8 }, r: 0.68313, ci: [0.093885, 0.917937] },
  },
  warning: { rule: 'outcomes.range_restriction', text: 'Only hired people have outcomes.' },
};

describe('outcomes model', () => {
  it('lists scores with their mean, or none', () => {
    expect(scoresText({ n: 2, scores: [4, 4.5], mean: 4.25 })).toBe('4, 4.5 (mean 4.25)');
    expect(scoresText(none)).toBe('none');
  });

  it('labels a record as a record and a correlation with r and its interval', () => {
    const [evalRow, costRow] = outcomeRows(record, playbook);
    expect(evalRow).toMatchObject({ title: 'Evaluation discipline', kind: 'record', label: 'Record', r: '–', go: '4, 4.5 (mean 4.25)', goN: 2, noGoN: 1 });
    expect(costRow.n).toBe(0);
    expect(outcomeRows(correlation, playbook)[0]).toMatchObject({ kind: 'correlation', label: 'Correlation', r: '+0.68', interval: '+0.09 to +0.92' });
  });

  it('sums the decisions up in a sentence', () => {
    expect(outcomesSummary(record)).toBe('3 hires have a 90-day decision: 2 go, 1 no-go.');
    expect(outcomesSummary({ ...record, outcomes: 1, go: 1, no_go: 0 })).toBe('1 hire has a 90-day decision: 1 go, 0 no-go.');
    expect(outcomesSummary({ ...record, outcomes: 0 })).toContain('No hire has a 90-day decision yet');
  });
});

describe('outcomes page', () => {
  it('below ten outcomes says it is a record, without a correlation or warning', async () => {
    const { app } = fakeApp({ 'GET /outcomes': () => [200, record] }, manager, playbook);
    await outcomesPage(app);
    const row = app.main.querySelector('tr[data-category=eval_discipline]');
    expect(row?.getAttribute('data-kind')).toBe('record');
    expect(row?.textContent).toContain('A record, not a correlation');
    expect(row?.querySelector('[data-r]')).toBeNull();
    expect(row?.querySelector('[data-rule="outcomes.record"]')).not.toBeNull();
    expect(app.main.querySelector('[data-warning]')).toBeNull();
    expect(app.main.querySelector('li[data-candidate=c1]')?.textContent).toContain('recorded by Mo');
  });

  it('from ten shows the correlation and the range-restriction warning', async () => {
    const { app } = fakeApp({ 'GET /outcomes': () => [200, correlation] }, manager, playbook);
    await outcomesPage(app);
    expect(app.main.querySelector('tr[data-category=eval_discipline] [data-r]')?.textContent).toBe('r = +0.68 (95% interval +0.09 to +0.92)');
    expect(app.main.querySelector('[data-warning]')?.textContent).toContain('Only hired people have outcomes.');
  });

  it('shows the API’s refusal as a sentence', async () => {
    const { app } = fakeApp({ 'GET /outcomes': () => [403, { error: { code: 'permission_denied', message: 'managers and admins only' } }] }, interviewer, playbook);
    await outcomesPage(app);
    expect(app.main.querySelector('[role=alert]')?.textContent).toContain('managers and admins only');
  });
});

describe('a plan’s 90-day decision', () => {
  const plan = { id: 'p1', candidate_id: 'c1', opening_id: null, plan: {}, status: {}, created_at: 0, updated_at: 0, outcome: null } as unknown as Plan;

  it('records go or no-go with a reason and shows it', async () => {
    const { app, calls } = fakeApp(
      { 'POST /plans/p1/outcome': (body) => [200, { ...plan, outcome: { ...(body as object), decided_by: 'u-mo', decided_at: 0 } }] },
      manager,
      playbook,
    );
    const section = outcomeSection(app, plan);
    app.main.append(section);
    (section.querySelector('select[name=decision]') as HTMLSelectElement).value = 'no_go';
    (section.querySelector('textarea[name=reason]') as HTMLTextAreaElement).value = ' missed the cost target ';
    section.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/plans/p1/outcome', body: { decision: 'no_go', reason: 'missed the cost target' } });
    expect(section.querySelector('[data-outcome=no_go]')?.textContent).toContain('missed the cost target');
  });

  it('puts the API’s field error beside the reason', async () => {
    const { app } = fakeApp({ 'POST /plans/p1/outcome': () => [422, { error: { code: 'invalid_input', message: 'give the reason', field: 'reason' } }] }, manager, playbook);
    const section = outcomeSection(app, plan);
    app.main.append(section);
    section.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(section.querySelector('textarea[name=reason]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('waits for the hire: no form while the linked candidate is not hired', () => {
    const { app } = fakeApp({}, manager, playbook);
    const waiting = outcomeSection(app, plan, 'interview');
    expect(waiting.querySelector('form')).toBeNull();
    expect(waiting.querySelector('[data-needs-hire]')?.textContent).toContain('hired stage first');
    const hired = outcomeSection(app, plan, 'hired');
    expect(hired.querySelector('form')).not.toBeNull();
    expect(hired.querySelector('[data-needs-hire]')).toBeNull();
  });

  it('offers no form to interviewers or on a plan without a hire', () => {
    const { app } = fakeApp({}, interviewer, playbook);
    expect(outcomeSection(app, plan).querySelector('form')).toBeNull();
    const { app: managerApp } = fakeApp({}, manager, playbook);
    const unlinked = outcomeSection(managerApp, { ...plan, candidate_id: null } as unknown as Plan);
    expect(unlinked.querySelector('form')).toBeNull();
    expect(unlinked.textContent).toContain('linked to no hire');
  });
});
