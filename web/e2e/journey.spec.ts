// The web application's end-to-end journey, in order: a hiring manager
// writes a brief, opens a role, adds and imports candidates; two
// interviewers score blind; the manager decides, builds the team, reviews a
// vendor and runs a plan; an admin manages users and reads the audit log.
// Each test leaves what the next one reads (serial mode), against the server
// global_setup.ts starts; see playwright.config.ts.
import { test, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe, baseUrl, fitsNarrowScreen, idle, ok, PASSWORD, REPO as repo, shot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

let browser: Browser;
let base = '';
let managerContext: BrowserContext;
let manager: Page;
let ana: Page;
let ben: Page;
const state = { briefUrl: '', openingUrl: '', candidateUrl: '' };
const newContext = () => browser.newContext({ viewport: { width: 1100, height: 900 } });

test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
  base = baseUrl();
  managerContext = await newContext();
});

// On a failure, every open page's screenshot and main text, to see what the
// user saw.
test.afterEach(async ({ browserName }, testInfo) => {
  void browserName;
  if (testInfo.status === testInfo.expectedStatus) return;
  let index = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      index += 1;
      try {
        await testInfo.attach(`page-${index}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
        const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
        await testInfo.attach(`page-${index}.txt`, { body: `${page.url()}\n${text}`, contentType: 'text/plain' });
      } catch {
        // the page is gone
      }
    }
  }
});

test('sign-in page is accessible and a wrong password is refused next to the form', async () => {
  const page = await managerContext.newPage();
  await page.goto(`${base}/candidates`);
  await page.waitForURL(/\/signin/);
  await axe(page, 'sign in');
  await fitsNarrowScreen(page, 'sign in');
  await shot(page, 'signin');
  await page.getByLabel('Email').fill('maria@example.test');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('do not match an active account').waitFor();
  ok((await page.getByLabel('Email').inputValue()) === 'maria@example.test', 'the email was lost');
  await page.close();
});

test('a hiring manager signs in with the keyboard alone', async () => {
  manager = await managerContext.newPage();
  manager.setDefaultTimeout(15000);
  await manager.goto(`${base}/signin`);
  await idle(manager);
  // The email field has the focus; Tab moves to the password; Enter submits.
  await manager.keyboard.type('maria@example.test');
  await manager.keyboard.press('Tab');
  await manager.keyboard.type(PASSWORD);
  await manager.keyboard.press('Enter');
  await manager.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await idle(manager);
  ok(new URL(manager.url()).pathname === '/briefs', `landed on ${manager.url()}`);
  await manager.getByRole('button', { name: 'Sign out' }).waitFor();
});

test('brief wizard: write a brief and read its verdict with five criteria', async () => {
  await manager.goto(`${base}/briefs/new`);
  await idle(manager);
  await manager.getByLabel('Workflow name').fill('Support ticket triage');
  await manager.getByLabel('What happens in it today').fill('Every incoming support ticket is read, tagged with product area and urgency, routed to the right queue, and given a drafted first reply an agent approves.');
  await manager.getByLabel('How many times a week it runs').fill('1800');
  await axe(manager, 'brief wizard');
  await fitsNarrowScreen(manager, 'brief wizard');
  await manager.getByRole('button', { name: 'Next' }).click();
  await manager.getByLabel('Business metric').fill('median first response time');
  await manager.getByLabel('Baseline today').fill('9');
  await manager.getByLabel('Target', { exact: true }).fill('2');
  await manager.getByLabel('Unit').fill('hours');
  await manager.getByRole('button', { name: 'Next' }).click();
  await manager.getByLabel('Source name').fill('Zendesk ticket history');
  await manager.getByLabel('Access').selectOption('available');
  await manager.getByLabel('Sensitivity').selectOption('internal');
  await manager.getByRole('button', { name: 'Next' }).click();
  await manager.getByLabel('Cost of a wrong output').selectOption('medium');
  await manager.getByLabel('A person reviews the output').check();
  await manager.getByLabel('When security reviews it').selectOption('design');
  // A step is checked as it is left, in the field's own words.
  await manager.getByLabel('Monthly budget to run it after launch').fill('a lot');
  await manager.getByRole('button', { name: 'Next' }).click();
  const runBudgetError = manager.locator('[data-error-for="constraints.monthly_run_budget_usd"]');
  await runBudgetError.waitFor({ state: 'visible' });
  ok((await runBudgetError.textContent() ?? '').includes('monthly run budget'), `run budget error: ${await runBudgetError.textContent()}`);
  await manager.getByLabel('Monthly budget to run it after launch').fill('2000');
  ok(await runBudgetError.isHidden(), 'the error goes once the field is edited');
  await axe(manager, 'brief wizard: risk step');
  await manager.getByRole('button', { name: 'Next' }).click();
  await manager.getByLabel('Owner after launch').fill('Dana Levi');
  await manager.getByLabel('Owner’s role').fill('Head of Support');
  await manager.getByLabel('We have technical leadership in house').check();
  // Every need is in words, not an id such as "qa".
  await manager.getByLabel('Quality assurance and testing').waitFor();
  ok((await manager.getByLabel('qa', { exact: true }).count()) === 0, 'no checkbox labelled "qa"');
  // A bad value on an earlier step: the error appears beside the field, on
  // its step, in the field's own words, and nothing typed is lost.
  await manager.getByRole('button', { name: '1. Workflow' }).click();
  await manager.getByLabel('How many times a week it runs').fill('lots');
  await manager.getByRole('button', { name: 'Assess this brief' }).click();
  const runsError = manager.locator('[data-error-for="workflow.runs_per_week"]');
  await runsError.waitFor({ state: 'visible' });
  const runsText = (await runsError.textContent()) ?? '';
  ok(runsText.includes('whole number') && !runsText.includes('workflow.runs_per_week'), `the error speaks in words: ${runsText}`);
  ok((await manager.getByLabel('How many times a week it runs').getAttribute('aria-invalid')) === 'true', 'the field is marked invalid');
  ok((await manager.getByLabel('Workflow name').inputValue()) === 'Support ticket triage', 'the name was kept');
  await manager.getByLabel('How many times a week it runs').fill('1800');
  await manager.getByRole('button', { name: 'Assess this brief' }).click();
  await manager.waitForURL(/\/briefs\/[^/]+$/);
  await idle(manager);
  await manager.locator('[data-verdict]').waitFor();
  const criteria = await manager.locator('[data-criterion]').count();
  ok(criteria === 5, `${criteria} criteria shown`);
  const verdict = await manager.locator('[data-verdict]').getAttribute('data-verdict');
  ok(verdict === 'hire', `verdict ${verdict}`);
  ok((await manager.locator('[data-route]').count()) === 4, 'four routes ranked');
  state.briefUrl = manager.url();
  await axe(manager, 'brief verdict');
  await fitsNarrowScreen(manager, 'brief verdict');
  await shot(manager, 'brief-verdict');
});

test('open a role from the brief: the kit has anchors, the candidate version has none', async () => {
  await manager.getByRole('button', { name: 'Open a role from this brief' }).click();
  await manager.waitForURL(/\/openings\/[^/?]+$/);
  await idle(manager);
  await manager.locator('[data-question]').first().waitFor();
  ok((await manager.locator('.anchor').count()) > 0, 'the interviewer kit shows anchors');
  ok((await manager.locator('[data-deliverable]').count()) > 0, 'the 30-60-90 plan is shown');
  state.openingUrl = manager.url();
  await axe(manager, 'opening kit');
  await fitsNarrowScreen(manager, 'opening kit');
  await shot(manager, 'opening-kit');
  await manager.getByRole('link', { name: 'Candidate-facing version' }).click();
  await idle(manager);
  await manager.locator('[data-audience="candidate"] [data-question]').first().waitFor();
  ok((await manager.locator('.anchor').count()) === 0, 'no anchors in the candidate version');
  await axe(manager, 'candidate-facing kit');
});

test('add a candidate to the opening', async () => {
  await manager.goto(state.openingUrl);
  await idle(manager);
  await manager.getByLabel(/^Name\b/).fill('Priya Raman');
  await manager.getByLabel('Email', { exact: true }).fill('priya@example.test');
  await manager.getByRole('button', { name: 'Add candidate' }).click();
  await manager.waitForURL(/\/candidates\/[^/]+$/);
  state.candidateUrl = manager.url();
});

test('import a CSV of candidates: the server refuses a file with a bad row, naming its line, then imports the good rows', async () => {
  await manager.goto(`${base}/candidates`);
  await idle(manager);
  const csv = readFileSync(join(repo, 'examples', 'pools', 'candidates.csv'), 'utf8').trimEnd() + '\nbad-row,Broken Row,Nobody,1,maybe,1,1,1,1,1,1\n';
  await manager.getByLabel('CSV or JSON Resume file').setInputFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await manager.getByRole('button', { name: 'Import', exact: true }).click();
  await manager.getByText(/Nothing was imported: 1 row with errors/).waitFor();
  ok((await manager.locator('tr[data-line="9"]').count()) === 1, 'the bad row is reported with its line');
  ok((await manager.getByRole('link', { name: 'Osei, Sam' }).count()) === 0, 'nothing was stored');
  await manager.getByRole('button', { name: 'Import the good rows' }).click();
  await manager.getByText(/Imported 7 candidates; skipped 1 row with errors/).waitFor();
  ok((await manager.locator('tr[data-line="9"]').count()) === 1, 'the skipped row is listed with its line');
  await manager.getByLabel('Search candidates').fill('Osei');
  await manager.getByRole('link', { name: 'Osei, Sam' }).waitFor();
  await axe(manager, 'candidates');
  await fitsNarrowScreen(manager, 'candidates');
  await manager.getByLabel('Search candidates').fill('');
  await manager.getByRole('link', { name: 'Lena Park' }).waitFor();
  await shot(manager, 'candidates');
});

test('an interviewer reads the kit and its candidate-facing version without anchors', async () => {
  ana = await signIn(await newContext(), 'ana@example.test');
  ben = await signIn(await newContext(), 'ben@example.test');
  await ana.goto(state.openingUrl);
  await idle(ana);
  ok((await ana.locator('.anchor').count()) > 0, 'anchors in the interviewer kit');
  await ana.goto(`${state.openingUrl}?for=candidate`);
  await idle(ana);
  await ana.locator('[data-audience="candidate"] [data-question]').first().waitFor();
  ok((await ana.locator('.anchor').count()) === 0, 'no anchors in the candidate version');
  await axe(ana, 'kit as seen by an interviewer');
});

async function score(page: Page, scores: Record<string, number>, flags: string[] = []) {
  await page.goto(`${state.candidateUrl}/score`);
  await idle(page);
  for (const [category, value] of Object.entries(scores)) {
    await page.locator(`[data-category="${category}"] input[value="${value}"]`).check();
    await page.locator(`[data-category="${category}"] textarea`).fill(`Evidence for ${category}: scored ${value}.`);
  }
  for (const flag of flags) await page.locator(`input[name="red_flags"][value="${flag}"]`).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/score'));
  await idle(page);
}

test('interviewer scorecard: anchors beside the scale, accessible, a draft survives a reload and a cleared browser', async () => {
  await ana.goto(`${state.candidateUrl}/score`);
  await idle(ana);
  ok((await ana.locator('[data-category] .anchor.strong').count()) === 5, 'strong anchors per category');
  await ana.locator('[data-category="production_shipping"] input[value="4"]').check();
  await ana.locator('[data-category="production_shipping"] textarea').fill('Shipped a triage bot.');
  await axe(ana, 'scorecard form');
  await fitsNarrowScreen(ana, 'scorecard form');
  await shot(ana, 'scorecard');
  await ana.waitForTimeout(500);
  await ana.reload();
  await idle(ana);
  ok(await ana.locator('[data-category="production_shipping"] input[value="4"]').isChecked(), 'the draft score was restored');
  ok((await ana.locator('[data-category="production_shipping"] textarea').inputValue()) === 'Shipped a triage bot.', 'the draft note was restored');
  // Scored: the draft is saved on the server as well, and a browser that
  // kept nothing (storage cleared, another device) opens on it.
  for (const [category, value] of Object.entries({ eval_discipline: 3, data_retrieval: 3, security_guardrails: 4, cost_observability: 3 })) {
    await ana.locator(`[data-category="${category}"] input[value="${value}"]`).check();
  }
  await ana.getByText('Draft saved at').waitFor();
  await ana.evaluate(() => localStorage.clear());
  await ana.reload();
  await idle(ana);
  await ana.getByText('Your draft saved on the server was restored.').waitFor();
  ok(await ana.locator('[data-category="security_guardrails"] input[value="4"]').isChecked(), 'the server draft score was restored');
  ok((await ana.locator('[data-category="production_shipping"] textarea').inputValue()) === 'Shipped a triage bot.', 'the server draft note was restored');
});

test('the first interviewer submits; the evaluation shows the gate', async () => {
  await score(ana, { production_shipping: 4, eval_discipline: 2, data_retrieval: 4, security_guardrails: 4, cost_observability: 3 }, ['manual_validation_only']);
  await ana.locator('[data-gate]').waitFor();
  ok((await ana.locator('[data-gate]').getAttribute('data-gate')) === 'risky_first_hire', 'the gate fails on eval_discipline');
});

test('blind rule: the second interviewer cannot see the first scorecard before submitting', async () => {
  await ben.goto(state.candidateUrl);
  await idle(ben);
  await ben.locator('[data-blind="true"]').waitFor();
  ok((await ben.locator('[data-scorecard]').count()) === 0, 'no scorecard visible');
  ok(!(await ben.content()).includes('Evidence for eval_discipline'), 'no note leaked');
  await axe(ben, 'candidate page (blind)');
  // The submit is one POST: no draft follows it into a silent 409.
  const scorecardAnswers: number[] = [];
  const listen = (response: Response) => {
    if (response.request().method() === 'POST' && response.url().endsWith('/scorecards')) scorecardAnswers.push(response.status());
  };
  ben.on('response', listen);
  await score(ben, { production_shipping: 5, eval_discipline: 3, data_retrieval: 3, security_guardrails: 4, cost_observability: 5 });
  await ben.waitForTimeout(1500); // longer than the draft's 800 ms pause
  ben.off('response', listen);
  ok(!scorecardAnswers.includes(409), `scorecard POSTs answered ${scorecardAnswers.join(', ')}`);
  ok(scorecardAnswers.filter((status) => status === 201).length === 1, `one submit: ${scorecardAnswers.join(', ')}`);
  ok((await ben.locator('[data-scorecard]').count()) === 2, 'both scorecards visible after submitting');
  // The other interviewer by name, never "Interviewer 1a2b3c".
  const names = await ben.locator('[data-scorecard] h3').allTextContents();
  ok(names.some((text) => text.includes('Ana Interviewer')) && names.some((text) => text.includes('You')), `scorecard names: ${names.join(' | ')}`);
  ok(!names.some((text) => /Interviewer [0-9a-f]{6}/.test(text)), `no id as a name: ${names.join(' | ')}`);
  // The opening and its kit are one click away.
  await ben.locator('[data-opening] a').waitFor();
  ok((await ben.locator('[data-kit-link]').getAttribute('href')) === new URL(state.openingUrl).pathname, 'the kit link goes to the opening');
  await ben.goto(`${state.candidateUrl}/score`);
  await idle(ben);
  await ben.getByText('it is locked').waitFor();
});

test('the manager sees the evaluation: gate, radar chart, disagreement, decision', async () => {
  await manager.goto(state.candidateUrl);
  await idle(manager);
  await manager.locator('canvas.radar').waitFor();
  // Evaluation discipline: 2 and 3, a mean of 2.5, below the gate's 3.
  ok((await manager.locator('[data-gate="risky_first_hire"]').count()) === 1, 'the gate fails on evaluation discipline');
  ok((await manager.locator('[data-disagreement="cost_observability"]').count()) === 1, 'the 3 vs 5 disagreement on cost is shown');
  await axe(manager, 'candidate evaluation');
  await fitsNarrowScreen(manager, 'candidate evaluation');
  await shot(manager, 'candidate-evaluation');
  // The rule ids sit behind "Why?", not after every sentence.
  const why = manager.locator('[data-gate] details.why').first();
  ok(!(await why.locator('code.rule').isVisible()), 'the rule id is folded away');
  await why.locator('summary').click();
  ok(await why.locator('code.rule').isVisible(), 'the rule id shows on "Why?"');
  await manager.getByRole('combobox', { name: 'Decision' }).selectOption('hold');
  // A decision needs a reason: refused beside the field until one is given.
  await manager.getByRole('button', { name: 'Record decision' }).click();
  await manager.locator('[data-error-for="reason"]').waitFor({ state: 'visible' });
  await manager.getByRole('textbox', { name: 'Reason' }).fill('Evaluation discipline is below the bar; a follow-up on evals first.');
  await manager.getByRole('button', { name: 'Record decision' }).click();
  await manager.locator('[data-decision="hold"]').waitFor();
  ok((await manager.locator('[data-decision="hold"]').textContent() ?? '').includes('you'), 'the decision names who made it');
  // A follow-up interview assigned to Ben from the candidate's page.
  await manager.locator('select[name="interviewer_id"]').selectOption({ label: 'Ben Interviewer' });
  await manager.getByLabel('Kind').selectOption('follow_up');
  await manager.getByRole('button', { name: 'Assign' }).click();
  await manager.locator('[data-interview]', { hasText: 'Follow-up interview with Ben Interviewer' }).waitFor();
  await idle(manager);
  await axe(manager, 'candidate interviews');
});

test('team page: heat map, gaps and a proposed next hire', async () => {
  await manager.goto(`${base}/team`);
  await idle(manager);
  for (const [name, levels] of <[string, Record<string, number>][]>[
    ['Maya Okafor', { domain_expertise: 5, product_sense: 3, meta: 4, software_engineering: 1 }],
    ['Tom Becker', { data_intuition: 4, software_engineering: 2, meta: 3 }],
  ]) {
    await manager.getByLabel(/^Name\b/).fill(name);
    for (const [trait, level] of Object.entries(levels)) await manager.locator(`input[name="traits.${trait}"]`).fill(String(level));
    await manager.getByRole('button', { name: 'Add member' }).click();
    await manager.locator('.heat-table th', { hasText: name }).waitFor();
    await idle(manager);
  }
  await manager.locator('[data-pick]').first().waitFor();
  ok((await manager.locator('canvas.heatmap').count()) === 1, 'heat map drawn');
  ok((await manager.locator('.heat-legend li').count()) === 6, 'the heat map has a key for levels 0–5');
  ok(/^Coverage: \d+%$/.test((await manager.locator('[data-coverage]').textContent()) ?? ''), 'coverage as a percentage');
  // A budget nobody in the pool fits says so instead of an empty list.
  await manager.goto(`${base}/team?hires=1&budget=1`);
  await idle(manager);
  await manager.locator('[data-best-hire="nobody_fits_budget"]').waitFor();
  await manager.goto(`${base}/team`);
  await idle(manager);
  await manager.locator('[data-pick]').first().waitFor();
  await axe(manager, 'team');
  await fitsNarrowScreen(manager, 'team');
  await shot(manager, 'team');
});

test('vendor proposal: reviewed against the five risk questions', async () => {
  await manager.goto(`${base}/proposals`);
  await idle(manager);
  await manager.getByLabel('Vendor name').fill('PromptForge');
  await manager.getByLabel("How will the system's outputs be tested before launch, and how will they keep being checked once it is live?").fill('We look at the outputs.');
  await manager.getByRole('button', { name: 'Review proposal' }).click();
  await manager.waitForURL(/\/proposals\/[^/]+$/);
  await idle(manager);
  ok((await manager.locator('[data-question]').count()) === 5, 'five risk questions');
  await axe(manager, 'proposal review');
  await fitsNarrowScreen(manager, 'proposal review');
  await shot(manager, 'proposal');
});

test('plan: deliverable status is saved and the go/no-go shown', async () => {
  await manager.goto(`${base}/plans`);
  await idle(manager);
  await manager.getByRole('button', { name: 'Start plan' }).click();
  await manager.waitForURL(/\/plans\/[^/]+$/);
  await idle(manager);
  const first = manager.locator('[data-deliverable] select').first();
  await first.selectOption('done');
  await manager.getByText(/^Saved:/).waitFor();
  await manager.reload();
  await idle(manager);
  ok((await manager.locator('[data-deliverable] select').first().inputValue()) === 'done', 'status kept after reload');
  ok((await manager.locator('.go-no-go').count()) === 1, 'go/no-go shown');
  await axe(manager, 'plan');
  await fitsNarrowScreen(manager, 'plan');
  await shot(manager, 'plan');
});

test('candidate data: a manager exports one candidate and erases another; interviewers see neither button', async () => {
  const id = new URL(state.candidateUrl).pathname.split('/').pop();
  await manager.goto(state.candidateUrl);
  await idle(manager);
  const [download] = await Promise.all([
    manager.waitForEvent('download'),
    manager.getByRole('button', { name: 'Export data' }).click(),
  ]);
  ok(download.suggestedFilename() === `candidate-${id}.json`, `downloaded as ${download.suggestedFilename()}`);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  ok(exported.candidate?.name === 'Priya Raman', `the export holds ${JSON.stringify(exported.candidate)}`);
  ok(Array.isArray(exported.scorecards) && exported.scorecards.length === 2, 'the export holds both scorecards');
  await manager.getByText(`as candidate-${id}.json`).waitFor();

  await manager.goto(`${base}/candidates?q=Lena`);
  await idle(manager);
  await manager.getByRole('link', { name: 'Lena Park' }).click();
  await manager.waitForURL(/\/candidates\/[^/?]+$/);
  const lenaUrl = manager.url();
  await manager.getByRole('heading', { name: 'Lena Park', level: 1 }).waitFor();
  await manager.getByRole('button', { name: 'Erase candidate…' }).click();
  const cancel = manager.getByRole('button', { name: 'Cancel' });
  ok(await cancel.evaluate((el) => el === document.activeElement), 'the confirm step has the focus on Cancel');
  await manager.keyboard.press('Escape');
  await manager.getByRole('button', { name: 'Erase candidate…' }).waitFor();
  ok((await manager.getByRole('button', { name: 'Erase permanently' }).count()) === 0, 'Escape closed the confirm step');
  await manager.getByRole('button', { name: 'Erase candidate…' }).click();
  await manager.getByRole('group', { name: 'Erase Lena Park?' }).waitFor();
  await axe(manager, 'candidate erase confirm');
  await fitsNarrowScreen(manager, 'candidate erase confirm');
  await manager.getByRole('button', { name: 'Erase permanently' }).click();
  await manager.waitForURL((url) => url.pathname === '/candidates');
  await manager.getByText('personal data was erased').waitFor();
  await idle(manager);
  await manager.getByRole('link', { name: 'Kai Tanaka' }).waitFor();
  ok((await manager.getByRole('link', { name: 'Lena Park' }).count()) === 0, 'Lena Park is gone from the list');
  await manager.getByLabel('Search candidates').fill('Lena');
  await manager.getByText('No candidate matches.').waitFor();
  await manager.goto(lenaUrl);
  await idle(manager);
  await manager.getByRole('heading', { name: 'Candidate not found' }).waitFor();

  await ana.goto(state.candidateUrl);
  await idle(ana);
  await ana.getByRole('heading', { name: 'Priya Raman', level: 1 }).waitFor();
  ok((await ana.getByRole('button', { name: 'Export data' }).count()) === 0, 'an interviewer sees no export button');
  ok((await ana.getByRole('button', { name: /Erase/ }).count()) === 0, 'an interviewer sees no erase button');
});

test('admin: user administration is accessible; interviewers cannot open it', async () => {
  const admin = await signIn(await newContext(), 'admin@example.test');
  await admin.goto(`${base}/users`);
  await idle(admin);
  await admin.locator('tr[data-user="ana@example.test"]').waitFor();
  await axe(admin, 'users');
  await fitsNarrowScreen(admin, 'users');
  ok((await admin.locator('tr[data-user="ana@example.test"]').getByRole('button', { name: 'Reset link' }).count()) === 1, 'a reset link per user');
  // The page a one-time link opens: without its token it says what to do.
  const visitor = await (await newContext()).newPage();
  await visitor.goto(`${base}/set-password`);
  await idle(visitor);
  await visitor.getByText('This link is incomplete').waitFor();
  await visitor.goto(`${base}/set-password?token=not-a-real-one`);
  await idle(visitor);
  await visitor.getByLabel(/^New password/).waitFor();
  await axe(visitor, 'set password');
  await fitsNarrowScreen(visitor, 'set password');
  await ana.goto(`${base}/users`);
  await idle(ana);
  await ana.getByRole('heading', { name: 'Not allowed' }).waitFor();
});

test('admin: the audit log shows the run’s writes and filters by object type; others have no link and a clear refusal', async () => {
  const admin = await signIn(await newContext(), 'admin@example.test');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await admin.waitForURL((url) => url.pathname === '/audit');
  await idle(admin);
  const created = admin.locator('tr[data-action="candidate.create"]');
  await created.first().waitFor();
  const who = await created.first().locator('td').nth(1).textContent();
  ok(who === 'Maria Manager (maria@example.test)', `a candidate.create by ${who}`);
  const range = admin.locator('[data-range]');
  const all = await range.textContent();
  ok(/^entries 1–\d+ of \d+$/.test(all ?? ''), `range text ${all}`);
  if (!(await admin.getByRole('button', { name: 'Next' }).isDisabled())) {
    await admin.getByRole('button', { name: 'Next' }).click();
    await admin.getByText(/^entries 51–/).waitFor();
    await admin.getByRole('button', { name: 'Previous' }).click();
    await admin.getByText(/^entries 1–/).waitFor();
  }
  await admin.getByLabel('Object type', { exact: true }).fill('candidate');
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  await admin.waitForURL((url) => url.search === '?object_type=candidate');
  await admin.locator('.audit-results:not([aria-busy])').waitFor();
  await admin.locator('tr[data-action="candidate.erase"]').waitFor();
  const actions = await admin.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
  ok(actions.length > 0 && actions.every((a) => a?.startsWith('candidate.')), `filtered actions: ${actions.join(', ')}`);
  ok((await range.textContent()) !== all, 'the filter changed the range');
  await axe(admin, 'audit log');
  await fitsNarrowScreen(admin, 'audit log');
  // A reload keeps the filter (it is in the URL).
  await admin.reload();
  await idle(admin);
  ok((await admin.getByLabel('Object type', { exact: true }).inputValue()) === 'candidate', 'the filter survives a reload');

  await ana.goto(`${base}/candidates`);
  await idle(ana);
  ok((await ana.getByRole('link', { name: 'Audit log' }).count()) === 0, 'an interviewer sees no audit link');
  await ana.goto(`${base}/audit`);
  await idle(ana);
  await ana.getByText('Only admins can read the audit log.').waitFor();
  ok((await manager.getByRole('link', { name: 'Audit log' }).count()) === 0, 'a hiring manager sees no audit link');
});

test('sign out ends the session and leaves no draft in the browser', async () => {
  // A draft typed and left unsaved.
  await manager.goto(`${base}/briefs/new`);
  await idle(manager);
  await manager.getByLabel('Workflow name').fill('Unsaved idea');
  await manager.waitForTimeout(500);
  ok(await manager.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('fh-draft:'))), 'the draft was kept while signed in');
  await manager.getByRole('button', { name: 'Sign out' }).click();
  await manager.waitForURL(/\/signin/);
  ok(!(await manager.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('fh-draft:')))), 'no draft left after sign-out');
  // The favicon is served as an SVG.
  const icon = await manager.request.get(`${base}/favicon.svg`);
  ok(icon.status() === 200 && icon.headers()['content-type'].startsWith('image/svg+xml'), `favicon: ${icon.status()} ${icon.headers()['content-type']}`);
  await manager.goto(`${base}/candidates`);
  await manager.waitForURL(/\/signin/);
});
