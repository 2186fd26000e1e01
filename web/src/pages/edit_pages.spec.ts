// Edit, close and delete on the pages: each change goes through a
// confirmation where it is hard to take back, only managers see the
// controls, and a refused form sends nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApp, settle } from '../testing/fake_app';
import { aPlaybook, aTeamMember, aUser } from '../testing/fixtures';
import { candidatePage } from './candidate';
import { candidateListPage } from './candidates';
import { openingListPage, openingPage } from './openings';
import { proposalListPage, proposalPage } from './proposals';
import { teamPage } from './team';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const interviewer = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const opening = (status: string) => ({ id: 'o1', title: 'Support triage engineer', brief_id: null, archetype: 'applied_ai_engineer', status, kit: null, plan: null, created_at: 1, updated_at: 1 });
const list = <T>(items: T[]) => [200, { items, total: items.length, limit: 100, offset: 0 }] as [number, unknown];

function accept(): void {
  document.querySelector<HTMLButtonElement>('[role="alertdialog"] [data-confirm="accept"]')!.click();
}
function click(root: ParentNode, selector: string): void {
  root.querySelector<HTMLElement>(selector)!.click();
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('openings', () => {
  it('closes an opening after the confirmation, and hides the add-candidate form once closed', async () => {
    const { app, calls, navigated } = fakeApp({ 'GET /openings/o1': () => [200, opening('open')], 'PATCH /openings/o1': (b) => [200, { ...opening('closed'), ...(b as object) }] }, manager);
    await openingPage(app, { id: 'o1' });
    expect(app.main.querySelector('[aria-labelledby="add-cand-h"]')).not.toBeNull();
    click(app.main, '[data-action="close"]');
    expect(document.activeElement!.textContent).toBe('Cancel');
    accept();
    await settle();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ status: 'closed' });
    expect(navigated).toHaveLength(1);

    const closed = fakeApp({ 'GET /openings/o1': () => [200, opening('closed')] }, manager);
    await openingPage(closed.app, { id: 'o1' });
    expect(closed.app.main.querySelector('[data-closed]')).not.toBeNull();
    expect(closed.app.main.querySelector('[aria-labelledby="add-cand-h"]')).toBeNull();
    expect(closed.app.main.querySelector('[data-action="reopen"]')).not.toBeNull();
  });

  it('sends nothing when the close is cancelled', async () => {
    const { app, calls } = fakeApp({ 'GET /openings/o1': () => [200, opening('open')] }, manager);
    await openingPage(app, { id: 'o1' });
    click(app.main, '[data-action="close"]');
    click(document, '[data-confirm="cancel"]');
    await settle();
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('renames, refusing an empty title without a request', async () => {
    const { app, calls } = fakeApp({ 'GET /openings/o1': () => [200, opening('open')], 'PATCH /openings/o1': () => [200, opening('open')] }, manager);
    await openingPage(app, { id: 'o1' });
    const form = app.main.querySelector<HTMLFormElement>('[aria-labelledby="edit-opening-h"]')!;
    const title = form.querySelector<HTMLInputElement>('[name="title"]')!;
    title.value = ' ';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);
    title.value = 'Applied AI engineer';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ title: 'Applied AI engineer' });
  });

  it('shows no edit controls to an interviewer and says "Closed" in the list', async () => {
    const { app } = fakeApp({ 'GET /openings/o1': () => [200, opening('closed')], 'GET /openings': () => list([opening('closed')]) }, interviewer);
    await openingPage(app, { id: 'o1' });
    expect(app.main.querySelector('[aria-labelledby="edit-opening-h"]')).toBeNull();
    await openingListPage(app);
    expect(app.main.querySelector('[data-status="closed"]')!.textContent).toContain('Closed');
  });
});

