import { describe, expect, it } from 'vitest';
import { emptyScorecard, missingCategories, restoreScorecard, scorecardBody } from './scorecard_model';

const categories = ['production_shipping', 'eval_discipline', 'security_guardrails'];

describe('scorecardBody', () => {
  it('sends scored categories, non-empty notes and each flag once', () => {
    const body = scorecardBody(
      { scores: { eval_discipline: 2, production_shipping: 4 }, notes: { eval_discipline: ' eyeballs ', production_shipping: '  ' }, red_flags: ['manual_validation_only', 'manual_validation_only'] },
      categories,
      false,
    );
    expect(body).toEqual({ scores: { production_shipping: 4, eval_discipline: 2 }, notes: { eval_discipline: 'eyeballs' }, red_flags: ['manual_validation_only'], submit: false });
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
    expect(state).toEqual({ scores: { eval_discipline: 3 }, notes: { eval_discipline: 'ok' }, red_flags: ['tools_not_outcomes'] });
    expect(restoreScorecard('garbage', categories, [])).toEqual(emptyScorecard());
  });
});
