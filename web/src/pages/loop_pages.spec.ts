// The loop's screens against the API's names, with the fake app: the
// pipeline board, "My interviews", the stage and the split gate on the
// candidate page.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/types';
import { fakeApp, settle } from '../testing/fake_app';
import { candidatePage } from './candidate';
import { myInterviewsPage } from './my_interviews';
import { pipelinePage } from './pipeline';
import { aUser } from '../testing/fixtures';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const ana = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const opening = { id: 'o1', title: 'Support triage engineer', brief_id: null, archetype: 'applied_ai_engineer', status: 'open', kit: null, plan: null };
const listing = <T>(items: T[]) => ({ items, total: items.length, limit: 500, offset: 0 });
const stages = ['applied', 'screen', 'interviews', 'decision', 'offer', 'hired', 'rejected', 'withdrawn'];

beforeEach(() => localStorage.clear());

const DAY = 86_400_000;
const AS_OF = Date.UTC(2026, 10, 30, 12);

function boardApp(user: SessionUser, patch: (body: unknown) => [number, unknown?] = () => [200, {}]) {
  const people = [
    { id: 'c1', opening_id: 'o1', name: 'Priya', email: '', profile: null, status: 'new', stage: 'screen', stage_entered_at: AS_OF - 3 * DAY },
    { id: 'c2', opening_id: 'o1', name: 'Lena', email: '', profile: null, status: 'new', stage: 'applied', stage_entered_at: AS_OF - 3_600_000 },
  ];
  return fakeApp(
    {
      'GET /openings/o1': () => [200, opening],
      'GET /openings/o1/pipeline': () => [
        200,
        {
          as_of: AS_OF,
          stages: stages.map((id) => {
            const here = people.filter((p) => p.stage === id);
            return { id, count: here.length, median_ms_in_stage: here.length ? AS_OF - here[0].stage_entered_at : null };
          }),
          funnel: {
            candidates: 4,
            stages: [
              { id: 'applied', title: 'Applied', reached: 4, share_of_previous: null },
              { id: 'screen', title: 'Screen', reached: 3, share_of_previous: 0.75 },
              { id: 'interviews', title: 'Interviews', reached: 2, share_of_previous: 2 / 3 },
              { id: 'hired', title: 'Hired', reached: 0, share_of_previous: 0 },
            ],
            exits: [
              { id: 'rejected', title: 'Rejected', count: 1 },
              { id: 'withdrawn', title: 'Withdrawn', count: 0 },
            ],
          },
        },
      ],
      'GET /candidates': () => [200, listing(people)],
      'PATCH /candidates/c1': (body) => {
        const answer = patch(body);
        if (answer[0] < 300) people[0].stage = (body as { stage: string }).stage;
        return answer;
      },
    },
    user,
  );
}

function column(root: HTMLElement, stage: string): HTMLElement {
  return root.querySelector(`[data-stage="${stage}"]`) as HTMLElement;
}

