// Calibration and outcomes in the browser (runs after journey.spec.ts, on
// the same server): two interviewers score two candidates in part and one is
// hired; the manager reads the calibration page (chart, tables), finds no
// 90-day form on the plan of the candidate not hired, records the hire's
// 90-day decision on the plan page and reads the outcomes page, which calls
// the single outcome a record. Each page goes through axe and a 375 px
// screen; an interviewer has neither page in the navigation.
import { test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { axe, baseUrl, fitsNarrowScreen, idle, ok, PASSWORD, shot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

let browser: Browser;
let base = '';
let managerContext: BrowserContext;
const created = { hire: '', other: '', plan: '', otherPlan: '' };
const newContext = () => browser.newContext({ viewport: { width: 1100, height: 900 } });

// A signed-in API session for `email`: its request context and a write
// helper that sends the CSRF token.
async function apiAs(email: string): Promise<{ request: APIRequestContext; write: (method: 'POST' | 'PATCH', path: string, data: unknown) => Promise<Record<string, unknown>> }> {
  const context = await newContext();
  const login = await context.request.post(`${base}/api/v1/login`, { data: { email, password: PASSWORD } });
  ok(login.ok(), `sign-in of ${email}: ${login.status()}`);
  const csrf = ((await login.json()) as { csrf_token: string }).csrf_token;
  const write = async (method: 'POST' | 'PATCH', path: string, data: unknown) => {
    const answer = await context.request.fetch(`${base}/api/v1${path}`, { method, data, headers: { 'X-CSRF-Token': csrf } });
    ok(answer.ok(), `${method} ${path}: ${answer.status()} ${await answer.text()}`);
    return (await answer.json()) as Record<string, unknown>;
  };
  return { request: context.request, write };
}

test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
  base = baseUrl();
  managerContext = await newContext();
  const manager = await apiAs('maria@example.test');
  created.hire = (await manager.write('POST', '/candidates', { name: 'Hedy Calibrated' })).id as string;
  created.other = (await manager.write('POST', '/candidates', { name: 'Otto Calibrated' })).id as string;
  const ana = await apiAs('ana@example.test');
  const ben = await apiAs('ben@example.test');
  // Partial scorecards: only two categories assessed.
  await ana.write('POST', `/candidates/${created.hire}/scorecards`, { scores: { eval_discipline: 5, cost_observability: 4 }, notes: { eval_discipline: 'built a golden set of 200 tickets' } });
  await ben.write('POST', `/candidates/${created.hire}/scorecards`, { scores: { eval_discipline: 3, cost_observability: 4 }, notes: {} });
  await ana.write('POST', `/candidates/${created.other}/scorecards`, { scores: { eval_discipline: 4 }, notes: { eval_discipline: 'ran regression checks weekly' } });
  await ben.write('POST', `/candidates/${created.other}/scorecards`, { scores: { eval_discipline: 2 }, notes: {} });
  // Hedy is hired (the decision moves her to the hired stage): only a hire has a 90-day decision.
  await manager.write('POST', `/candidates/${created.hire}/decisions`, { decision: 'hire', reason: 'Built and measured a golden evaluation set.' });
  created.plan = (await manager.write('POST', '/plans', { candidate_id: created.hire, plan: { windows: [] } })).id as string;
  created.otherPlan = (await manager.write('POST', '/plans', { candidate_id: created.other, plan: { windows: [] } })).id as string;
});

test('calibration: agreement chart and tables, accessible, fits a phone', async () => {
  const manager = await signIn(managerContext, 'maria@example.test');
  await manager.getByRole('link', { name: 'Calibration' }).click();
  await manager.waitForURL(/\/calibration$/);
  await idle(manager);
  await manager.locator('tr[data-category="eval_discipline"]').waitFor();
  ok((await manager.locator('canvas.alpha-chart').count()) === 1, 'the agreement chart is drawn');
  const band = (await manager.locator('tr[data-category="eval_discipline"]').textContent()) ?? '';
  ok(/(Poor|Tentative|Reliable) agreement|Not enough data/.test(band), `band in words: ${band}`);
  ok((await manager.locator('tr[data-interviewer="Ana Interviewer"]').count()) === 1, 'Ana in the interviewer table');
  await axe(manager, 'calibration');
  await fitsNarrowScreen(manager, 'calibration');
  await shot(manager, 'calibration');
});

test('outcomes: a 90-day decision recorded on the plan is a record, not a correlation', async () => {
  const manager = managerContext.pages()[0];
  // Otto is not hired: his plan says so instead of offering the form.
  await manager.goto(`${base}/plans/${created.otherPlan}`);
  await idle(manager);
  await manager.locator('[data-needs-hire]').waitFor();
  ok((await manager.locator('select[name=decision]').count()) === 0, 'no decision form before the hire');
  await manager.goto(`${base}/plans/${created.plan}`);
  await idle(manager);
  await manager.locator('select[name=decision]').selectOption('go');
  await manager.locator('textarea[name=reason]').fill('The pilot met its accuracy and cost targets.');
  await manager.getByRole('button', { name: 'Record decision' }).click();
  await manager.getByText(/^Recorded: Go/).waitFor();
  await axe(manager, 'plan with its decision');
  await manager.getByRole('link', { name: 'Outcomes' }).click();
  await manager.waitForURL(/\/outcomes$/);
  await idle(manager);
  const row = manager.locator('tr[data-category="eval_discipline"]');
  await row.waitFor();
  ok((await row.getAttribute('data-kind')) === 'record', 'one outcome is a record');
  ok(((await row.textContent()) ?? '').includes('not a correlation'), 'the record is labelled as such');
  ok((await manager.locator(`li[data-candidate="${created.hire}"]`).count()) === 1, 'the hire is listed with the decision');
  ok((await manager.locator('[data-warning]').count()) === 0, 'no range-restriction warning without a correlation');
  await axe(manager, 'outcomes');
  await fitsNarrowScreen(manager, 'outcomes');
  await shot(manager, 'outcomes');
});

test('interviewers have neither page', async () => {
  const ana = await signIn(await newContext(), 'ana@example.test');
  await idle(ana);
  ok((await ana.getByRole('link', { name: 'Calibration' }).count()) === 0, 'no Calibration link');
  ok((await ana.getByRole('link', { name: 'Outcomes' }).count()) === 0, 'no Outcomes link');
  await ana.goto(`${base}/calibration`);
  await idle(ana);
  await ana.getByRole('heading', { name: 'Not allowed' }).waitFor();
});
