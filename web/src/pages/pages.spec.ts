// Page-level tests with a fake API: what a user sees and what is sent.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApp, settle } from '../testing/fake_app';
import { briefWizardPage } from './brief_wizard';
import { candidatePage, suggestedDecision } from './candidate';
import { candidateListPage } from './candidates';
import { scorecardPage } from './scorecard_form';
import { signInPage } from './signin';
import { aCandidate, aUser } from '../testing/fixtures';

const interviewer = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const candidate = { id: 'c1', opening_id: '', name: 'Priya', email: 'p@x.test', profile: {}, status: 'new' };
const blind = { error: { code: 'permission_denied', message: 'submit your own scorecard for this candidate before reading the others’' } };

beforeEach(() => localStorage.clear());

describe('sign in', () => {
  it('keeps the email and says why on a wrong password', async () => {
    const { app, navigated } = fakeApp({ 'POST /login': () => [401, { error: { code: 'unauthenticated', message: 'no' } }] }, null);
    await signInPage(app);
    (app.main.querySelector('input[name=email]') as HTMLInputElement).value = 'a@b.c';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(app.main.querySelector('.banner')!.textContent).toContain('do not match');
    expect((app.main.querySelector('input[name=email]') as HTMLInputElement).value).toBe('a@b.c');
    expect(navigated).toEqual([]);
  });

  it('drops a stale "email is required" once the email is filled and the next try fails otherwise', async () => {
    let tries = 0;
    const { app } = fakeApp(
      {
        'POST /login': () => {
          tries += 1;
          return tries === 1
            ? [400, { error: { code: 'invalid_input', message: 'email is required', field: 'email' } }]
            : [401, { error: { code: 'unauthenticated', message: 'no' } }];
        },
      },
      null,
    );
    await signInPage(app);
    const form = app.main.querySelector('form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const slot = app.main.querySelector('[data-error-for="email"]') as HTMLElement;
    expect(slot.textContent).toBe('email is required');
    // Filled without an input event (autofill): the next submit still clears it.
    (app.main.querySelector('input[name=email]') as HTMLInputElement).value = 'a@b.c';
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(slot.hidden).toBe(true);
    expect(slot.textContent).toBe('');
    expect(app.main.querySelector('.banner')!.textContent).toContain('do not match');
  });

  it('signs in and goes to the role’s start page', async () => {
    const { app, calls, navigated } = fakeApp({ 'POST /login': () => [200, { user: interviewer, csrf_token: 't' }] }, null);
    await signInPage(app);
    (app.main.querySelector('input[name=email]') as HTMLInputElement).value = ' ana@x.test ';
    (app.main.querySelector('input[name=password]') as HTMLInputElement).value = 'pw pw pw pw';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls[0]).toEqual({ method: 'POST', path: '/login', body: { email: 'ana@x.test', password: 'pw pw pw pw' } });
    expect(app.user).toEqual(interviewer);
    expect(navigated).toEqual(['/candidates']);
  });
});

