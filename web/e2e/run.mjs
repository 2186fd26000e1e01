// End-to-end tests of the web application against a real `firsthire serve`
// on a throwaway SQLite database, driven by playwright-core through Debian's
// Chromium. Everything stays on 127.0.0.1; the whole run is bounded in time
// and the server is stopped at the end, whatever happens.
//
//   node e2e/run.mjs            (from web/, after scripts/web-build)
// Environment:
//   FIRSTHIRE_BIN       the binary (default ../build/src/firsthire)
//   CHROMIUM            the browser (default /usr/bin/chromium)
//   SCREENSHOTS         where the PNGs go (default ../docs/screenshots; "" = none)
//   E2E_TIMEOUT_SECONDS the bound on the whole run (default 300)
//
// Prints one line per check and ends with "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const webDir = resolve(here, '..');
const repo = resolve(webDir, '..');
const bin = resolve(repo, process.env.FIRSTHIRE_BIN ?? 'build/src/firsthire');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const shotsDir = process.env.SCREENSHOTS === undefined ? join(repo, 'docs', 'screenshots') : process.env.SCREENSHOTS;
const timeoutSeconds = Number(process.env.E2E_TIMEOUT_SECONDS ?? 300);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'correct horse battery staple';
const USERS = [
  { email: 'admin@example.test', role: 'admin', name: 'Ada Admin' },
  { email: 'maria@example.test', role: 'hiring_manager', name: 'Maria Manager' },
  { email: 'ana@example.test', role: 'interviewer', name: 'Ana Interviewer' },
  { email: 'ben@example.test', role: 'interviewer', name: 'Ben Interviewer' },
];

let passed = 0;
let failed = 0;
const failures = [];
let server = null;
let browser = null;
const work = mkdtempSync(join(tmpdir(), 'fh-e2e-'));

function log(text) {
  process.stdout.write(`${text}\n`);
}

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed += 1;
    failures.push(name);
    log(`FAIL ${name}: ${error?.stack ?? error}`);
    await saveFailureState(failed);
  }
}

// Screenshots and the main text of every open page into web/test-results/,
// to see what the user saw when a check failed.
async function saveFailureState(number) {
  if (!browser) return;
  const dir = join(webDir, 'test-results');
  mkdirSync(dir, { recursive: true });
  let index = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      index += 1;
      try {
        await page.screenshot({ path: join(dir, `failure-${number}-${index}.png`), fullPage: true });
        const text = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
        log(`     page ${index} ${page.url()}: ${text.slice(0, 400).replace(/\s+/g, ' ')}`);
      } catch {
        // the page is gone
      }
    }
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function cleanup() {
  try {
    await browser?.close();
  } catch {
    // already gone
  }
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL');
        done();
      }, 10000);
      server.once('exit', () => {
        clearTimeout(timer);
        done();
      });
    });
  }
  rmSync(work, { recursive: true, force: true });
}

const deadline = setTimeout(async () => {
  log(`FAIL the run took longer than ${timeoutSeconds} s`);
  failed += 1;
  await cleanup();
  log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}, timeoutSeconds * 1000);

function firsthire(args, input) {
  const result = spawnSync(bin, args, { input, encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(`firsthire ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

async function startServer(db) {
  server = spawn(bin, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--web', join(webDir, 'dist'), '--threads', '2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr.on('data', (chunk) => {
    if (process.env.E2E_SERVER_LOG) process.stderr.write(chunk);
  });
  return new Promise((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 30000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/serving on (http:\/\/127\.0\.0\.1:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    server.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${out}`)));
  });
}

// Runs axe-core in the page (through the DevTools protocol, so the page's
// Content-Security-Policy stays on) and fails on serious or critical findings.
async function axe(page, label) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert(bad.length === 0, `axe on ${label}: ${JSON.stringify(bad, null, 1)}`);
}

async function fitsNarrowScreen(page, label) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(300); // charts resize on the next frames
  const { overflow, widest } = await page.evaluate(() => {
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && el.checkVisibility?.() !== false) {
        wide.push(`${el.tagName.toLowerCase()}.${el.className || ''}#${el.id || ''} right=${Math.round(r.right)}`);
      }
    }
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, widest: wide.slice(0, 6) };
  });
  await page.setViewportSize(size);
  assert(overflow <= 1, `${label} is ${overflow}px wider than a 375px screen: ${widest.join(', ')}`);
}

