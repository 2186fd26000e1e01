// Edit, close and delete in the browser, on records of its own (it may run
// before or after journey.spec.ts on the same server): a manager renames and closes an opening (a confirmation dialog
// that takes the focus and closes on Escape), edits a candidate, reopens an
// interviewer's submitted scorecard for them to resubmit (she is emailed and
// finds it under My interviews as to score again), edits and deletes a
// team member, and is refused an empty proposal, then edits and deletes one.
// Every changed page goes through axe and a 375 px screen. The records are
// made through the API with the signed-in session; the changes through the UI.
import { test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { axe, axeBothWidths, baseUrl, fitsNarrowScreen, idle, ok, signIn } from './helpers';
import { mailTo } from './mail';

test.describe.configure({ mode: 'serial' });

let browser: Browser;
let base = '';
let manager: Page;
let ana: Page;
const ids = { opening: '', candidate: '', member: '', ana: '' };
const newContext = (): Promise<BrowserContext> => browser.newContext({ viewport: { width: 1100, height: 900 } });

// A call to the API as the page's signed-in user (its session cookie and CSRF token).
async function api(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('fh_csrf='))?.slice('fh_csrf='.length) ?? '';
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : {} };
    },
    { method, path, body },
  );
}

// The open dialog has the focus; returns its heading.
async function dialogHeading(page: Page): Promise<string> {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  ok(await page.evaluate(() => document.querySelector('[role="alertdialog"]')?.contains(document.activeElement) ?? false), 'the focus moved into the dialog');
  return (await dialog.locator('h2').textContent()) ?? '';
}

test.beforeAll(async ({ browser: shared }) => {
  browser = shared;
  base = baseUrl();
  manager = await signIn(await newContext(), 'maria@example.test');
  ana = await signIn(await newContext(), 'ana@example.test');
  const opening = await api(manager, 'POST', '/openings', { title: 'Edits: support engineer' });
  ok(opening.status === 201, `opening made: ${JSON.stringify(opening.json)}`);
  ids.opening = String(opening.json.id);
  const candidate = await api(manager, 'POST', '/candidates', { name: 'Edits Candidate', email: 'edits@example.test', opening_id: ids.opening });
  ids.candidate = String(candidate.json.id);
  const member = await api(manager, 'POST', '/team-members', { name: 'Edits Member', traits: { product_sense: 2 } });
  ids.member = String(member.json.id);
  const scores = { production_shipping: 3, eval_discipline: 3, data_retrieval: 3, security_guardrails: 3, cost_observability: 3 };
  const card = await api(ana, 'POST', `/candidates/${ids.candidate}/scorecards`, { scores, notes: { eval_discipline: 'Talked through a held-out set.' } });
  ok(card.status === 201, `Ana's scorecard submitted: ${JSON.stringify(card.json)}`);
  ids.ana = String(card.json.interviewer_id);
});