describe('candidate page under the blind rule', () => {
  it('shows an interviewer no scorecard and no evaluation before they submit', async () => {
    const { app } = fakeApp(
      {
        'GET /candidates/c1': () => [200, candidate],
        'GET /candidates/c1/scorecards': () => [403, blind],
        'GET /candidates/c1/evaluation': () => [403, blind],
      },
      interviewer,
    );
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-blind="true"]')).not.toBeNull();
    expect(app.main.querySelectorAll('[data-scorecard]')).toHaveLength(0);
    expect(app.main.querySelector('[data-gate]')).toBeNull();
    expect(app.main.textContent).toContain('Blind rule');
    expect(app.main.querySelector('#decision-h')).toBeNull();
  });

  it('shows the gate, flags, disagreements and the decision form to a manager', async () => {
    const evaluation = {
      candidate: { id: 'c1', name: 'Priya' },
      interviewers: 2,
      overall_mean: 3.5,
      categories: [{ id: 'eval_discipline', title: 'Evaluation discipline', mean: 3.5, min: 2, max: 5, spread: 3, count: 2, scores: [{ interviewer: 'Ana', score: 2 }, { interviewer: 'Ben', score: 5 }] }],
      gate: { risky_first_hire: true, failing: ['eval_discipline'], rule: 'gate.risky_first_hire', reason: 'Evaluation discipline is below 3.' },
      red_flags: [{ id: 'manual_validation_only', title: 'Manual validation only', raised_by: ['Ana'] }],
      disagreements: [{ category: 'eval_discipline', low: 2, high: 5, low_by: ['Ana'], high_by: ['Ben'], rule: 'scorecard.disagreement', reason: 'Ana scored 2, Ben 5.' }],
      weak_evidence: [],
      recommendation: { decision: 'no_hire', rule: 'recommendation.gate', reason: 'The gate fails.' },
      certainty: { interviews: 2, min_interviews: 4, less_certain: true, reason: 'Two interviews are fewer than four.', rule: 'scorecard.certainty' },
      evidence: { scorecards: [] },
    };
    const { app, calls } = fakeApp(
      {
        'GET /candidates/c1': () => [200, candidate],
        'GET /candidates/c1/scorecards': () => [200, { items: [] }],
        'GET /candidates/c1/evaluation': () => [200, evaluation],
        'GET /users': () => [200, { items: [], total: 0, limit: 500, offset: 0 }],
        'GET /candidates/c1/decisions': () => [200, { items: [] }],
        'POST /candidates/c1/decisions': (body) => [201, { id: 'd1', ...(body as object) }],
      },
      manager,
    );
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-gate]')!.getAttribute('data-gate')).toBe('risky_first_hire');
    expect(app.main.querySelector('[data-flag="manual_validation_only"]')!.textContent).toContain('Ana');
    expect(app.main.querySelector('[data-disagreement="eval_discipline"]')!.textContent).toContain('Ana scored 2, Ben 5.');
    const decision = app.main.querySelector('select[name=decision]') as HTMLSelectElement;
    expect(decision.value).toBe('reject');
    // No reason: refused here, beside the field, and nothing is sent.
    decision.closest('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect(app.main.querySelector('[data-error-for="reason"]')!.textContent).toContain('a decision needs a reason');
    (app.main.querySelector('textarea[name=reason]') as HTMLTextAreaElement).value = ' Weak evaluation practice. ';
    decision.closest('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    // The server gives the rule of the decision's kind; the page sends none.
    expect(calls.at(-1)).toEqual({ method: 'POST', path: '/candidates/c1/decisions', body: { decision: 'reject', reason: 'Weak evaluation practice.' } });
  });
});

