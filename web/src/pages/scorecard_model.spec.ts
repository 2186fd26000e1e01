import { describe, expect, it } from 'vitest';
import { anyScored, categoryOfField, emptyScorecard, missingCategories, questionsFor, restoreScorecard, scorecardBody, splitByFocus, startingScorecard, startNotice, type OwnScorecard } from './scorecard_model';

const categories = ['production_shipping', 'eval_discipline', 'security_guardrails'];

describe('scorecardBody', () => {
  it('sends scored categories, non-empty notes and each flag once', () => {
    const body = scorecardBody(
      { scores: { eval_discipline: 2, production_shipping: 4 }, notes: { eval_discipline: ' eyeballs ', production_shipping: '  ' }, summary: '  ', red_flags: ['manual_validation_only', 'manual_validation_only'] },
      categories,
      false,
    );
    expect(body).toEqual({ scores: { production_shipping: 4, eval_discipline: 2 }, notes: { eval_discipline: 'eyeballs' }, red_flags: ['manual_validation_only'], submit: false });
  });

  it('sends the summary when there is one, and leaves unassessed categories out instead of zero', () => {
    const body = scorecardBody({ ...emptyScorecard(), scores: { eval_discipline: 5 }, summary: ' Strong on evals. ' }, categories, true);
    expect(body).toEqual({ scores: { eval_discipline: 5 }, notes: {}, summary: 'Strong on evals.', red_flags: [], submit: true });
    expect(Object.keys(body.scores)).not.toContain('security_guardrails');
  });
});

describe('anyScored', () => {
  it('is true once one category has a score', () => {
    expect(anyScored(emptyScorecard(), categories)).toBe(false);
    expect(anyScored({ ...emptyScorecard(), scores: { security_guardrails: 1 } }, categories)).toBe(true);
  });
});

describe('splitByFocus', () => {
  it('puts the focus categories first in the playbook order and keeps the others apart', () => {
    expect(splitByFocus(categories, ['security_guardrails', 'production_shipping'])).toEqual({ focus: ['production_shipping', 'security_guardrails'], others: ['eval_discipline'] });
  });
  it('makes every category the interview’s without a focus', () => {
    expect(splitByFocus(categories, [])).toEqual({ focus: categories, others: [] });
    expect(splitByFocus(categories, null)).toEqual({ focus: categories, others: [] });
  });
});

describe('questionsFor', () => {
  const kit = {
    questions: [
      { id: 'q1', text: 'Tell me about an eval', categories: ['eval_discipline'] },
      { id: 'q2', text: 'How do you stop injection?', categories: ['security_guardrails'] },
      { id: 'q3', text: 'What did you ship?', categories: ['production_shipping', 'eval_discipline'] },
    ],
  };
  it('keeps the questions that cover a focus category, in the kit order', () => {
    expect(questionsFor(kit, ['eval_discipline']).map((q) => q.id)).toEqual(['q1', 'q3']);
  });
  it('keeps them all without a focus, and none without a kit', () => {
    expect(questionsFor(kit, []).map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(questionsFor(null, ['eval_discipline'])).toEqual([]);
  });
});

describe('missingCategories', () => {
  it('lists the categories without a score', () => {
    expect(missingCategories({ ...emptyScorecard(), scores: { eval_discipline: 3 } }, categories)).toEqual(['production_shipping', 'security_guardrails']);
    expect(missingCategories({ ...emptyScorecard(), scores: { production_shipping: 1, eval_discipline: 1, security_guardrails: 5 } }, categories)).toEqual([]);
  });
});

describe('restoreScorecard', () => {
  it('keeps valid saved values and drops the rest', () => {
    const state = restoreScorecard(
      { scores: { eval_discipline: 3, production_shipping: 9, security_guardrails: 2.5, other: 4 }, notes: { eval_discipline: 'ok', x: 'y' }, red_flags: ['tools_not_outcomes', 'made_up', 3] },
      categories,
      ['tools_not_outcomes'],
    );
    expect(state).toEqual({ scores: { eval_discipline: 3 }, notes: { eval_discipline: 'ok' }, summary: '', red_flags: ['tools_not_outcomes'] });
    expect(restoreScorecard({ summary: 'kept' }, categories, []).summary).toBe('kept');
    expect(restoreScorecard({ summary: 7 }, categories, []).summary).toBe('');
    expect(restoreScorecard('garbage', categories, [])).toEqual(emptyScorecard());
  });
});

describe('startingScorecard', () => {
  const server = (state: 'draft' | 'submitted', updated_at?: number): OwnScorecard => ({
    scores: { eval_discipline: 2 },
    notes: { eval_discipline: 'from the server' },
    red_flags: [],
    state,
    updated_at,
  });
  const browser = (saved_at?: number) => ({ scores: { eval_discipline: 4 }, notes: { eval_discipline: 'typed here' }, red_flags: [], saved_at });

  it('shows a submitted scorecard locked, whatever this browser kept', () => {
    const start = startingScorecard(server('submitted', 1000), browser(5000));
    expect(start).toEqual({ from: 'submitted', saved: server('submitted', 1000), locked: true });
  });

  it('opens on the server draft when this browser has none (a reload elsewhere loses nothing)', () => {
    expect(startingScorecard(server('draft', 1000), null)).toEqual({ from: 'server', saved: server('draft', 1000), locked: false });
    expect(restoreScorecard(startingScorecard(server('draft', 1000), null).saved, categories, []).notes.eval_discipline).toBe('from the server');
  });

  it('opens on the browser draft when the server has none', () => {
    expect(startingScorecard(null, browser(1000))).toEqual({ from: 'browser', saved: browser(1000), locked: false });
  });

  it('takes the newer of the two drafts', () => {
    expect(startingScorecard(server('draft', 2000), browser(1000)).from).toBe('server');
    expect(startingScorecard(server('draft', 1000), browser(2000)).from).toBe('browser');
    expect(startingScorecard(server('draft', 1000), browser(1000)).from).toBe('browser');
  });

  it('prefers a browser draft without a time, and a server draft without one loses', () => {
    expect(startingScorecard(server('draft', 2000), browser(undefined)).from).toBe('browser');
    expect(startingScorecard(server('draft', undefined), browser(1000)).from).toBe('browser');
  });

  it('starts empty with neither, and ignores a browser value that is not a draft', () => {
    expect(startingScorecard(null, null)).toEqual({ from: 'empty', saved: null, locked: false });
    expect(startingScorecard(null, 'garbage')).toEqual({ from: 'empty', saved: null, locked: false });
    expect(startingScorecard(server('draft', 1), 42).from).toBe('server');
  });
});

describe('the form’s words', () => {
  it('says where the form started, and nothing for a fresh or submitted one', () => {
    expect(startNotice('server')).toBe('Your draft saved on the server was restored.');
    expect(startNotice('browser')).toBe('Your draft kept in this browser was restored.');
    expect(startNotice('empty')).toBe('');
    expect(startNotice('submitted')).toBe('');
  });
  it('finds the category an API error names', () => {
    expect(categoryOfField('scores.eval_discipline')).toBe('eval_discipline');
    expect(categoryOfField('eval_discipline')).toBe('eval_discipline');
  });
});