describe('pipeline board', () => {
  it('draws a column per stage with its candidates and count', async () => {
    const { app } = boardApp(manager);
    await pipelinePage(app, { id: 'o1' });
    expect(Array.from(app.main.querySelectorAll('.board-column')).map((c) => c.getAttribute('data-stage'))).toEqual(stages);
    expect(column(app.main, 'screen').textContent).toContain('Priya');
    expect(column(app.main, 'screen').querySelector('h2')!.textContent).toBe('Screen (1)');
    expect(column(app.main, 'hired').textContent).toContain('Nobody at this stage');
  });

  it('shows the funnel as a table: reached per stage, the share of the previous, exits apart', async () => {
    const { app } = boardApp(ana);
    await pipelinePage(app, { id: 'o1' });
    const section = app.main.querySelector('section.funnel') as HTMLElement;
    expect(section.getAttribute('aria-labelledby')).toBe('funnel-h');
    expect(section.querySelector('h2')!.textContent).toBe('Funnel');
    const table = section.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toBe('Candidates who reached each stage');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Applied', '4', '—'],
      ['Screen', '3', '75%'],
      ['Interviews', '2', '67%'],
      ['Hired', '0', '0%'],
    ]);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
    expect(section.querySelector('[data-funnel-exits]')!.textContent).toBe('Left the process (counted apart): Rejected 1 · Withdrawn 0');
    expect(section.textContent).toContain('How far the 4 candidates of this opening got');
  });

  it('says how long each candidate has been in their stage, and the stage’s median', async () => {
    const { app } = boardApp(manager);
    await pipelinePage(app, { id: 'o1' });
    expect(column(app.main, 'screen').querySelector('[data-in-stage]')!.textContent).toBe('In this stage 3 days');
    expect(column(app.main, 'applied').querySelector('[data-in-stage]')!.textContent).toBe('In this stage under a day');
    expect(column(app.main, 'screen').querySelector('[data-median]')!.textContent).toBe('Median time here: 3 days');
    expect(column(app.main, 'hired').querySelector('[data-median]')).toBeNull();
  });

  it('moves a candidate with the arrow keys, then shows them in the new column', async () => {
    const { app, calls } = boardApp(manager);
    await pipelinePage(app, { id: 'o1' });
    const card = app.main.querySelector('[data-candidate="c1"]') as HTMLElement;
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    expect(calls.find((c) => c.method === 'PATCH')).toEqual({ method: 'PATCH', path: '/candidates/c1', body: { stage: 'interviews' } });
    expect(column(app.main, 'interviews').textContent).toContain('Priya');
    expect(app.main.querySelector('.board-status')!.textContent).toBe('Priya moved to Interviews.');
  });

  it('moves a candidate dropped on another column', async () => {
    const { app, calls } = boardApp(manager);
    await pipelinePage(app, { id: 'o1' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { getData: (type: string) => (type === 'text/plain' ? 'c1' : '') } });
    column(app.main, 'offer').dispatchEvent(drop);
    await settle();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ stage: 'offer' });
    expect(column(app.main, 'offer').textContent).toContain('Priya');
  });

  it('asks why before a move to rejected, and sends the reason', async () => {
    const { app, calls } = boardApp(manager);
    await pipelinePage(app, { id: 'o1' });
    const select = app.main.querySelector('[data-candidate="c1"] select') as HTMLSelectElement;
    select.value = 'rejected';
    select.dispatchEvent(new Event('change'));
    const step = app.main.querySelector('[data-reason-for="rejected"]') as HTMLFormElement;
    expect(step).not.toBeNull();
    step.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    expect(step.querySelector('.field-error')!.textContent).toContain('Say why');
    (step.querySelector('textarea') as HTMLTextAreaElement).value = 'No evaluation practice';
    step.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ stage: 'rejected', stage_reason: 'No evaluation practice' });
  });

  it('leaves the candidate where they were when the reason is cancelled', async () => {
    const { app, calls } = boardApp(manager);
    await pipelinePage(app, { id: 'o1' });
    const select = app.main.querySelector('[data-candidate="c1"] select') as HTMLSelectElement;
    select.value = 'withdrawn';
    select.dispatchEvent(new Event('change'));
    const step = app.main.querySelector('[data-reason-for="withdrawn"]')!;
    step.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(app.main.querySelector('[data-reason-for]')).toBeNull();
    expect(select.value).toBe('screen');
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
  });

  it('says when the server refuses a move', async () => {
    const { app } = boardApp(manager, () => [422, { error: { code: 'invalid_input', message: 'stage must be one of the pipeline’s stages', field: 'stage' } }]);
    await pipelinePage(app, { id: 'o1' });
    (app.main.querySelector('[data-candidate="c1"]') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await settle();
    const status = app.main.querySelector('.board-status')!;
    expect(status.getAttribute('role')).toBe('alert');
    expect(status.textContent).toContain('Priya was not moved');
  });

  it('is read-only for an interviewer', async () => {
    const { app } = boardApp(ana);
    await pipelinePage(app, { id: 'o1' });
    expect(app.main.querySelector('[data-candidate="c1"] select')).toBeNull();
    expect(app.main.querySelector('[draggable]')).toBeNull();
  });
});

