import { describe, expect, it } from 'vitest';
import type { Evaluation, Scorecard } from '../api/types';
import { aScorecard, aUser } from '../testing/fixtures';
import { scorecardAuthors } from './candidate_model';

const card = (interviewer_id: string, scores: Record<string, number>, state: Scorecard['state'] = 'submitted'): Scorecard => aScorecard({
  id: `s-${interviewer_id}`,
  candidate_id: 'c1',
  interviewer_id,
  scores,
  notes: {},
  red_flags: [],
  state,
});

function evaluationOf(byName: Record<string, Record<string, number>>): Evaluation {
  const categories = ['eval_discipline', 'security_guardrails'].map((id) => ({
    id,
    title: id,
    mean: null,
    min: null,
    max: null,
    spread: null,
    count: 0,
    scores: Object.entries(byName).filter(([, s]) => id in s).map(([interviewer, s]) => ({ interviewer, score: s[id] })),
  }));
  return { categories } as unknown as Evaluation;
}

describe('scorecardAuthors', () => {
  it('names a colleague from the users list for a manager', () => {
    const users = [aUser({ id: 'u-ben-156922', email: 'b@x.test', name: 'Ben', role: 'interviewer' })];
    const nameOf = scorecardAuthors([card('u-ben-156922', { eval_discipline: 4 })], null, users, { id: 'u-mo', name: 'Mo' });
    expect(nameOf('u-ben-156922')).toBe('Ben');
  });

  it('names a colleague from the evaluation for an interviewer (no users list), matching by scores', () => {
    const cards = [card('u-ana', { eval_discipline: 2, security_guardrails: 3 }), card('156922aa', { eval_discipline: 4, security_guardrails: 5 })];
    const evaluation = evaluationOf({ Ana: { eval_discipline: 2, security_guardrails: 3 }, Ben: { eval_discipline: 4, security_guardrails: 5 } });
    const nameOf = scorecardAuthors(cards, evaluation, null, { id: 'u-ana', name: 'Ana' });
    expect(nameOf('u-ana')).toBe('You');
    expect(nameOf('156922aa')).toBe('Ben');
  });

  it('does not give my name to a colleague who scored the same as me', () => {
    const same = { eval_discipline: 3, security_guardrails: 3 };
    const cards = [card('u-ben', same), card('u-ana', same)];
    const nameOf = scorecardAuthors(cards, evaluationOf({ Ben: same, Ana: same }), null, { id: 'u-ana', name: 'Ana' });
    expect(nameOf('u-ben')).toBe('Ben');
  });

  it('never shows a piece of an id when nothing names the interviewer', () => {
    const one = scorecardAuthors([card('156922aa', { eval_discipline: 4 }, 'draft')], null, null, { id: 'u-ana', name: 'Ana' });
    expect(one('156922aa')).toBe('Another interviewer');
    const two = scorecardAuthors([card('a1', { eval_discipline: 4 }), card('b2', { eval_discipline: 1 })], null, null, { id: 'u-ana', name: 'Ana' });
    expect([two('a1'), two('b2')]).toEqual(['Interviewer 2', 'Interviewer 3']);
    // An evaluation whose scores match nobody does not name anyone.
    const unmatched = scorecardAuthors([card('a1', { eval_discipline: 4 })], evaluationOf({ Cy: { eval_discipline: 1 } }), null, { id: 'u-ana', name: 'Ana' });
    expect(unmatched('a1')).toBe('Another interviewer');
  });
});