test('an opening is renamed, then closed after a confirmation; closed it takes no candidate; it reopens', async () => {
  await manager.goto(`${base}/openings/${ids.opening}`);
  await idle(manager);
  await manager.getByLabel(/^Title/).fill('Edits: applied AI engineer');
  await manager.getByRole('button', { name: 'Rename' }).click();
  await manager.getByRole('heading', { level: 1, name: 'Edits: applied AI engineer' }).waitFor();
  await axe(manager, 'opening with its edit form');
  // Escape cancels: nothing changes.
  await manager.getByRole('button', { name: 'Close opening…' }).click();
  ok((await dialogHeading(manager)) === 'Close Edits: applied AI engineer?', 'the dialog names the opening');
  await manager.keyboard.press('Escape');
  await manager.getByRole('alertdialog').waitFor({ state: 'detached' });
  ok((await manager.locator('[data-closed]').count()) === 0, 'Escape left the opening open');
  // Confirmed: closed.
  await manager.getByRole('button', { name: 'Close opening…' }).click();
  await dialogHeading(manager);
  await axe(manager, 'close confirmation dialog');
  await fitsNarrowScreen(manager, 'close confirmation dialog');
  await manager.getByRole('alertdialog').getByRole('button', { name: 'Close opening' }).click();
  await manager.locator('[data-closed]').waitFor();
  await idle(manager);
  ok((await manager.getByRole('button', { name: 'Add candidate' }).count()) === 0, 'no add-candidate form on a closed opening');
  const refused = await api(manager, 'POST', '/candidates', { name: 'Too late', opening_id: ids.opening });
  ok(refused.status === 422, `a closed opening refuses a candidate: ${refused.status}`);
  await axe(manager, 'closed opening');
  await fitsNarrowScreen(manager, 'closed opening');
  await manager.goto(`${base}/openings`);
  await idle(manager);
  ok((await manager.locator(`li:has(a:text("Edits: applied AI engineer")) [data-status="closed"]`).count()) === 1, 'the list shows it closed');
  // Reopened.
  await manager.goto(`${base}/openings/${ids.opening}`);
  await idle(manager);
  await manager.getByRole('button', { name: 'Reopen opening…' }).click();
  await dialogHeading(manager);
  await manager.getByRole('alertdialog').getByRole('button', { name: 'Reopen opening' }).click();
  await manager.getByRole('button', { name: 'Add candidate' }).waitFor();
});

test('a candidate’s details are edited', async () => {
  await manager.goto(`${base}/candidates/${ids.candidate}`);
  await idle(manager);
  await manager.getByText('Edit details').click();
  const form = manager.locator('[data-edit="candidate"] form');
  await form.getByLabel('Email').fill('edits.new@example.test');
  await axe(manager, 'candidate edit form');
  await fitsNarrowScreen(manager, 'candidate edit form');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await manager.locator('.lede', { hasText: 'edits.new@example.test' }).waitFor();
});

test('a manager reopens a submitted scorecard; the interviewer is told, changes and resubmits it', async () => {
  const interview = await api(manager, 'POST', '/interviews', { candidate_id: ids.candidate, interviewer_id: ids.ana, kind: 'technical' });
  ok(interview.status === 201, `Ana's interview assigned: ${JSON.stringify(interview.json)}`);
  await manager.goto(`${base}/candidates/${ids.candidate}`);
  await idle(manager);
  const card = manager.locator(`[data-scorecard="${ids.ana}"]`);
  ok((await card.getAttribute('data-state')) === 'submitted', 'Ana’s scorecard is submitted');
  await card.getByRole('button', { name: 'Reopen for changes…' }).click();
  ok((await dialogHeading(manager)).startsWith('Reopen Ana'), 'the dialog names the interviewer');
  await manager.getByRole('alertdialog').getByRole('button', { name: 'Reopen scorecard' }).click();
  await manager.locator(`[data-scorecard="${ids.ana}"][data-state="draft"]`).waitFor();
  await axe(manager, 'candidate with a reopened scorecard');
  // Ana is blind again until she resubmits.
  const blind = await api(ana, 'GET', `/candidates/${ids.candidate}/evaluation`);
  ok(blind.status === 403, `the reopened interviewer is blind again: ${blind.status}`);
  // She is told: by email, and under My interviews as to score again.
  const mail = await mailTo('ana@example.test', (text) => text.includes('Subject: Your scorecard was reopened: Edits Candidate'));
  ok(mail.includes('Maria Manager reopened your scorecard for Edits Candidate'), 'the email says who reopened it');
  ok(mail.includes(`/candidates/${ids.candidate}/score`), 'the email links her scorecard form');
  await ana.goto(`${base}/my-interviews`);
  await idle(ana);
  const again = ana.locator(`[data-bucket="to_score"] [data-interview="${String(interview.json.id)}"][data-reopened]`);
  await again.waitFor();
  ok(((await again.textContent()) ?? '').includes('To score again Reopened by Maria Manager'), 'My interviews says who reopened it');
  await axeBothWidths(ana, 'my interviews with a reopened scorecard');
  await again.getByRole('link', { name: 'Score Edits Candidate again' }).click();
  await ana.waitForURL((url) => url.pathname.endsWith('/score'));
  await idle(ana);
  await ana.locator('[data-category="security_guardrails"] input[value="4"]').check();
  await ana.getByRole('button', { name: 'Submit scorecard' }).click();
  await ana.waitForURL((url) => !url.pathname.endsWith('/score'));
  await manager.reload();
  await idle(manager);
  await manager.locator(`[data-scorecard="${ids.ana}"][data-state="submitted"]`).waitFor();
  const audit = await api(manager, 'GET', `/candidates/${ids.candidate}/scorecards`);
  const mine = (audit.json.items as { interviewer_id: string; scores: Record<string, number> }[]).find((c) => c.interviewer_id === ids.ana);
  ok(mine?.scores.security_guardrails === 4, 'the resubmitted score counts');
});

