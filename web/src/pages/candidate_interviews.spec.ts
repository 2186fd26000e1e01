// Assigning a candidate's interviews from their page (managers).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApp, settle } from '../testing/fake_app';
import { candidatePage } from './candidate';
import { assignmentBody } from './candidate_interviews';
import { aUser } from '../testing/fixtures';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const ben = aUser({ id: 'u-ben', email: 'ben@x.test', name: 'Ben', role: 'interviewer', active: true });
const listing = <T>(items: T[]) => ({ items, total: items.length, limit: 500, offset: 0 });

beforeEach(() => localStorage.clear());

describe('assignmentBody', () => {
  it('needs an interviewer; sends focus and the due time as milliseconds when given', () => {
    expect(assignmentBody('c1', { interviewer_id: '', kind: 'technical', due: '', focus: [] })).toEqual({ field: 'interviewer_id', message: 'Choose who interviews.' });
    expect(assignmentBody('c1', { interviewer_id: 'u-ben', kind: 'product', due: '', focus: [] })).toEqual({ body: { candidate_id: 'c1', interviewer_id: 'u-ben', kind: 'product' } });
    const due = assignmentBody('c1', { interviewer_id: 'u-ben', kind: 'technical', due: '2026-12-03T15:30', focus: ['eval_discipline'] });
    expect(due).toEqual({ body: { candidate_id: 'c1', interviewer_id: 'u-ben', kind: 'technical', focus: ['eval_discipline'], due_at: new Date('2026-12-03T15:30').getTime() } });
    expect(assignmentBody('c1', { interviewer_id: 'u-ben', kind: 'technical', due: 'soon', focus: [] })).toEqual({ field: 'due_at', message: expect.stringContaining('date and time') });
  });
});

describe('interviews on the candidate page', () => {
  it('lists who interviews and assigns a new interview', async () => {
    const { app, calls, navigated } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: null, name: 'Priya', email: '', profile: {}, status: 'new' }],
        'GET /candidates/c1/scorecards': () => [200, { items: [] }],
        'GET /candidates/c1/evaluation': () => [409, { error: { code: 'no_submitted_scorecards', message: 'none' } }],
        'GET /users': () => [200, listing([manager, ben])],
        'GET /candidates/c1/decisions': () => [200, { items: [] }],
        'GET /interviews': () => [200, listing([{ id: 'i1', candidate_id: 'c1', interviewer_id: 'u-ben', kind: 'technical', status: 'scheduled', focus: ['eval_discipline'] }])],
        'POST /interviews': (body) => [201, { id: 'i2', ...(body as object) }],
      },
      manager,
      { categories: [{ id: 'eval_discipline', title: 'Evaluation discipline' }, { id: 'security_guardrails', title: 'Security' }] } as never,
    );
    await candidatePage(app, { id: 'c1' });
    const item = app.main.querySelector('[data-interview="i1"]')!;
    expect(item.textContent).toContain('Technical interview with Ben');
    expect(item.textContent).toContain('Focus: Evaluation discipline');
    expect(item.textContent).toContain('Scorecard not in yet');
    expect(app.main.querySelector('[data-completion]')!.textContent).toBe('Scorecards in: 0 of 1 assigned interviewers.');
    const form = app.main.querySelector('select[name=interviewer_id]')!.closest('form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect(form.querySelector('[data-error-for="interviewer_id"]')!.textContent).toBe('Choose who interviews.');
    (form.querySelector('select[name=interviewer_id]') as HTMLSelectElement).value = 'u-ben';
    (form.querySelector('input[name=focus][value=security_guardrails]') as HTMLInputElement).checked = true;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ candidate_id: 'c1', interviewer_id: 'u-ben', kind: 'technical', focus: ['security_guardrails'] });
    expect(navigated).toHaveLength(1);
  });

  it('says whose scorecard is in: completion per interviewer', async () => {
    const ana = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer', active: true });
    const { app } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: null, name: 'Priya', email: '', profile: {}, status: 'new' }],
        'GET /candidates/c1/scorecards': () => [
          200,
          {
            items: [
              { candidate_id: 'c1', interviewer_id: 'u-ben', state: 'submitted', scores: { eval_discipline: 4 }, notes: {}, red_flags: [] },
              { candidate_id: 'c1', interviewer_id: 'u-ana', state: 'draft', scores: { eval_discipline: 2 }, notes: {}, red_flags: [] },
            ],
          },
        ],
        'GET /candidates/c1/evaluation': () => [409, { error: { code: 'no_submitted_scorecards', message: 'none' } }],
        'GET /users': () => [200, listing([manager, ben, ana])],
        'GET /candidates/c1/decisions': () => [200, { items: [] }],
        'GET /interviews': () => [
          200,
          listing([
            { id: 'i1', candidate_id: 'c1', interviewer_id: 'u-ben', kind: 'technical', status: 'scheduled', focus: [] },
            { id: 'i2', candidate_id: 'c1', interviewer_id: 'u-ana', kind: 'product', status: 'scheduled', focus: [] },
          ]),
        ],
      },
      manager,
    );
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-interview="i1"]')!.textContent).toContain('Scorecard in');
    expect(app.main.querySelector('[data-interview="i2"]')!.textContent).toContain('Scorecard not in yet');
    expect(app.main.querySelector('[data-completion]')!.textContent).toBe('Scorecards in: 1 of 2 assigned interviewers.');
  });
});
