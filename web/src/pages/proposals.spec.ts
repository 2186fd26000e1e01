// The proposal pages read the risk questions from the playbook, and show
// ownership and brief checks; the shell shows the stale-playbook warning.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, start } from '../app';
import type { Review } from '../api/types';
import { fakeApp, settle } from '../testing/fake_app';
import { proposalListPage, renderReview, riskQuestions } from './proposals';
import { aPlaybook, aUser } from '../testing/fixtures';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const playbook = aPlaybook({
  version: '9',
  risk_questions: {
    list: [
      { id: 'evaluation', title: 'Evaluation', question: 'Edited: how is it tested?' },
      { id: 'ownership', title: 'Ownership', question: 'Edited: who holds the code?' },
    ],
  },
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('risk questions', () => {
  it('come from the playbook, in its order', () => {
    expect(riskQuestions(playbook)).toEqual([
      ['evaluation', 'Edited: how is it tested?'],
      ['ownership', 'Edited: who holds the code?'],
    ]);
  });

  it('fall back to the five ids without a playbook, with no hard-coded wording', () => {
    const ids = riskQuestions(null).map(([id]) => id);
    expect(ids).toEqual(['evaluation', 'sources', 'fallback', 'security', 'ownership']);
  });

  it('label the form fields and the answers sent', async () => {
    const { app, calls } = fakeApp(
      { 'GET /proposals': () => [200, { items: [], total: 0, limit: 100, offset: 0 }], 'POST /proposals': () => [201, { id: 'p1' }] },
      manager,
      playbook,
    );
    await proposalListPage(app);
    const labels = Array.from(app.main.querySelectorAll('label')).map((l) => l.textContent);
    expect(labels).toContain('Edited: how is it tested?');
    expect(labels).not.toContain('How are outputs evaluated before and after release?');
    (app.main.querySelector('[name="vendor.name"]') as HTMLInputElement).value = 'Acme';
    (app.main.querySelector('[name="answers.ownership"]') as HTMLTextAreaElement).value = 'You do.';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const sent = calls.find((c) => c.method === 'POST')!.body as { proposal: { answers: Record<string, string> } };
    expect(sent.proposal.answers).toEqual({ ownership: 'You do.' });
  });
});

describe('review', () => {
  const base: Review = {
    vendor: { name: 'Acme', route: null },
    risk_questions: [],
    commodity_factors: [],
    flags: [],
    reminders: [],
    pricing: { build_usd: null, monthly_run_usd: null },
    playbook: { version: '9', name: 'test', reviewed: '2026-01-01' },
    verdict: { id: 'acceptable', rule: 'review.verdict.acceptable', reason: 'Acceptable.' },
  };

  it('shows ownership kept by the vendor and the brief checks', () => {
    const el = renderReview({
      ...base,
      ownership_not_transferred: { withheld: ['prompts'], rule: 'review.ownership_not_transferred', reason: 'The vendor keeps prompts.' },
      brief_checks: [
        { id: 'workflow', status: 'pass', found: ['triage'], rule: 'review.brief.workflow', reason: 'Names it.' },
        { id: 'run_budget', status: 'fail', found: [], rule: 'review.brief.run_budget', reason: 'Over budget.' },
      ],
    });
    expect(el.querySelector('[data-ownership]')!.textContent).toContain('The vendor keeps prompts.');
    expect(el.querySelector('[data-brief-check="run_budget"]')!.textContent).toContain('Over budget.');
    expect(el.querySelector('[data-brief-check="workflow"]')!.className).toBe('pass');
  });

  it('shows the vendor’s answers with the claims that answered each question marked, and the questions left open', () => {
    const question = (id: string, status: 'answered' | 'thin' | 'missing', claims: string[]) => ({ id, question: `Q ${id}?`, status, words: 20, evidence: [], claims, rule: `risk_question.${id}`, reason: 'r' });
    const el = renderReview(
      { ...base, risk_questions: [question('evaluation', 'answered', ['We run a golden set of 300 invoices on every change']), question('sources', 'thin', []), question('security', 'missing', [])] },
      { evaluation: 'Evals, metrics. We run a golden set of 300 invoices on every change.', sources: 'RAG, vector database, embeddings, chunking' },
    );
    const answered = el.querySelector('[data-question="evaluation"] .vendor-answer')!;
    expect(answered.querySelector('mark[data-claim]')!.textContent).toBe('We run a golden set of 300 invoices on every change');
    expect(answered.textContent).toContain('Evals, metrics.');
    expect(answered.getAttribute('data-answer-state')).toBe('claims');
    expect(answered.querySelector('[data-answer="evaluation"]')!.textContent).toBe('Evals, metrics. We run a golden set of 300 invoices on every change.');
    const thin = el.querySelector('[data-question="sources"] .vendor-answer')!;
    expect(thin.getAttribute('data-answer-state')).toBe('no_claims');
    expect(thin.querySelector('mark')).toBeNull();
    const open = el.querySelector('[data-question="security"] [data-answer="security"]')!;
    expect(open.textContent).toBe('The vendor did not answer this question.');
    expect(open.getAttribute('data-answer-state')).toBe('none');
    // Each question's answer appears once.
    expect(el.querySelectorAll('[data-answer="evaluation"]')).toHaveLength(1);
  });

  it('shows no answers when none are given (a review on its own)', () => {
    const el = renderReview({ ...base, risk_questions: [{ id: 'evaluation', question: 'Q?', status: 'missing', words: 0, evidence: [], claims: [], rule: 'r', reason: 'r' }] });
    expect(el.querySelector('.vendor-answer')).toBeNull();
  });

  it('shows neither for a record without them', () => {
    const el = renderReview(base);
    expect(el.querySelector('[data-ownership]')).toBeNull();
    expect(el.querySelector('[data-brief-check]')).toBeNull();
  });
});

describe('stale playbook', () => {
  async function shell(stale: string | null): Promise<HTMLElement> {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string) => {
        const path = new URL(input, 'http://localhost').pathname;
        if (path.endsWith('/session')) return new Response(JSON.stringify({ user: manager, csrf_token: 't' }), { status: 200 });
        if (path.endsWith('/playbook')) return new Response(JSON.stringify({ ...playbook, stale }), { status: 200 });
        return new Response(JSON.stringify({ items: [], total: 0, limit: 100, offset: 0 }), { status: 200 });
      }),
    );
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const app = createApp(root, []);
    await start(app);
    await settle();
    return root;
  }

  it('is shown on every page when the server says the playbook is past its age', async () => {
    const root = await shell('This playbook was last reviewed 400 days ago.');
    const banner = root.querySelector('[data-stale-playbook]');
    expect(banner!.textContent).toBe('This playbook was last reviewed 400 days ago.');
    expect(banner!.getAttribute('role')).toBe('status');
  });

  it('is absent when the playbook is fresh', async () => {
    const root = await shell(null);
    expect(root.querySelector('[data-stale-playbook]')).toBeNull();
  });
});
