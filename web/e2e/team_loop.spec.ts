// The team's hiring loop in one run, as a small team would do it: an admin
// invites an interviewer, whose emailed link sets her password; the founder's
// brief opens a role and a candidate joins it; on the candidate's page the
// manager assigns two interviews (each assignment arrives by email with its
// calendar invitation); both interviewers score from "My interviews"; one of
// them scores a gate category below 3 while the mean passes, so the page shows
// the split gate and asks for a follow-up; the manager's decision, with a
// reason, moves the candidate to "hired", which the pipeline's funnel shows.
// Its records are its own: it shares
// the server with the other specs but depends on none of them.
import { test, type Browser, type Page } from '@playwright/test';
import { api, axeBothWidths, baseUrl, idle, ok, shot, signIn } from './helpers';
import { attachment, mailTo } from './mail';

test.describe.configure({ mode: 'serial' });

const IVA = { name: 'Iva Petrova', email: 'iva@example.test', password: 'a long passphrase of her own' };
const CANDIDATE = 'Tomas Lindqvist';
const GATE = ['eval_discipline', 'security_guardrails', 'cost_observability'];

let browser: Browser;
let admin: Page;
let manager: Page;
let ana: Page;
let iva: Page;
let candidateId = '';
let openingId = '';

test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
  admin = await signIn(await browser.newContext(), 'admin@example.test');
  manager = await signIn(await browser.newContext(), 'maria@example.test');
  ana = await signIn(await browser.newContext(), 'ana@example.test');
});

test('an admin invites an interviewer; the emailed link sets her password and she signs in', async () => {
  await admin.goto(`${baseUrl()}/users`);
  await idle(admin);
  const form = admin.locator('form[aria-labelledby="invite-h"]');
  await form.getByLabel('Name').fill(IVA.name);
  await form.getByLabel('Email').fill(IVA.email);
  await form.getByRole('button', { name: 'Invite' }).click();
  await admin.getByText(`It was also emailed to ${IVA.name}.`).waitFor();

  const mail = await mailTo(IVA.email, (text) => text.includes('/set-password?token='));
  const link = mail.match(/https?:\/\/\S+\/set-password\?token=[0-9a-f]+/)?.[0] ?? '';
  ok(link !== '', 'the invitation carries its link');
  iva = await (await browser.newContext()).newPage();
  await iva.goto(link);
  await idle(iva);
  await iva.getByLabel(/^New password/).fill(IVA.password);
  await iva.getByLabel('The new password again').fill(IVA.password);
  await iva.getByRole('button', { name: 'Set password' }).click();
  await iva.waitForURL((url) => url.pathname.startsWith('/signin'));
  await iva.getByLabel('Email').fill(IVA.email);
  await iva.getByLabel('Password').fill(IVA.password);
  await iva.getByRole('button', { name: 'Sign in' }).click();
  await iva.waitForURL((url) => !url.pathname.startsWith('/signin'));
});

test('the founder’s brief opens a role and a candidate joins it', async () => {
  const brief = {
    workflow: {
      name: 'Claims triage',
      description: 'Insurance claims arriving through the portal are read, their documents classified and the urgent ones routed to a senior handler, who confirms each routing.',
      runs_per_week: 1200,
      standard_product_exists: false,
      stage: 'idea',
    },
    metric: { name: 'claims routed per handler hour', baseline: 20, target: 60, unit: 'claims' },
    data: { sources: [{ name: 'Claims archive', access: 'available', sensitivity: 'internal' }] },
    constraints: { regulated: false, mistake_cost: 'medium', human_review: true, timeline_weeks: 16, budget_usd: 90000, monthly_run_budget_usd: 2000, security_review: 'design' },
    owner: { name: 'Omar Said', role: 'Head of Claims' },
    organisation: { technical_leadership: true, ai_is_core_advantage: false, urgency: 'medium', needs: ['ai', 'backend'] },
  };
  const saved = await api<{ id: string }>(manager, 'POST', '/briefs', { title: 'Claims triage', brief });
  const opening = await api<{ id: string }>(manager, 'POST', '/openings', { title: 'Claims triage engineer', brief_id: saved.id, status: 'open' });
  const candidate = await api<{ id: string; stage: string }>(manager, 'POST', '/candidates', { name: CANDIDATE, email: 'tomas@example.test', opening_id: opening.id });
  ok(candidate.stage === 'applied', `a new candidate starts as applied (${candidate.stage})`);
  candidateId = candidate.id;
  openingId = opening.id;
});

// A datetime-local value three days from now, at 10:00 local time.
function inThreeDays(): string {
  const day = new Date(Date.now() + 3 * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}T10:00`;
}

// Fills the candidate page's "Assign an interview" form and waits for the
// page to list the new interview.
async function assign(interviewer: string): Promise<void> {
  const form = manager.locator('form', { has: manager.getByRole('heading', { name: 'Assign an interview' }) });
  await form.getByLabel('Interviewer').selectOption({ label: interviewer });
  await form.getByLabel('Scorecard due').fill(inThreeDays());
  for (const category of GATE) await form.locator(`input[name="focus"][value="${category}"]`).check();
  const before = await manager.locator('.candidate-interviews li').count();
  await form.getByRole('button', { name: 'Assign' }).click();
  await manager.waitForFunction((n) => document.querySelectorAll('.candidate-interviews li').length > n, before);
}

test('the manager assigns two interviews on the candidate’s page; each arrives by email with its calendar invitation', async () => {
  await manager.goto(`${baseUrl()}/candidates/${candidateId}`);
  await idle(manager);
  await assign(IVA.name);
  await assign('Ana Interviewer');
  for (const email of [IVA.email, 'ana@example.test']) {
    const mail = await mailTo(email, (text) => text.includes(`Subject: Interview to score: ${CANDIDATE}`));
    const ics = attachment(mail, 'text/calendar; method=REQUEST');
    ok(ics.includes('BEGIN:VEVENT\r\n') && ics.includes('METHOD:REQUEST\r\n'), `${email}'s invitation is a calendar request`);
    ok(ics.replace(/\r\n /g, '').includes(`mailto:${email}`), `${email} attends the event`);
  }
  await axeBothWidths(manager, 'candidate page with two interviews assigned');
});