async function shot(page, name) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  // Small PNGs for the README: the top of the page at 960 x 640.
  const size = page.viewportSize();
  await page.setViewportSize({ width: 960, height: 640 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: false });
  await page.setViewportSize(size);
}

async function signIn(context, base, email) {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  await page.goto(`${base}/signin`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  return page;
}

async function idle(page) {
  // The app has started and the page has rendered (every page has an h1).
  await page.waitForFunction(() => document.querySelector('main:not([aria-busy]) h1') !== null);
}

async function main() {
  assert(existsSync(bin), `no firsthire binary at ${bin} (build it, or set FIRSTHIRE_BIN)`);
  assert(existsSync(join(webDir, 'dist', 'index.html')), 'web/dist is not built: run scripts/web-build');
  assert(existsSync(browserPath), `no browser at ${browserPath} (apt-get install chromium)`);
  const db = join(work, 'firsthire.db');
  for (const user of USERS) {
    firsthire(['user', 'add', user.email, '--role', user.role, '--name', user.name, '--password-stdin', '--db', db], `${PASSWORD}\n`);
  }
  const base = await startServer(db);
  log(`server at ${base}`);
  browser = await chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = () => browser.newContext({ viewport: { width: 1100, height: 900 } });
  const state = {};

  const managerContext = await newContext();
  let manager;
  await check('sign-in page is accessible and a wrong password is refused next to the form', async () => {
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
    assert((await page.getByLabel('Email').inputValue()) === 'maria@example.test', 'the email was lost');
    await page.close();
  });

  await check('a hiring manager signs in with the keyboard alone', async () => {
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
    assert(new URL(manager.url()).pathname === '/briefs', `landed on ${manager.url()}`);
    await manager.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  await check('brief wizard: write a brief and read its verdict with five criteria', async () => {
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
    assert((await runBudgetError.textContent()).includes('monthly run budget'), `run budget error: ${await runBudgetError.textContent()}`);
    await manager.getByLabel('Monthly budget to run it after launch').fill('2000');
    assert(await runBudgetError.isHidden(), 'the error goes once the field is edited');
    await axe(manager, 'brief wizard: risk step');
    await manager.getByRole('button', { name: 'Next' }).click();
    await manager.getByLabel('Owner after launch').fill('Dana Levi');
    await manager.getByLabel('Owner’s role').fill('Head of Support');
    await manager.getByLabel('We have technical leadership in house').check();
    // Every need is in words, not an id such as "qa".
    await manager.getByLabel('Quality assurance and testing').waitFor();
    assert((await manager.getByLabel('qa', { exact: true }).count()) === 0, 'no checkbox labelled "qa"');
    // A bad value on an earlier step: the error appears beside the field, on
    // its step, in the field's own words, and nothing typed is lost.
    await manager.getByRole('button', { name: '1. Workflow' }).click();
    await manager.getByLabel('How many times a week it runs').fill('lots');
    await manager.getByRole('button', { name: 'Assess this brief' }).click();
    const runsError = manager.locator('[data-error-for="workflow.runs_per_week"]');
    await runsError.waitFor({ state: 'visible' });
    const runsText = await runsError.textContent();
    assert(runsText.includes('whole number') && !runsText.includes('workflow.runs_per_week'), `the error speaks in words: ${runsText}`);
    assert((await manager.getByLabel('How many times a week it runs').getAttribute('aria-invalid')) === 'true', 'the field is marked invalid');
    assert((await manager.getByLabel('Workflow name').inputValue()) === 'Support ticket triage', 'the name was kept');
    await manager.getByLabel('How many times a week it runs').fill('1800');
    await manager.getByRole('button', { name: 'Assess this brief' }).click();
    await manager.waitForURL(/\/briefs\/[^/]+$/);
    await idle(manager);
    await manager.locator('[data-verdict]').waitFor();
    const criteria = await manager.locator('[data-criterion]').count();
    assert(criteria === 5, `${criteria} criteria shown`);
    const verdict = await manager.locator('[data-verdict]').getAttribute('data-verdict');
    assert(verdict === 'hire', `verdict ${verdict}`);
    assert((await manager.locator('[data-route]').count()) === 4, 'four routes ranked');
    state.briefUrl = manager.url();
    await axe(manager, 'brief verdict');
    await fitsNarrowScreen(manager, 'brief verdict');
    await shot(manager, 'brief-verdict');
  });

  await check('open a role from the brief: the kit has anchors, the candidate version has none', async () => {
    await manager.getByRole('button', { name: 'Open a role from this brief' }).click();
    await manager.waitForURL(/\/openings\/[^/?]+$/);
    await idle(manager);
    await manager.locator('[data-question]').first().waitFor();
    assert((await manager.locator('.anchor').count()) > 0, 'the interviewer kit shows anchors');
    assert((await manager.locator('[data-deliverable]').count()) > 0, 'the 30-60-90 plan is shown');
    state.openingUrl = manager.url();
    await axe(manager, 'opening kit');
    await fitsNarrowScreen(manager, 'opening kit');
    await shot(manager, 'opening-kit');
    await manager.getByRole('link', { name: 'Candidate-facing version' }).click();
    await idle(manager);
    await manager.locator('[data-audience="candidate"] [data-question]').first().waitFor();
    assert((await manager.locator('.anchor').count()) === 0, 'no anchors in the candidate version');
    await axe(manager, 'candidate-facing kit');
  });

  await check('add a candidate to the opening', async () => {
    await manager.goto(state.openingUrl);
    await idle(manager);
    await manager.getByLabel(/^Name\b/).fill('Priya Raman');
    await manager.getByLabel('Email', { exact: true }).fill('priya@example.test');
    await manager.getByRole('button', { name: 'Add candidate' }).click();
    await manager.waitForURL(/\/candidates\/[^/]+$/);
    state.candidateUrl = manager.url();
  });

  await check('import a CSV of candidates with a per-row error report', async () => {
    await manager.goto(`${base}/candidates`);
    await idle(manager);
    const csv = readFileSync(join(repo, 'examples', 'pools', 'candidates.csv'), 'utf8').trimEnd() + '\nbad-row,Broken Row,Nobody,1,maybe,1,1,1,1,1,1\n';
    await manager.getByLabel('CSV or JSON Resume file').setInputFiles({ name: 'candidates.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await manager.getByRole('button', { name: 'Import' }).click();
    await manager.getByText(/Imported 7 of 8 rows; 1 row with errors/).waitFor();
    assert((await manager.locator('tr[data-line="9"]').count()) === 1, 'the bad row is reported with its line');
    await manager.getByLabel('Search candidates').fill('Osei');
    await manager.getByRole('link', { name: 'Osei, Sam' }).waitFor();
    await axe(manager, 'candidates');
    await fitsNarrowScreen(manager, 'candidates');
    await manager.getByLabel('Search candidates').fill('');
    await manager.getByRole('link', { name: 'Lena Park' }).waitFor();
    await shot(manager, 'candidates');
  });

  const ana = await signIn(await newContext(), base, 'ana@example.test');
  const ben = await signIn(await newContext(), base, 'ben@example.test');

  await check('an interviewer reads the kit and its candidate-facing version without anchors', async () => {
    await ana.goto(state.openingUrl);
    await idle(ana);
    assert((await ana.locator('.anchor').count()) > 0, 'anchors in the interviewer kit');
    await ana.goto(`${state.openingUrl}?for=candidate`);
    await idle(ana);
    await ana.locator('[data-audience="candidate"] [data-question]').first().waitFor();
    assert((await ana.locator('.anchor').count()) === 0, 'no anchors in the candidate version');
    await axe(ana, 'kit as seen by an interviewer');
  });

  async function score(page, scores, flags = []) {
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

  await check('interviewer scorecard: anchors beside the scale, accessible, a draft survives a reload and a cleared browser', async () => {
    await ana.goto(`${state.candidateUrl}/score`);
    await idle(ana);
    assert((await ana.locator('[data-category] .anchor.strong').count()) === 5, 'strong anchors per category');
    await ana.locator('[data-category="production_shipping"] input[value="4"]').check();
    await ana.locator('[data-category="production_shipping"] textarea').fill('Shipped a triage bot.');
    await axe(ana, 'scorecard form');
    await fitsNarrowScreen(ana, 'scorecard form');
    await shot(ana, 'scorecard');
    await ana.waitForTimeout(500);
    await ana.reload();
    await idle(ana);
    assert(await ana.locator('[data-category="production_shipping"] input[value="4"]').isChecked(), 'the draft score was restored');
    assert((await ana.locator('[data-category="production_shipping"] textarea').inputValue()) === 'Shipped a triage bot.', 'the draft note was restored');
    // Every category scored: the draft is saved on the server as well, and a
    // browser that kept nothing (storage cleared, another device) opens on it.
    for (const [category, value] of Object.entries({ eval_discipline: 3, data_retrieval: 3, security_guardrails: 4, cost_observability: 3 })) {
      await ana.locator(`[data-category="${category}"] input[value="${value}"]`).check();
    }
    await ana.getByText('Draft saved at').waitFor();
    await ana.evaluate(() => localStorage.clear());
    await ana.reload();
    await idle(ana);
    await ana.getByText('Your draft saved on the server was restored.').waitFor();
    assert(await ana.locator('[data-category="security_guardrails"] input[value="4"]').isChecked(), 'the server draft score was restored');
    assert((await ana.locator('[data-category="production_shipping"] textarea').inputValue()) === 'Shipped a triage bot.', 'the server draft note was restored');
  });

  await check('the first interviewer submits; the evaluation shows the gate', async () => {
    await score(ana, { production_shipping: 4, eval_discipline: 2, data_retrieval: 4, security_guardrails: 4, cost_observability: 3 }, ['manual_validation_only']);
    await ana.locator('[data-gate]').waitFor();
    assert((await ana.locator('[data-gate]').getAttribute('data-gate')) === 'risky_first_hire', 'the gate fails on eval_discipline');
  });

  await check('blind rule: the second interviewer cannot see the first scorecard before submitting', async () => {
    await ben.goto(state.candidateUrl);
    await idle(ben);
    await ben.locator('[data-blind="true"]').waitFor();
    assert((await ben.locator('[data-scorecard]').count()) === 0, 'no scorecard visible');
    assert(!(await ben.content()).includes('Evidence for eval_discipline'), 'no note leaked');
    await axe(ben, 'candidate page (blind)');
    // The submit is one POST: no draft follows it into a silent 409.
    const scorecardAnswers = [];
    const listen = (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/scorecards')) scorecardAnswers.push(response.status());
    };
    ben.on('response', listen);
    await score(ben, { production_shipping: 5, eval_discipline: 3, data_retrieval: 3, security_guardrails: 4, cost_observability: 5 });
    await ben.waitForTimeout(1500); // longer than the draft's 800 ms pause
    ben.off('response', listen);
    assert(!scorecardAnswers.includes(409), `scorecard POSTs answered ${scorecardAnswers.join(', ')}`);
    assert(scorecardAnswers.filter((status) => status === 201).length === 1, `one submit: ${scorecardAnswers.join(', ')}`);
    assert((await ben.locator('[data-scorecard]').count()) === 2, 'both scorecards visible after submitting');
    // The other interviewer by name, never "Interviewer 1a2b3c".
    const names = await ben.locator('[data-scorecard] h3').allTextContents();
    assert(names.some((text) => text.includes('Ana Interviewer')) && names.some((text) => text.includes('You')), `scorecard names: ${names.join(' | ')}`);
    assert(!names.some((text) => /Interviewer [0-9a-f]{6}/.test(text)), `no id as a name: ${names.join(' | ')}`);
    // The opening and its kit are one click away.
    await ben.locator('[data-opening] a').waitFor();
    assert((await ben.locator('[data-kit-link]').getAttribute('href')) === new URL(state.openingUrl).pathname, 'the kit link goes to the opening');
    await ben.goto(`${state.candidateUrl}/score`);
    await idle(ben);
    await ben.getByText('it is locked').waitFor();
  });

  await check('the manager sees the evaluation: gate, radar chart, disagreement, decision', async () => {
    await manager.goto(state.candidateUrl);
    await idle(manager);
    await manager.locator('canvas.radar').waitFor();
    // Evaluation discipline: 2 and 3, a mean of 2.5, below the gate's 3.
    assert((await manager.locator('[data-gate="risky_first_hire"]').count()) === 1, 'the gate fails on evaluation discipline');
    assert((await manager.locator('[data-disagreement="cost_observability"]').count()) === 1, 'the 3 vs 5 disagreement on cost is shown');
    await axe(manager, 'candidate evaluation');
    await fitsNarrowScreen(manager, 'candidate evaluation');
    await shot(manager, 'candidate-evaluation');
    // The rule ids sit behind "Why?", not after every sentence.
    const why = manager.locator('[data-gate] details.why').first();
    assert(!(await why.locator('code.rule').isVisible()), 'the rule id is folded away');
    await why.locator('summary').click();
    assert(await why.locator('code.rule').isVisible(), 'the rule id shows on "Why?"');
    await manager.getByRole('combobox', { name: 'Decision' }).selectOption('hold');
    // A decision needs a reason: refused beside the field until one is given.
    await manager.getByRole('button', { name: 'Record decision' }).click();
    await manager.locator('[data-error-for="reason"]').waitFor({ state: 'visible' });
    await manager.getByRole('textbox', { name: 'Reason' }).fill('Evaluation discipline is below the bar; a follow-up on evals first.');
    await manager.getByRole('button', { name: 'Record decision' }).click();
    await manager.locator('[data-decision="hold"]').waitFor();
    assert((await manager.locator('[data-decision="hold"]').textContent()).includes('you'), 'the decision names who made it');
    // A follow-up interview assigned to Ben from the candidate's page.
    await manager.locator('select[name="interviewer_id"]').selectOption({ label: 'Ben Interviewer' });
    await manager.getByLabel('Kind').selectOption('follow_up');
    await manager.getByRole('button', { name: 'Assign' }).click();
    await manager.locator('[data-interview]', { hasText: 'Follow-up interview with Ben Interviewer' }).waitFor();
    await idle(manager);
    await axe(manager, 'candidate interviews');
  });

  await check('team page: heat map, gaps and a proposed next hire', async () => {
    await manager.goto(`${base}/team`);
    await idle(manager);
    for (const [name, levels] of [
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
    assert((await manager.locator('canvas.heatmap').count()) === 1, 'heat map drawn');
    assert((await manager.locator('.heat-legend li').count()) === 6, 'the heat map has a key for levels 0–5');
    assert(/^Coverage: \d+%$/.test(await manager.locator('[data-coverage]').textContent()), 'coverage as a percentage');
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

  await check('vendor proposal: reviewed against the five risk questions', async () => {
    await manager.goto(`${base}/proposals`);
    await idle(manager);
    await manager.getByLabel('Vendor name').fill('PromptForge');
    await manager.getByLabel("How will the system's outputs be tested before launch, and how will they keep being checked once it is live?").fill('We look at the outputs.');
    await manager.getByRole('button', { name: 'Review proposal' }).click();
    await manager.waitForURL(/\/proposals\/[^/]+$/);
    await idle(manager);
    assert((await manager.locator('[data-question]').count()) === 5, 'five risk questions');
    await axe(manager, 'proposal review');
    await fitsNarrowScreen(manager, 'proposal review');
    await shot(manager, 'proposal');
  });

  await check('plan: deliverable status is saved and the go/no-go shown', async () => {
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
    assert((await manager.locator('[data-deliverable] select').first().inputValue()) === 'done', 'status kept after reload');
    assert((await manager.locator('.go-no-go').count()) === 1, 'go/no-go shown');
    await axe(manager, 'plan');
    await fitsNarrowScreen(manager, 'plan');
    await shot(manager, 'plan');
  });

  await check('candidate data: a manager exports one candidate and erases another; interviewers see neither button', async () => {
    const id = new URL(state.candidateUrl).pathname.split('/').pop();
    await manager.goto(state.candidateUrl);
    await idle(manager);
    const [download] = await Promise.all([
      manager.waitForEvent('download'),
      manager.getByRole('button', { name: 'Export data' }).click(),
    ]);
    assert(download.suggestedFilename() === `candidate-${id}.json`, `downloaded as ${download.suggestedFilename()}`);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert(exported.candidate?.name === 'Priya Raman', `the export holds ${JSON.stringify(exported.candidate)}`);
    assert(Array.isArray(exported.scorecards) && exported.scorecards.length === 2, 'the export holds both scorecards');
    await manager.getByText(`as candidate-${id}.json`).waitFor();

    await manager.goto(`${base}/candidates?q=Lena`);
    await idle(manager);
    await manager.getByRole('link', { name: 'Lena Park' }).click();
    await manager.waitForURL(/\/candidates\/[^/?]+$/);
    const lenaUrl = manager.url();
    await manager.getByRole('heading', { name: 'Lena Park', level: 1 }).waitFor();
    await manager.getByRole('button', { name: 'Erase candidate…' }).click();
    const cancel = manager.getByRole('button', { name: 'Cancel' });
    assert(await cancel.evaluate((el) => el === document.activeElement), 'the confirm step has the focus on Cancel');
    await manager.keyboard.press('Escape');
    await manager.getByRole('button', { name: 'Erase candidate…' }).waitFor();
    assert((await manager.getByRole('button', { name: 'Erase permanently' }).count()) === 0, 'Escape closed the confirm step');
    await manager.getByRole('button', { name: 'Erase candidate…' }).click();
    await manager.getByRole('group', { name: 'Erase Lena Park?' }).waitFor();
    await axe(manager, 'candidate erase confirm');
    await fitsNarrowScreen(manager, 'candidate erase confirm');
    await manager.getByRole('button', { name: 'Erase permanently' }).click();
    await manager.waitForURL((url) => url.pathname === '/candidates');
    await manager.getByText('personal data was erased').waitFor();
    await idle(manager);
    await manager.getByRole('link', { name: 'Kai Tanaka' }).waitFor();
    assert((await manager.getByRole('link', { name: 'Lena Park' }).count()) === 0, 'Lena Park is gone from the list');
    await manager.getByLabel('Search candidates').fill('Lena');
    await manager.getByText('No candidate matches.').waitFor();
    await manager.goto(lenaUrl);
    await idle(manager);
    await manager.getByRole('heading', { name: 'Candidate not found' }).waitFor();

    await ana.goto(state.candidateUrl);
    await idle(ana);
    await ana.getByRole('heading', { name: 'Priya Raman', level: 1 }).waitFor();
    assert((await ana.getByRole('button', { name: 'Export data' }).count()) === 0, 'an interviewer sees no export button');
    assert((await ana.getByRole('button', { name: /Erase/ }).count()) === 0, 'an interviewer sees no erase button');
  });

  await check('admin: user administration is accessible; interviewers cannot open it', async () => {
    const admin = await signIn(await newContext(), base, 'admin@example.test');
    await admin.goto(`${base}/users`);
    await idle(admin);
    await admin.locator('tr[data-user="ana@example.test"]').waitFor();
    await axe(admin, 'users');
    await fitsNarrowScreen(admin, 'users');
    assert((await admin.locator('tr[data-user="ana@example.test"]').getByRole('button', { name: 'Reset link' }).count()) === 1, 'a reset link per user');
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

  await check('admin: the audit log shows the run’s writes and filters by object type; others have no link and a clear refusal', async () => {
    const admin = await signIn(await newContext(), base, 'admin@example.test');
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await admin.waitForURL((url) => url.pathname === '/audit');
    await idle(admin);
    const created = admin.locator('tr[data-action="candidate.create"]');
    await created.first().waitFor();
    const who = await created.first().locator('td').nth(1).textContent();
    assert(who === 'Maria Manager (maria@example.test)', `a candidate.create by ${who}`);
    const range = admin.locator('[data-range]');
    const all = await range.textContent();
    assert(/^entries 1–\d+ of \d+$/.test(all ?? ''), `range text ${all}`);
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
    assert(actions.length > 0 && actions.every((a) => a?.startsWith('candidate.')), `filtered actions: ${actions.join(', ')}`);
    assert((await range.textContent()) !== all, 'the filter changed the range');
    await axe(admin, 'audit log');
    await fitsNarrowScreen(admin, 'audit log');
    // A reload keeps the filter (it is in the URL).
    await admin.reload();
    await idle(admin);
    assert((await admin.getByLabel('Object type', { exact: true }).inputValue()) === 'candidate', 'the filter survives a reload');

    await ana.goto(`${base}/candidates`);
    await idle(ana);
    assert((await ana.getByRole('link', { name: 'Audit log' }).count()) === 0, 'an interviewer sees no audit link');
    await ana.goto(`${base}/audit`);
    await idle(ana);
    await ana.getByText('Only admins can read the audit log.').waitFor();
    assert((await manager.getByRole('link', { name: 'Audit log' }).count()) === 0, 'a hiring manager sees no audit link');
  });

  await check('sign out ends the session and leaves no draft in the browser', async () => {
    // A draft typed and left unsaved.
    await manager.goto(`${base}/briefs/new`);
    await idle(manager);
    await manager.getByLabel('Workflow name').fill('Unsaved idea');
    await manager.waitForTimeout(500);
    assert(await manager.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('fh-draft:'))), 'the draft was kept while signed in');
    await manager.getByRole('button', { name: 'Sign out' }).click();
    await manager.waitForURL(/\/signin/);
    assert(!(await manager.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('fh-draft:')))), 'no draft left after sign-out');
    // The favicon is served as an SVG.
    const icon = await manager.request.get(`${base}/favicon.svg`);
    assert(icon.status() === 200 && icon.headers()['content-type'].startsWith('image/svg+xml'), `favicon: ${icon.status()} ${icon.headers()['content-type']}`);
    await manager.goto(`${base}/candidates`);
    await manager.waitForURL(/\/signin/);
  });
}

try {
  await main();
} catch (error) {
  failed += 1;
  log(`FAIL setup: ${error?.stack ?? error}`);
} finally {
  clearTimeout(deadline);
  await cleanup();
}
if (failures.length) log(`failed: ${failures.join('; ')}`);
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
