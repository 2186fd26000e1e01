// Evidence from interview notes, end to end: an interviewer opens an
// assigned interview from "My interviews" and gets its questions and focus;
// before submitting, her own notes are checked against her scores (a 5 whose
// note says she eyeballs outputs is a mismatch), never showing a colleague's
// words; the manager then reads each note with its quotes highlighted and the
// rule behind "Why?"; a vendor's answers show the claims that answered each
// risk question. Independent of journey.spec.ts: it makes its own brief,
// opening, candidate and proposal through the API.
import { test, type Browser, type Page } from '@playwright/test';
import { api, axeBothWidths, baseUrl, idle, ok, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

let browser: Browser;
let manager: Page;
let ana: Page;
let ben: Page;
const state = { candidateId: '', candidateName: 'Noor Haddad' };
// Words only Ben writes: Ana must never see them before she submits.
const BEN_WORDS = 'Ben heard a regression suite of 200 tickets run on every prompt change';
const ANA_NOTE = 'Said they mostly eyeball the outputs.';

const brief = {
  workflow: {
    name: 'Invoice intake',
    description: 'Supplier invoices arriving by email are read, their fields extracted and checked against purchase orders, and a clerk approves each one.',
    runs_per_week: 900,
    standard_product_exists: false,
    stage: 'idea',
  },
  metric: { name: 'invoices processed per clerk hour', baseline: 12, target: 40, unit: 'invoices' },
  data: { sources: [{ name: 'Invoice archive', access: 'available', sensitivity: 'internal' }] },
  constraints: { regulated: false, mistake_cost: 'medium', human_review: true, timeline_weeks: 16, budget_usd: 80000, monthly_run_budget_usd: 1500, security_review: 'design' },
  owner: { name: 'Iris Patel', role: 'Head of Finance Operations' },
  organisation: { technical_leadership: true, ai_is_core_advantage: false, urgency: 'medium', needs: ['ai', 'backend'] },
};

test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
  const context = () => browser.newContext({ viewport: { width: 1100, height: 900 } });
  manager = await signIn(await context(), 'maria@example.test');
  ana = await signIn(await context(), 'ana@example.test');
  ben = await signIn(await context(), 'ben@example.test');
});

test('a manager opens a role, adds a candidate and assigns Ana an interview on evaluation and security', async () => {
  const saved = await api<{ id: string }>(manager, 'POST', '/briefs', { title: 'Invoice intake', brief });
  const opening = await api<{ id: string }>(manager, 'POST', '/openings', { title: 'Invoice intake engineer', brief_id: saved.id, status: 'open' });
  const candidate = await api<{ id: string }>(manager, 'POST', '/candidates', { name: state.candidateName, email: 'noor@example.test', opening_id: opening.id });
  state.candidateId = candidate.id;
  const users = await api<{ items: { id: string; email: string }[] }>(manager, 'GET', '/users?limit=500');
  const anaId = users.items.find((u) => u.email === 'ana@example.test')!.id;
  await api(manager, 'POST', '/interviews', { candidate_id: candidate.id, interviewer_id: anaId, kind: 'technical', focus: ['eval_discipline', 'security_guardrails'], due_at: Date.now() + 86_400_000 });
  // Ben scores first, so his notes exist while Ana writes hers.
  await api(ben, 'POST', `/candidates/${candidate.id}/scorecards`, {
    scores: { eval_discipline: 4, production_shipping: 4 },
    notes: { eval_discipline: BEN_WORDS },
    summary: 'Would hire.',
    red_flags: [],
  });
});