describe('team members', () => {
  const sam = aTeamMember({ id: 'm1', name: 'Sam', traits: { product_sense: 3 }, codes: false });
  const handlers = {
    'GET /team-members': () => list([sam]),
    'GET /candidates': () => list([]),
    'POST /team': () => [200, null] as [number, unknown],
    'DELETE /team-members/m1': () => [204] as [number],
    'PATCH /team-members/m1': () => [200, sam] as [number, unknown],
  };

  it('deletes a member only after the confirmation', async () => {
    const { app, calls } = fakeApp(handlers, manager, aPlaybook());
    await teamPage(app);
    click(app.main, '[data-member="m1"] [data-action="delete-member"]');
    expect(document.querySelector('[role="alertdialog"] h2')!.textContent).toBe('Delete Sam?');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    accept();
    await settle();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/team-members/m1')).toBe(true);
  });

  it('edits a member at /team?edit=ID with every level sent', async () => {
    history.replaceState(null, '', '/team?edit=m1');
    const traits = [{ id: 'product_sense', title: 'Product sense' }, { id: 'design', title: 'Design' }];
    const { app, calls } = fakeApp(handlers, manager, aPlaybook({ traits }));
    await teamPage(app);
    const form = app.main.querySelector<HTMLFormElement>('[data-edit="member"]')!;
    expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe('Sam');
    form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Sam Lee';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const sent = calls.find((c) => c.method === 'PATCH')!.body as { name: string; traits: Record<string, number> };
    expect(sent.name).toBe('Sam Lee');
    expect(sent.traits).toEqual({ product_sense: 3, design: 0 });
  });
});

describe('proposals', () => {
  const stored = {
    id: 'p1',
    title: 'Acme',
    created_at: 1,
    updated_at: 1,
    proposal: { vendor: { name: 'Acme' }, summary: 'A support bot.', answers: { evaluation: 'A held-out set, weekly.' } },
    review: null,
  };

  it('refuses an empty vendor name in the form, naming the field, and posts nothing', async () => {
    const { app, calls } = fakeApp({ 'GET /proposals': () => list([]) }, manager);
    await proposalListPage(app);
    const form = app.main.querySelector<HTMLFormElement>('[aria-labelledby="prop-h"]')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const vendor = form.querySelector<HTMLInputElement>('[name="vendor.name"]')!;
    expect(vendor.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector('[data-error-for="vendor.name"]')!.textContent).toContain('vendor’s name is required');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows the vendor’s answers, and deletes after the confirmation', async () => {
    const { app, calls, navigated } = fakeApp({ 'GET /proposals/p1': () => [200, stored], 'DELETE /proposals/p1': () => [204] }, manager);
    await proposalPage(app, { id: 'p1' });
    expect(app.main.querySelector('[data-summary]')!.textContent).toBe('A support bot.');
    expect(app.main.querySelector('[data-question="evaluation"] [data-answer="evaluation"]')!.textContent).toBe('A held-out set, weekly.');
    expect(app.main.querySelector('[data-answer="ownership"]')!.textContent).toBe('The vendor did not answer this question.');
    // One section of risk questions, each answer once.
    expect(app.main.querySelectorAll('[data-answer="evaluation"]')).toHaveLength(1);
    expect(app.main.querySelectorAll('[data-question]')).toHaveLength(5);
    click(app.main, '[data-action="delete-proposal"]');
    accept();
    await settle();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/proposals/p1')).toBe(true);
    expect(navigated).toEqual(['/proposals']);
  });

  it('shows a reviewed proposal’s answers once, under their questions, with the claims marked', async () => {
    const question = { id: 'evaluation', question: 'How is it tested?', status: 'answered' as const, words: 4, evidence: [], claims: ['A held-out set'], rule: 'risk_question.evaluation', reason: 'Answered.' };
    const review = {
      vendor: { name: 'Acme', route: null },
      risk_questions: [question, { ...question, id: 'ownership', question: 'Who owns it?', status: 'missing' as const, claims: [] }],
      commodity_factors: [],
      flags: [],
      reminders: [],
      pricing: { build_usd: null, monthly_run_usd: null },
      playbook: { version: '9', name: 'test', reviewed: '2026-01-01' },
      verdict: { id: 'acceptable', rule: 'review.verdict.acceptable', reason: 'Acceptable.' },
    };
    const { app } = fakeApp({ 'GET /proposals/p1': () => [200, { ...stored, review }] }, manager);
    await proposalPage(app, { id: 'p1' });
    expect(app.main.querySelectorAll('[data-answer="evaluation"]')).toHaveLength(1);
    expect(app.main.querySelector('[data-question="evaluation"] mark[data-claim]')!.textContent).toBe('A held-out set');
    expect(app.main.querySelector('[data-question="ownership"] [data-answer-state="none"]')).not.toBeNull();
    const headings = Array.from(app.main.querySelectorAll('h2')).map((h2) => h2.textContent);
    expect(headings.filter((t) => t === 'The five risk questions')).toHaveLength(1);
    expect(headings).not.toContain('What the vendor wrote');
    expect(app.main.querySelector('[data-summary]')!.textContent).toBe('A support bot.');
  });

  it('edits a proposal with a PATCH that keeps what the form does not show', async () => {
    const withPricing = { ...stored, proposal: { ...stored.proposal, pricing: { build_usd: 9000 } } };
    const { app, calls } = fakeApp({ 'GET /proposals/p1': () => [200, withPricing], 'PATCH /proposals/p1': () => [200, withPricing] }, manager);
    await proposalPage(app, { id: 'p1' });
    const form = app.main.querySelector<HTMLFormElement>('[data-edit="proposal"]')!;
    form.querySelector<HTMLTextAreaElement>('[name="answers.ownership"]')!.value = 'You own everything.';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const sent = calls.find((c) => c.method === 'PATCH')!.body as { title: string; proposal: { answers: Record<string, string>; pricing: unknown } };
    expect(sent.title).toBe('Acme');
    expect(sent.proposal.answers).toEqual({ evaluation: 'A held-out set, weekly.', ownership: 'You own everything.' });
    expect(sent.proposal.pricing).toEqual({ build_usd: 9000 });
  });
});