// One interviewer scores the candidate from "My interviews": the focus
// categories with a note each, then submits.
async function scoreFromMyInterviews(page: Page, scores: Record<string, number>, notes: Record<string, string>): Promise<void> {
  await page.goto(`${baseUrl()}/my-interviews`);
  await idle(page);
  await page.getByRole('link', { name: `Score ${CANDIDATE}` }).click();
  await page.waitForURL(/\/score\?interview=/);
  await idle(page);
  for (const [category, score] of Object.entries(scores)) {
    await page.locator(`[data-category="${category}"] input[value="${score}"]`).check();
    await page.locator(`[data-category="${category}"] textarea`).fill(notes[category]);
  }
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/score'));
  await idle(page);
}

test('both interviewers score from My interviews', async () => {
  await iva.goto(`${baseUrl()}/my-interviews`);
  await idle(iva);
  await axeBothWidths(iva, 'My interviews');
  await shot(iva, 'my-interviews');
  await scoreFromMyInterviews(
    iva,
    { eval_discipline: 2, security_guardrails: 4, cost_observability: 4 },
    {
      eval_discipline: 'Could not say how outputs would be checked beyond reading a few of them.',
      security_guardrails: 'Described least-privilege tool access and an approval step before any write.',
      cost_observability: 'Estimated the cost per claim from token counts and set a monthly alert.',
    },
  );
  await scoreFromMyInterviews(
    ana,
    { eval_discipline: 4, security_guardrails: 4, cost_observability: 4 },
    {
      eval_discipline: 'Built a labelled set of 400 past claims and runs it on every prompt change.',
      security_guardrails: 'Walked through the injection tests written for the document reader.',
      cost_observability: 'Logs tokens and latency per claim and reviews them weekly.',
    },
  );
  const mine = await api<{ items: { candidate_id: string }[] }>(iva, 'GET', '/me/interviews');
  ok(mine.items.some((i) => i.candidate_id === candidateId), 'the assignment is Iva’s');
});

test('the split gate is shown; the decision with its reason moves the candidate to hired', async () => {
  await manager.goto(`${baseUrl()}/candidates/${candidateId}`);
  await idle(manager);
  ok((await manager.locator('[data-completion]').textContent()) === 'Scorecards in: 2 of 2 assigned interviewers.', 'both scorecards are in');
  const split = manager.locator('[data-gate-split]');
  await split.waitFor();
  ok((await split.getAttribute('data-gate-split'))!.split(' ').includes('eval_discipline'), 'evaluation is the split category');
  ok((await split.getByRole('button', { name: 'Request a follow-up interview' }).count()) === 1, 'the page asks for a follow-up');
  const evaluation = await api<{ recommendation: { decision: string } }>(manager, 'GET', `/candidates/${candidateId}/evaluation`);
  ok(evaluation.recommendation.decision !== 'strong_hire', `a split gate is at most a hire (${evaluation.recommendation.decision})`);
  await axeBothWidths(manager, 'candidate evaluation with a split gate');

  const form = manager.locator('form[aria-labelledby="decision-h"]');
  await form.getByLabel('Decision').selectOption('hire');
  await form.getByRole('textbox', { name: 'Reason' }).fill('Strong on security and cost; the follow-up on evaluation settled the split.');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await manager.locator('li[data-decision="hire"]').waitFor();
  const candidate = await api<{ stage: string }>(manager, 'GET', `/candidates/${candidateId}`);
  ok(candidate.stage === 'hired', `a hire moves the stage to hired (${candidate.stage})`);

  await manager.goto(`${baseUrl()}/openings/${openingId}/pipeline`);
  await idle(manager);
  const hired = manager.locator('[data-stage="hired"]');
  ok((await hired.textContent())!.includes(CANDIDATE), 'the board shows the hire in the hired column');
  ok((await hired.locator('[data-in-stage]').textContent()) === 'In this stage under a day', 'the card says how long they have been there');
  // The funnel: the one candidate went applied -> interviews -> hired, so they passed every step.
  const funnel = manager.getByRole('table', { name: 'Candidates who reached each stage' });
  const cells = async (stage: string) => funnel.locator(`tr[data-funnel-stage="${stage}"] > *`).allTextContents();
  ok(JSON.stringify(await cells('applied')) === JSON.stringify(['Applied', '1', '—']), `the funnel starts with everyone who applied: ${(await cells('applied')).join(' | ')}`);
  ok(JSON.stringify(await cells('screen')) === JSON.stringify(['Screen', '1', '100%']), 'skipping screen still passed it');
  ok(JSON.stringify(await cells('hired')) === JSON.stringify(['Hired', '1', '100%']), 'the hire reached the last step');
  ok((await manager.locator('[data-funnel-exits]').textContent()) === 'Left the process (counted apart): Rejected 0 · Withdrawn 0', 'exits are counted apart');
  await axeBothWidths(manager, 'pipeline board and funnel');
});