test('Ana scores from My interviews: the interview’s questions and focus, and her own notes checked before she submits', async () => {
  await ana.goto(`${baseUrl()}/my-interviews`);
  await idle(ana);
  await ana.getByRole('link', { name: `Score ${state.candidateName}` }).click();
  await ana.waitForURL(/\/score\?interview=/);
  await idle(ana);
  const brief = ana.locator('.interview-brief');
  await brief.waitFor();
  ok((await brief.textContent())!.includes('Focus: '), 'the interview names its focus');
  ok((await brief.locator('[data-question]').count()) > 0, 'the kit’s questions for the focus are shown');
  ok((await ana.locator('details.other-categories').getAttribute('open')) === null, 'the other categories are folded away');
  ok((await ana.locator('details.other-categories [data-category="eval_discipline"]').count()) === 0, 'evaluation is one of this interview’s');

  await ana.locator('[data-category="eval_discipline"] input[value="5"]').check();
  await ana.locator('[data-category="eval_discipline"] textarea').fill(ANA_NOTE);
  await ana.locator('[data-category="security_guardrails"] input[value="4"]').check();
  await ana.locator('[data-category="security_guardrails"] textarea').fill('Walked through the prompt injection tests she wrote and the rollback switch.');
  await ana.getByLabel(/^Summary/).fill('Keen and clear, but tests outputs by eye.');
  await ana.getByRole('button', { name: 'Check my notes now' }).click();
  const mismatch = ana.locator('.own-check [data-mismatch="eval_discipline"]');
  await mismatch.waitFor();
  ok((await mismatch.textContent())!.includes('5'), 'the mismatch names the score');
  await ana.locator('.own-check [data-suggested-flag="manual_validation_only"] mark', { hasText: 'eyeball' }).waitFor();
  // The blind rule: nothing of Ben's reaches her page before she submits.
  ok(!(await ana.content()).includes(BEN_WORDS), 'no colleague’s words on the form');
  await axeBothWidths(ana, 'scorecard form with its own check');

  await ana.getByRole('button', { name: 'Submit scorecard' }).click();
  await ana.waitForURL((url) => !url.pathname.endsWith('/score'));
  await idle(ana);
});

test('the manager reads each note with its quoted evidence highlighted, the mismatch, and how certain it is', async () => {
  await manager.goto(`${baseUrl()}/candidates/${state.candidateId}`);
  await idle(manager);
  const mark = manager.locator('[data-score="eval_discipline"] mark.evidence', { hasText: 'eyeball' });
  await mark.waitFor();
  const why = manager.locator('[data-score="eval_discipline"] details.why').first();
  ok(!(await why.locator('code.rule').isVisible()), 'the rule is folded away');
  await why.locator('summary').click();
  ok(await why.locator('code.rule').isVisible(), 'the rule shows on "Why?"');
  ok((await manager.locator('.evaluation-evidence [data-mismatch="eval_discipline"]').count()) === 1, 'the mismatch is listed');
  ok((await manager.locator('[data-certainty="less_certain"]').count()) === 1, 'two interviews make it less certain');
  ok((await manager.locator('[data-scored-by="eval_discipline"]').textContent()) === '2 of 2', 'two interviewers scored evaluation');
  ok((await manager.locator('[data-scored-by="security_guardrails"]').textContent()) === '1 of 2', 'one scored security');
  await axeBothWidths(manager, 'candidate evaluation with evidence');
});

test('a proposal shows the vendor’s answers with the claims that answered each question, and the questions left open', async () => {
  await manager.goto(`${baseUrl()}/proposals`);
  await idle(manager);
  await manager.getByLabel('Vendor name').fill('Ledgerline');
  await manager
    .getByLabel("How will the system's outputs be tested before launch, and how will they keep being checked once it is live?")
    .fill('Evals, metrics, dashboards. We run a golden set of 300 invoices on every prompt change and block the release when accuracy drops.');
  await manager.getByRole('button', { name: 'Review proposal' }).click();
  await manager.waitForURL(/\/proposals\/[^/]+$/);
  await idle(manager);
  const claim = manager.locator('[data-question="evaluation"] mark[data-claim]').first();
  await claim.waitFor();
  ok((await claim.textContent())!.includes('golden set of 300 invoices'), 'the claim that answered is highlighted');
  ok((await manager.locator('[data-question="security"] [data-answer-state="none"]').count()) === 1, 'an unanswered question says so');
  await axeBothWidths(manager, 'proposal answers');
});
