// The candidate page: names on scorecards, the opening and kit links.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApp } from '../testing/fake_app';
import { candidatePage } from './candidate';
import { aUser } from '../testing/fixtures';

const ana = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const benId = '156922aa-0000';
const opening = { id: 'o1', title: 'Support triage engineer', brief_id: 'b1', archetype: 'applied_ai_engineer', status: 'open', kit: null, plan: null };
const card = (interviewer_id: string, score: number) => ({ id: `s-${interviewer_id}`, candidate_id: 'c1', interviewer_id, scores: { eval_discipline: score }, notes: {}, red_flags: [], state: 'submitted' });
const evaluation = {
  candidate: { id: 'c1', name: 'Priya' },
  interviewers: 2,
  overall_mean: 3,
  categories: [{ id: 'eval_discipline', title: 'Evaluation discipline', mean: 3, min: 2, max: 4, spread: 2, count: 2, scores: [{ interviewer: 'Ana', score: 2 }, { interviewer: 'Ben', score: 4 }] }],
  gate: { risky_first_hire: false, failing: [], rule: 'gate.pass', reason: 'Every gate category is 3 or more.' },
  red_flags: [],
  disagreements: [],
  weak_evidence: [],
  recommendation: { decision: 'hire', rule: 'recommendation.hire', reason: 'Good.' },
};

beforeEach(() => localStorage.clear());

describe('candidate page', () => {
  it('names the other interviewer for an interviewer, who may not read the users list', async () => {
    const { app, calls } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: 'o1', name: 'Priya', email: '', profile: {}, status: 'new' }],
        'GET /candidates/c1/scorecards': () => [200, { items: [card('u-ana', 2), card(benId, 4)] }],
        'GET /candidates/c1/evaluation': () => [200, evaluation],
        'GET /openings/o1': () => [200, opening],
      },
      ana,
    );
    await candidatePage(app, { id: 'c1' });
    expect(calls.map((c) => c.path)).not.toContain('/users');
    const heading = app.main.querySelector(`[data-scorecard="${benId}"] h3`)!.textContent!;
    expect(heading).toContain('Ben');
    expect(heading).not.toContain('156922');
    expect(app.main.querySelector('[data-scorecard="u-ana"] h3')!.textContent).toContain('You');
  });

  it('links the opening and its interview kit', async () => {
    const { app } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: 'o1', name: 'Priya', email: '', profile: {}, status: 'new' }],
        'GET /candidates/c1/scorecards': () => [200, { items: [] }],
        'GET /candidates/c1/evaluation': () => [409, { error: { code: 'no_submitted_scorecards', message: 'none' } }],
        'GET /openings/o1': () => [200, opening],
      },
      ana,
    );
    await candidatePage(app, { id: 'c1' });
    const link = app.main.querySelector('[data-opening="o1"] a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Support triage engineer');
    expect(link.getAttribute('href')).toBe('/openings/o1');
    expect(app.main.querySelector('[data-kit-link]')!.getAttribute('href')).toBe('/openings/o1');
  });

  it('says when the candidate has no opening, with no kit link', async () => {
    const { app } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: null, name: 'Priya', email: '', profile: {}, status: 'new' }],
        'GET /candidates/c1/scorecards': () => [200, { items: [] }],
        'GET /candidates/c1/evaluation': () => [409, { error: { code: 'no_submitted_scorecards', message: 'none' } }],
      },
      ana,
    );
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-kit-link]')).toBeNull();
    expect(app.main.textContent).toContain('Not linked to an opening');
  });
});