describe('candidate page evidence', () => {
  const note = 'Said they mostly eyeball the outputs.';
  const evaluation = {
    candidate: { id: 'c1', name: 'Priya' },
    interviewers: 2,
    overall_mean: 4,
    categories: [
      { id: 'eval_discipline', title: 'Evaluation discipline', mean: 4.5, min: 4, max: 5, spread: 1, count: 2, scores: [{ interviewer: 'Ana', score: 5 }, { interviewer: 'Ben', score: 4 }] },
      { id: 'security_guardrails', title: 'Security', mean: 3, min: 3, max: 3, spread: 0, count: 1, scores: [{ interviewer: 'Ben', score: 3 }] },
    ],
    gate: { risky_first_hire: false, failing: [], split: [], rule: 'gate', reason: 'Passed.' },
    red_flags: [],
    disagreements: [],
    weak_evidence: [],
    recommendation: { decision: 'hire', rule: 'recommendation.hire', reason: 'Good.' },
    certainty: { interviews: 2, min_interviews: 4, less_certain: true, reason: 'Two independent interviews are fewer than four; the recommendation is less certain.', rule: 'scorecard.certainty' },
    evidence: {
      scorecards: [
        {
          interviewer: 'Ana',
          interviewer_id: 'u-ana',
          signals: [{ note: 'eval_discipline', category: 'eval_discipline', polarity: 'fail', quote: 'eyeball', start: 17, end: 24, rule: 'evidence.cue.eval_discipline.fail', concrete: false }],
          red_flags: [],
          mismatches: [{ category: 'eval_discipline', score: 5, red_flag: null, reason: 'Ana scored Evaluation discipline 5, but the notes only carry evidence against it.', rule: 'evidence.mismatch.high_only_fail' }],
        },
        { interviewer: 'Ben', interviewer_id: 'u-ben', signals: [], red_flags: [], mismatches: [] },
      ],
    },
  };
  const cards = [
    { id: 's1', candidate_id: 'c1', interviewer_id: 'u-ana', scores: { eval_discipline: 5 }, notes: { eval_discipline: note }, summary: 'Keen, but eyeball testing.', red_flags: [], state: 'submitted' },
    { id: 's2', candidate_id: 'c1', interviewer_id: 'u-ben', scores: { eval_discipline: 4, security_guardrails: 3 }, notes: {}, summary: '', red_flags: [], state: 'submitted' },
  ];

  it('marks the quoted evidence in each note beside its score, with the rule behind “Why?”', async () => {
    const { app } = fakeApp(
      {
        'GET /candidates/c1': () => [200, candidate],
        'GET /candidates/c1/scorecards': () => [200, { items: cards }],
        'GET /candidates/c1/evaluation': () => [200, evaluation],
        'GET /users': () => [200, { items: [aUser({ id: 'u-ana', name: 'Ana', email: 'ana@x.test', role: 'interviewer' }), aUser({ id: 'u-ben', name: 'Ben', email: 'ben@x.test', role: 'interviewer' })], total: 2, limit: 500, offset: 0 }],
        'GET /candidates/c1/decisions': () => [200, { items: [] }],
      },
      manager,
      { categories: [{ id: 'eval_discipline', title: 'Evaluation discipline' }, { id: 'security_guardrails', title: 'Security' }], vocabularies: { evidence_polarity: [{ id: 'fail', label: 'Evidence of failure' }] } } as never,
    );
    await candidatePage(app, { id: 'c1' });
    const ana = app.main.querySelector('[data-scorecard="u-ana"] [data-score="eval_discipline"]')!;
    expect(ana.querySelector('.score')!.textContent).toBe('5');
    // The note reads as written once the disclosures are set aside.
    const noteText = ana.querySelector('.note-text')!;
    expect(Array.from(noteText.childNodes).filter((n) => n.nodeName !== 'DETAILS').map((n) => n.textContent).join('')).toBe(note);
    const mark = ana.querySelector('mark')!;
    expect(mark.textContent).toBe('eyeball');
    const why = mark.nextElementSibling!;
    expect(why.tagName).toBe('DETAILS');
    expect(why.querySelector('summary')!.textContent).toBe('Why?');
    expect(why.textContent).toContain('Evidence of failure for Evaluation discipline');
    expect(why.querySelector('code')!.textContent).toBe('evidence.cue.eval_discipline.fail');
    // Ana's summary has no finding: shown plain. Ben's score without a note says so.
    expect(app.main.querySelector('[data-scorecard="u-ana"] [data-note="summary"]')!.textContent).toBe('Keen, but eyeball testing.');
    expect(app.main.querySelector('[data-scorecard="u-ben"] [data-score="security_guardrails"]')!.textContent).toContain('no note');
    // The evaluation lists the mismatch, how many scored each category, and that two interviews are less certain.
    expect(app.main.querySelector('.evaluation-evidence [data-mismatch="eval_discipline"]')!.textContent).toContain('only carry evidence against it');
    expect(app.main.querySelector('[data-scored-by="security_guardrails"]')!.textContent).toBe('1 of 2');
    expect(app.main.querySelector('[data-certainty]')!.getAttribute('data-certainty')).toBe('less_certain');
    expect(app.main.querySelector('[data-certainty]')!.textContent).toContain('fewer than the 4');
  });

  it('says the recommendation is firm and nothing disagrees when that is so', async () => {
    const firm = { ...evaluation, certainty: { interviews: 4, min_interviews: 4, less_certain: false, reason: null, rule: 'scorecard.certainty' }, evidence: { scorecards: [] } };
    const { app } = fakeApp(
      { 'GET /candidates/c1': () => [200, candidate], 'GET /candidates/c1/scorecards': () => [200, { items: [] }], 'GET /candidates/c1/evaluation': () => [200, firm] },
      manager,
    );
    await candidatePage(app, { id: 'c1' });
    expect(app.main.querySelector('[data-certainty]')!.getAttribute('data-certainty')).toBe('firm');
    expect(app.main.querySelector('.evaluation-evidence')!.textContent).toContain('Every score is borne out by its notes.');
    expect(app.main.querySelector('.evaluation-evidence mark')).toBeNull();
  });
});