describe('My interviews', () => {
  it('lists overdue, to score and done, with names, focus and links', async () => {
    const day = 24 * 60 * 60 * 1000;
    const { app } = fakeApp(
      {
        'GET /me/interviews': () => [200, listing([
          { id: 'i1', candidate_id: 'c1', interviewer_id: 'u-ana', kind: 'technical', status: 'scheduled', focus: ['eval_discipline'], due_at: Date.now() - 2 * day },
          { id: 'i2', candidate_id: 'c2', interviewer_id: 'u-ana', kind: 'technical', status: 'scheduled', due_at: Date.now() + 3 * day, candidate_name: 'Lena' },
          { id: 'i3', candidate_id: 'c3', interviewer_id: 'u-ana', kind: 'technical', status: 'scheduled', due_at: Date.now() - day },
        ])],
        'GET /candidates/c1': () => [200, { id: 'c1', name: 'Priya' }],
        'GET /candidates/c3': () => [200, { id: 'c3', name: 'Omar' }],
        'GET /candidates/c3/scorecards/mine': () => [200, { scores: {}, notes: {}, red_flags: [], state: 'submitted' }],
      },
      ana,
      { categories: [{ id: 'eval_discipline', title: 'Evaluation discipline' }] } as never,
    );
    await myInterviewsPage(app);
    const overdue = app.main.querySelector('[data-bucket="overdue"]')!;
    expect(overdue.textContent).toContain('Score Priya');
    expect(overdue.textContent).toContain('2 days overdue');
    expect(overdue.textContent).toContain('Focus: Evaluation discipline');
    expect(overdue.querySelector('a')!.getAttribute('href')).toBe('/candidates/c1/score?interview=i1');
    expect(app.main.querySelector('[data-bucket="to_score"]')!.textContent).toContain('due in 3 days');
    const done = app.main.querySelector('[data-bucket="done"]')!;
    expect(done.textContent).toContain('Omar');
    expect(done.querySelector('a')!.getAttribute('href')).toBe('/candidates/c3');
  });

  it('shows a reopened scorecard as to score again, with who reopened it and when', async () => {
    const day = 24 * 60 * 60 * 1000;
    const at = Date.now() - day;
    const { app } = fakeApp(
      {
        'GET /me/interviews': () => [200, listing([
          { id: 'i1', candidate_id: 'c1', interviewer_id: 'u-ana', kind: 'technical', status: 'completed', due_at: Date.now() + 2 * day, candidate_name: 'Priya', reopened: { by: 'u-mo', by_name: 'Mo', at } },
          { id: 'i2', candidate_id: 'c2', interviewer_id: 'u-ana', kind: 'technical', status: 'scheduled', due_at: Date.now() + 3 * day, candidate_name: 'Lena', reopened: null },
        ])],
        'GET /candidates/c1/scorecards/mine': () => [200, { scores: {}, notes: {}, red_flags: [], state: 'draft' }],
        'GET /candidates/c2/scorecards/mine': () => [200, { scores: {}, notes: {}, red_flags: [], state: 'submitted' }],
      },
      ana,
    );
    await myInterviewsPage(app);
    const open = app.main.querySelector('[data-bucket="to_score"]')!;
    const again = open.querySelector('[data-interview="i1"]')!;
    expect(again.hasAttribute('data-reopened')).toBe(true);
    expect(again.querySelector('a')!.textContent).toBe('Score Priya again');
    expect(again.querySelector('a')!.getAttribute('href')).toBe('/candidates/c1/score?interview=i1');
    expect(again.textContent).toContain(`To score again Reopened by Mo, ${new Date(at).toLocaleString()}`);
    const done = app.main.querySelector('[data-bucket="done"]')!;
    expect(done.querySelector('[data-interview="i2"]')!.hasAttribute('data-reopened')).toBe(false);
    expect(app.main.querySelector('#mi-todo')!.textContent).toBe('To score (1)');
  });

  it('says when nothing is assigned', async () => {
    const { app } = fakeApp({ 'GET /me/interviews': () => [200, listing([])] }, ana);
    await myInterviewsPage(app);
    expect(app.main.textContent).toContain('You have no interviews assigned');
  });
});