describe('candidate page', () => {
  const candidate = { id: 'c1', opening_id: 'o1', name: 'Priya', email: 'p@x.test', profile: {}, status: 'new', stage: 'interviews' };
  const card = { id: 's1', candidate_id: 'c1', interviewer_id: 'u-ana', scores: { eval_discipline: 2 }, notes: {}, red_flags: [], state: 'submitted', submitted_at: 5, created_at: 1, updated_at: 1 };
  const handlers = {
    'GET /candidates/c1': () => [200, candidate] as [number, unknown],
    'GET /candidates/c1/scorecards': () => [200, { items: [card] }] as [number, unknown],
    'GET /candidates/c1/evaluation': () => [409, { error: { code: 'no_submitted_scorecards', message: 'none' } }] as [number, unknown],
    'GET /openings/o1': () => [200, opening('open')] as [number, unknown],
    'GET /openings': () => list([opening('open'), { ...opening('closed'), id: 'o2', title: 'Closed role' }]),
    'GET /users': () => list([interviewer]),
    'PATCH /candidates/c1': () => [200, candidate] as [number, unknown],
    'POST /candidates/c1/scorecards/u-ana/reopen': () => [200, { ...card, state: 'draft' }] as [number, unknown],
  };

  it('edits the details with the changed fields only, offering no closed opening', async () => {
    const { app, calls } = fakeApp(handlers, manager);
    await candidatePage(app, { id: 'c1' });
    const form = app.main.querySelector<HTMLElement>('[data-edit="candidate"] form')!;
    const options = Array.from(form.querySelectorAll('[name="opening_id"] option')).map((o) => o.textContent);
    expect(options).toEqual(['No opening', 'Support triage engineer']);
    form.querySelector<HTMLInputElement>('[name="email"]')!.value = 'priya@x.test';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ email: 'priya@x.test' });
  });

  it('reopens a submitted scorecard after the confirmation', async () => {
    const { app, calls } = fakeApp(handlers, manager);
    await candidatePage(app, { id: 'c1' });
    click(app.main, '[data-scorecard="u-ana"] [data-action="reopen-scorecard"]');
    await settle();
    expect(document.querySelector('[role="alertdialog"] h2')!.textContent).toBe('Reopen Ana’s scorecard?');
    accept();
    await settle();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/candidates/c1/scorecards/u-ana/reopen')).toBe(true);
  });

  it('shows an interviewer neither the edit form nor the reopen button', async () => {
    const { app } = fakeApp(handlers, interviewer);
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-edit="candidate"]')).toBeNull();
    expect(app.main.querySelector('[data-action="reopen-scorecard"]')).toBeNull();
  });
});

describe('candidate import', () => {
  it('offers no closed opening to import into', async () => {
    const { app } = fakeApp({ 'GET /openings': () => list([opening('open'), { ...opening('closed'), id: 'o2', title: 'Closed role' }]), 'GET /candidates': () => list([]) }, manager);
    await candidateListPage(app);
    const form = app.main.querySelector('form[aria-labelledby="import-h"]')!;
    const options = Array.from(form.querySelectorAll('select option')).map((o) => o.textContent);
    expect(options).toContain('Support triage engineer');
    expect(options).not.toContain('Closed role');
  });
});