test('a team member is edited and deleted after a confirmation', async () => {
  await manager.goto(`${base}/team`);
  await idle(manager);
  await manager.getByRole('link', { name: /^Edit\s*Edits Member$/ }).click();
  await manager.waitForURL(/edit=/);
  await idle(manager);
  const form = manager.locator('[data-edit="member"]');
  await form.getByLabel(/^Name/).fill('Edits Member Renamed');
  await axe(manager, 'team member edit form');
  await fitsNarrowScreen(manager, 'team member edit form');
  await form.getByRole('button', { name: 'Save member' }).click();
  await manager.locator('.heat-table th', { hasText: 'Edits Member Renamed' }).waitFor();
  await idle(manager);
  await manager.getByRole('button', { name: /^Delete\s*Edits Member Renamed/ }).click();
  ok((await dialogHeading(manager)) === 'Delete Edits Member Renamed?', 'the dialog names the member');
  await axe(manager, 'delete member dialog');
  await manager.getByRole('alertdialog').getByRole('button', { name: 'Delete member' }).click();
  await manager.getByRole('alertdialog').waitFor({ state: 'detached' });
  await idle(manager);
  await manager.waitForFunction(() => !document.querySelector('.heat-table')?.textContent?.includes('Edits Member Renamed'));
});

test('an empty proposal is refused with its field named; a proposal shows its answers, is edited and deleted', async () => {
  await manager.goto(`${base}/proposals`);
  await idle(manager);
  await manager.getByRole('button', { name: 'Review proposal' }).click();
  const vendor = manager.getByLabel('Vendor name');
  ok((await vendor.getAttribute('aria-invalid')) === 'true', 'the vendor name is marked');
  await manager.getByText('the vendor’s name is required').waitFor();
  ok(new URL(manager.url()).pathname === '/proposals', 'nothing was saved');
  await vendor.fill('Edits Vendor');
  await manager.getByLabel("How will the system's outputs be tested before launch, and how will they keep being checked once it is live?").fill('A weekly held-out set of 200 tickets.');
  await manager.getByRole('button', { name: 'Review proposal' }).click();
  await manager.waitForURL(/\/proposals\/[^/]+$/);
  await idle(manager);
  await manager.locator('[data-answer="evaluation"]', { hasText: 'A weekly held-out set of 200 tickets.' }).waitFor();
  await manager.getByText('Edit proposal').click();
  const form = manager.locator('[data-edit="proposal"]');
  await form.getByLabel("How will the system's outputs be tested before launch, and how will they keep being checked once it is live?").fill('A daily held-out set.');
  await axe(manager, 'proposal with its answers and edit form');
  await fitsNarrowScreen(manager, 'proposal with its answers and edit form');
  await form.getByRole('button', { name: 'Save and review again' }).click();
  await manager.locator('[data-answer="evaluation"]', { hasText: 'A daily held-out set.' }).waitFor();
  await manager.getByRole('button', { name: 'Delete…' }).click();
  await dialogHeading(manager);
  await manager.getByRole('alertdialog').getByRole('button', { name: 'Delete proposal' }).click();
  await manager.waitForURL((url) => url.pathname === '/proposals');
  await idle(manager);
  ok((await manager.getByRole('link', { name: 'Edits Vendor' }).count()) === 0, 'the proposal is gone');
});