describe('candidate page: stage and split gate', () => {
  const evaluation = {
    candidate: { id: 'c1', name: 'Priya' },
    interviewers: 2,
    overall_mean: 3.2,
    categories: [{ id: 'security_guardrails', title: 'Security', mean: 3, min: 2, max: 4, spread: 2, count: 2, scores: [{ interviewer: 'Ana', score: 2 }, { interviewer: 'Ben', score: 4 }] }],
    gate: { risky_first_hire: false, failing: [], split: ['security_guardrails'], rule: 'gate.split', reason: 'Ana scored security 2.' },
    red_flags: [],
    disagreements: [],
    weak_evidence: [],
    recommendation: { decision: 'hire', rule: 'recommendation.hire', reason: 'Capped at hire.' },
  };

  it('shows the stage with its reason, the split and a follow-up request; a 422 on decision is shown', async () => {
    const { app, calls } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: 'o1', name: 'Priya', email: '', profile: {}, status: 'new', stage: 'rejected', stage_reason: 'Chose another offer' }],
        'GET /candidates/c1/scorecards': () => [200, { items: [] }],
        'GET /candidates/c1/evaluation': () => [200, evaluation],
        'GET /users': () => [200, listing([])],
        'GET /candidates/c1/decisions': () => [200, { items: [{ id: 'd1', candidate_id: 'c1', decision: 'hold', reason: 'Wait for the follow-up', rule: 'decision.hold', decided_by: 'u-mo', decided_at: 1767225600000 }] }],
        'GET /openings/o1': () => [200, opening],
        'POST /interviews': (body) => [201, { id: 'i9', ...(body as object) }],
        'POST /candidates/c1/decisions': () => [422, { error: { code: 'invalid_input', message: 'a decision needs at least one submitted scorecard' } }],
      },
      manager,
    );
    await candidatePage(app, { id: 'c1' });
    const stage = app.main.querySelector('[data-stage="rejected"]')!;
    expect(stage.textContent).toContain('Rejected');
    expect(stage.textContent).toContain('Chose another offer');
    const split = app.main.querySelector('[data-gate-split]')!;
    expect(split.textContent).toContain('Security');
    expect(split.textContent).toContain('follow-up');
    Array.from(split.querySelectorAll('button')).find((b) => b.textContent === 'Request a follow-up interview')!.click();
    await settle();
    expect(calls.find((c) => c.method === 'POST' && c.path === '/interviews')!.body).toMatchObject({ candidate_id: 'c1', kind: 'follow_up', focus: ['security_guardrails'] });
    expect(split.textContent).toContain('Follow-up interview requested');
    // The history says who decided and the rule sits behind "Why?".
    const item = app.main.querySelector('[data-decision="hold"]')!;
    expect(item.textContent).toContain('you');
    expect(item.querySelector('details.why code')!.textContent).toBe('decision.hold');
    (app.main.querySelector('textarea[name=reason]') as HTMLTextAreaElement).value = 'Strong on shipping';
    app.main.querySelector('textarea[name=reason]')!.closest('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(app.main.textContent).toContain('A decision needs at least one submitted scorecard.');
  });

  it('shows no split block when the gate has none', async () => {
    const { app } = fakeApp(
      {
        'GET /candidates/c1': () => [200, { id: 'c1', opening_id: null, name: 'Priya', email: '', profile: {}, status: 'new' }],
        'GET /candidates/c1/scorecards': () => [200, { items: [] }],
        'GET /candidates/c1/evaluation': () => [200, { ...evaluation, gate: { ...evaluation.gate, split: [] } }],
      },
      ana,
    );
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-gate-split]')).toBeNull();
    expect(app.main.querySelector('.stage')).toBeNull();
  });
});