describe('suggestedDecision', () => {
  it('maps the recommendation ladder to a decision', () => {
    expect(suggestedDecision('strong_hire')).toBe('hire');
    expect(suggestedDecision('hire')).toBe('hire');
    expect(suggestedDecision('risky_first_hire')).toBe('hold');
    expect(suggestedDecision('no_hire')).toBe('reject');
    expect(suggestedDecision(undefined)).toBe('hold');
  });
});

describe('scorecard form', () => {
  const playbook = {
    categories: [
      { id: 'eval_discipline', title: 'Evaluation discipline', strong: 'Tests outputs', fail: 'Eyeballs' },
      { id: 'security_guardrails', title: 'Security', strong: 'Injection', fail: 'Later' },
    ],
    red_flags: [{ id: 'tools_not_outcomes', title: 'Talks tools' }],
  } as never;

  it('shows the anchors beside the scale and refuses to submit with nothing scored', async () => {
    const { app, calls } = fakeApp({ 'GET /candidates/c1': () => [200, candidate], 'GET /candidates/c1/scorecards': () => [403, blind] }, interviewer, playbook);
    await scorecardPage(app, { id: 'c1' });
    const block = app.main.querySelector('[data-category="eval_discipline"]')!;
    expect(block.querySelectorAll('input[type=radio]')).toHaveLength(5);
    expect(block.querySelector('.anchor.fail')!.textContent).toContain('Eyeballs');
    expect(block.querySelector('.anchor.strong')!.textContent).toContain('Tests outputs');
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect(app.main.querySelector('.banner')!.textContent).toContain('Score at least one category');
  });

  it('submits a partial scorecard: a category not assessed is left out, with the summary', async () => {
    const { app, calls } = fakeApp(
      { 'GET /candidates/c1': () => [200, candidate], 'POST /candidates/c1/scorecards': () => [201, {}] },
      interviewer,
      playbook,
    );
    await scorecardPage(app, { id: 'c1' });
    (app.main.querySelector('[data-category="eval_discipline"] input[value="4"]') as HTMLInputElement).checked = true;
    (app.main.querySelector('textarea[name=summary]') as HTMLTextAreaElement).value = 'Solid on evals; security not covered.';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.at(-1)!.body).toEqual({ scores: { eval_discipline: 4 }, notes: {}, summary: 'Solid on evals; security not covered.', red_flags: [], submit: true });
  });

  it('opened from an interview: its questions and focus first, the others folded away, the focus required', async () => {
    history.replaceState(null, '', '/candidates/c1/score?interview=i1');
    try {
      const kit = {
        questions: [
          { id: 'q-sec', text: 'How would you stop prompt injection?', categories: ['security_guardrails'], strong: 'Names the boundary', weak: 'Later' },
          { id: 'q-eval', text: 'How do you test outputs?', categories: ['eval_discipline'] },
        ],
      };
      const { app, calls } = fakeApp(
        {
          'GET /candidates/c1': () => [200, candidate],
          'GET /me/interviews': () => [200, { items: [{ id: 'i1', candidate_id: 'c1', opening_id: 'o1', kind: 'security_review', focus: ['security_guardrails'], due_at: 0 }], total: 1 }],
          'GET /openings/o1': () => [200, { id: 'o1', title: 'AI engineer', kit }],
        },
        interviewer,
        playbook,
      );
      await scorecardPage(app, { id: 'c1' });
      const brief = app.main.querySelector('[data-interview="i1"]')!;
      expect(brief.textContent).toContain('Focus: Security');
      expect(brief.querySelector('[data-question="q-sec"]')!.textContent).toContain('Names the boundary');
      expect(brief.querySelector('[data-question="q-eval"]')).toBeNull();
      const folded = app.main.querySelector('details.other-categories')!;
      expect(folded.querySelector('[data-category="eval_discipline"]')).not.toBeNull();
      expect(folded.querySelector('[data-category="security_guardrails"]')).toBeNull();
      expect(folded.hasAttribute('open')).toBe(false);
      // Scoring only a category outside the focus does not do.
      (app.main.querySelector('[data-category="eval_discipline"] input[value="3"]') as HTMLInputElement).checked = true;
      app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
      expect(calls.filter((c) => c.method === 'POST' && c.path === '/candidates/c1/scorecards')).toHaveLength(0);
      expect((app.main.querySelector('[data-category="security_guardrails"] .field-error') as HTMLElement).hidden).toBe(false);
      expect(app.main.querySelector('.banner')!.textContent).toContain('focus');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('unfolds a category outside the focus when the server refuses its score', async () => {
    history.replaceState(null, '', '/candidates/c1/score?interview=i1');
    try {
      const { app } = fakeApp(
        {
          'GET /candidates/c1': () => [200, candidate],
          'GET /me/interviews': () => [200, { items: [{ id: 'i1', candidate_id: 'c1', opening_id: null, kind: 'technical', focus: ['security_guardrails'], due_at: 0 }], total: 1 }],
          'POST /candidates/c1/scorecards': () => [422, { error: { code: 'invalid_input', message: 'expected a whole number between 1 and 5', field: 'scores.eval_discipline' } }],
        },
        interviewer,
        playbook,
      );
      await scorecardPage(app, { id: 'c1' });
      expect(app.main.querySelector('.interview-brief')!.textContent).toContain('The opening has no kit');
      (app.main.querySelector('[data-category="security_guardrails"] input[value="4"]') as HTMLInputElement).checked = true;
      app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settle();
      const folded = app.main.querySelector('details.other-categories')!;
      expect(folded.hasAttribute('open')).toBe(true);
      expect(folded.querySelector('[data-category="eval_discipline"]')!.textContent).toContain('whole number');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('shows the own check of the draft: the mismatches and the suggested red flags, before submitting', async () => {
    const evidence = {
      interviewer: 'Ana',
      interviewer_id: 'u-ana',
      signals: [{ note: 'eval_discipline', category: 'eval_discipline', polarity: 'fail', quote: 'eyeball', start: 17, end: 24, rule: 'evidence.cue', concrete: false }],
      red_flags: [{ note: 'eval_discipline', id: 'tools_not_outcomes', quote: 'eyeball', start: 17, end: 24, rule: 'evidence.red_flag.x' }],
      mismatches: [{ category: 'eval_discipline', score: 5, red_flag: null, reason: 'Ana scored Evaluation discipline 5, but the notes only carry evidence against it.', rule: 'evidence.mismatch.high_only_fail' }],
    };
    const { app, calls } = fakeApp(
      { 'GET /candidates/c1': () => [200, candidate], 'POST /candidates/c1/scorecards/check': () => [200, evidence] },
      interviewer,
      playbook,
    );
    await scorecardPage(app, { id: 'c1' });
    (app.main.querySelector('[data-category="eval_discipline"] input[value="5"]') as HTMLInputElement).checked = true;
    (app.main.querySelector('[data-category="eval_discipline"] textarea') as HTMLTextAreaElement).value = 'Said they mostly eyeball the outputs.';
    (app.main.querySelector('.own-check button') as HTMLButtonElement).click();
    await settle();
    const check = calls.find((c) => c.path === '/candidates/c1/scorecards/check')!;
    expect(check.body).toMatchObject({ scores: { eval_discipline: 5 }, notes: { eval_discipline: 'Said they mostly eyeball the outputs.' }, submit: false });
    const panel = app.main.querySelector('.own-check')!;
    expect(panel.querySelector('[data-mismatch="eval_discipline"]')!.textContent).toContain('only carry evidence against it');
    expect(panel.querySelector('[data-suggested-flag="tools_not_outcomes"] mark')!.textContent).toBe('eyeball');
    expect(panel.querySelector('[role=status]')!.textContent).toContain('1 thing to look at again');
    expect(calls.filter((c) => c.path === '/candidates/c1/scorecards')).toHaveLength(0); // a check stores nothing
  });

  it('keeps what was typed in a browser draft and restores it', async () => {
    const handlers = { 'GET /candidates/c1': () => [200, candidate] as [number, unknown], 'GET /candidates/c1/scorecards': () => [403, blind] as [number, unknown] };
    const first = fakeApp(handlers, interviewer, playbook);
    await scorecardPage(first.app, { id: 'c1' });
    const radio = first.app.main.querySelector('[data-category="eval_discipline"] input[value="4"]') as HTMLInputElement;
    radio.checked = true;
    radio.dispatchEvent(new Event('change', { bubbles: true }));
    const note = first.app.main.querySelector('[data-category="eval_discipline"] textarea') as HTMLTextAreaElement;
    note.value = 'Ran a regression suite';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    const second = fakeApp(handlers, interviewer, playbook);
    await scorecardPage(second.app, { id: 'c1' });
    expect((second.app.main.querySelector('[data-category="eval_discipline"] input[value="4"]') as HTMLInputElement).checked).toBe(true);
    expect((second.app.main.querySelector('[data-category="eval_discipline"] textarea') as HTMLTextAreaElement).value).toBe('Ran a regression suite');
  });

  it('opens on the draft saved on the server when this browser has none', async () => {
    const saved = { id: 's', candidate_id: 'c1', interviewer_id: 'u-ana', scores: { eval_discipline: 3, security_guardrails: 4 }, notes: { eval_discipline: 'Showed a regression suite' }, red_flags: ['tools_not_outcomes'], state: 'draft', updated_at: 1767225600000 };
    const { app, calls } = fakeApp({ 'GET /candidates/c1': () => [200, candidate], 'GET /candidates/c1/scorecards/mine': () => [200, saved] }, interviewer, playbook);
    await scorecardPage(app, { id: 'c1' });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toContain('GET /candidates/c1/scorecards/mine');
    expect((app.main.querySelector('[data-category="eval_discipline"] input[value="3"]') as HTMLInputElement).checked).toBe(true);
    expect((app.main.querySelector('[data-category="security_guardrails"] input[value="4"]') as HTMLInputElement).checked).toBe(true);
    expect((app.main.querySelector('[data-category="eval_discipline"] textarea') as HTMLTextAreaElement).value).toBe('Showed a regression suite');
    expect((app.main.querySelector('input[name=red_flags]') as HTMLInputElement).checked).toBe(true);
    expect((app.main.querySelector('button[type=submit]') as HTMLButtonElement).disabled).toBe(false);
    expect(app.main.querySelector('.actions [role=status]')!.textContent).toContain('draft saved on the server was restored');
  });

  it('sends one POST on submit even when a note’s change event has just queued a draft', async () => {
    vi.useFakeTimers();
    try {
      let submitted = false;
      const { app, calls } = fakeApp(
        {
          'GET /candidates/c1': () => [200, candidate],
          'POST /candidates/c1/scorecards': (body) => {
            if (submitted) return [409, { error: { code: 'conflict', message: 'this scorecard is submitted and locked' } }];
            submitted = (body as { submit: boolean }).submit;
            return [submitted ? 201 : 200, {}];
          },
        },
        interviewer,
        playbook,
      );
      const page = scorecardPage(app, { id: 'c1' });
      await vi.advanceTimersByTimeAsync(0);
      await page;
      for (const [cat, score] of [['eval_discipline', 3], ['security_guardrails', 4]] as const) {
        const radio = app.main.querySelector(`[data-category="${cat}"] input[value="${score}"]`) as HTMLInputElement;
        radio.checked = true;
      }
      const note = app.main.querySelector('[data-category="eval_discipline"] textarea') as HTMLTextAreaElement;
      note.value = 'Walked through a regression suite';
      // The textarea loses the focus to the submit button: its change event fires.
      note.dispatchEvent(new Event('change', { bubbles: true }));
      app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await vi.advanceTimersByTimeAsync(5000);
      const posts = calls.filter((c) => c.method === 'POST');
      expect(posts).toHaveLength(1);
      expect((posts[0].body as { submit: boolean }).submit).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('submits every score and shows a submitted scorecard locked', async () => {
    const { app, calls, navigated } = fakeApp(
      {
        'GET /candidates/c1': () => [200, candidate],
        'GET /candidates/c1/scorecards': () => [403, blind],
        'POST /candidates/c1/scorecards': () => [201, {}],
      },
      interviewer,
      playbook,
    );
    await scorecardPage(app, { id: 'c1' });
    (app.main.querySelector('[data-category="eval_discipline"] input[value="2"]') as HTMLInputElement).checked = true;
    (app.main.querySelector('[data-category="security_guardrails"] input[value="5"]') as HTMLInputElement).checked = true;
    (app.main.querySelector('input[name=red_flags]') as HTMLInputElement).checked = true;
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/candidates/c1/scorecards',
      body: { scores: { eval_discipline: 2, security_guardrails: 5 }, notes: {}, red_flags: ['tools_not_outcomes'], submit: true },
    });
    expect(navigated).toEqual(['/candidates/c1']);

    const locked = fakeApp(
      {
        'GET /candidates/c1': () => [200, candidate],
        'GET /candidates/c1/scorecards/mine': () => [200, { id: 's', candidate_id: 'c1', interviewer_id: 'u-ana', scores: { eval_discipline: 2, security_guardrails: 5 }, notes: {}, red_flags: [], state: 'submitted' }],
      },
      interviewer,
      playbook,
    );
    await scorecardPage(locked.app, { id: 'c1' });
    expect(locked.app.main.textContent).toContain('it is locked');
    expect((locked.app.main.querySelector('[data-category="eval_discipline"] input[value="2"]') as HTMLInputElement).checked).toBe(true);
    expect((locked.app.main.querySelector('button[type=submit]') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('brief wizard', () => {
  it('shows a server error beside its field on the step that holds it, keeping the values', async () => {
    const { app, navigated } = fakeApp(
      {
        'POST /briefs': () => [422, { error: { code: 'invalid_input', message: 'access must be one of available, requested, unavailable', field: 'brief.data.sources[0].access' } }],
      },
      manager,
    );
    await briefWizardPage(app, {});
    (app.main.querySelector('input[name="workflow.name"]') as HTMLInputElement).value = 'Triage';
    (app.main.querySelector('input[name="data.sources[0].name"]') as HTMLInputElement).value = 'Zendesk';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const access = app.main.querySelector('select[name="data.sources[0].access"]') as HTMLSelectElement;
    expect(access.getAttribute('aria-invalid')).toBe('true');
    expect(access.closest<HTMLElement>('.step')!.hidden).toBe(false);
    expect(app.main.querySelector('input[name="workflow.name"]')!.closest<HTMLElement>('.step')!.hidden).toBe(true);
    expect(app.main.querySelector('[data-error-for="data.sources[0].access"]')!.textContent).toContain('access must be one of');
    expect((app.main.querySelector('input[name="workflow.name"]') as HTMLInputElement).value).toBe('Triage');
    expect(navigated).toEqual([]);
  });

  it('refuses to send a brief without a workflow name', async () => {
    const { app, calls } = fakeApp({}, manager);
    await briefWizardPage(app, {});
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls).toHaveLength(0);
    expect(app.main.querySelector('[data-error-for="workflow.name"]')!.textContent).toContain('Give the workflow a name');
  });
});

describe('candidate import', () => {
  const listing = { items: [], total: 0, limit: 100, offset: 0 };
  const csv = 'name,codes\nAda,yes\nBo,maybe\n';
  const refused = { error: { code: 'invalid', message: 'bad rows' }, rows: [{ line: 3, field: 'codes', message: 'yes or no' }] };

  it('posts the file once, shows the refused rows by line and imports the good rows on request', async () => {
    const { app, calls } = fakeApp(
      {
        'GET /openings': () => [200, listing],
        'GET /candidates': () => [200, listing],
        'POST /candidates/import': (_body, url) =>
          url.searchParams.get('skip_bad_rows') === 'true'
            ? [201, { imported: [aCandidate({ id: 'c1', name: 'Ada' })], skipped: refused.rows }]
            : [400, refused],
      },
      manager,
    );
    await candidateListPage(app);
    const input = app.main.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([csv], 'pool.csv', { type: 'text/csv' })] });
    app.main.querySelector<HTMLFormElement>('form[aria-labelledby="import-h"]')!.requestSubmit();
    await settle();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toEqual([{ method: 'POST', path: '/candidates/import', body: { type: 'text/csv', text: csv } }]);
    expect(app.main.textContent).toContain('Nothing was imported: 1 row with errors.');
    expect(app.main.querySelector('tr[data-line="3"]')?.textContent).toContain('yes or no');
    [...app.main.querySelectorAll('button')].find((b) => b.textContent === 'Import the good rows')!.click();
    await settle();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2);
    expect(app.main.textContent).toContain('Imported 1 candidate; skipped 1 row with errors.');
    expect([...app.main.querySelectorAll('button')].some((b) => b.textContent === 'Import the good rows')).toBe(false);
  });
});
