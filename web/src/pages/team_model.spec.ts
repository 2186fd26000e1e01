import { describe, expect, it } from 'vitest';
import type { Candidate } from '../api/types';
import { aTeamMember } from '../testing/fixtures';
import { bestHireOutcome, coverageText, gainText, teamRequest } from './team_model';

describe('teamRequest', () => {
  it('sends members and only the candidates with trait levels, with codes and cost when known', () => {
    const members = [aTeamMember({ id: 'm1', name: 'Maya', traits: { domain_expertise: 5 }, codes: false })];
    const candidates = [
      { id: 'c1', name: 'June', profile: { traits: { software_engineering: 5 }, codes: true, cost: 140000 } },
      { id: 'c2', name: 'Nobody', profile: { role: 'x' } },
      { id: 'c3', name: 'Empty', profile: { traits: {} } },
      { id: 'c4', name: 'Kai', profile: { traits: { data_intuition: 4 } } },
    ] as unknown as Candidate[];
    const { body, left_out } = teamRequest(members, candidates);
    expect(body.members).toEqual([{ name: 'Maya', traits: { domain_expertise: 5 }, codes: false }]);
    expect(body.candidates).toEqual([
      { id: 'c1', name: 'June', traits: { software_engineering: 5 }, codes: true, cost: 140000 },
      { id: 'c4', name: 'Kai', traits: { data_intuition: 4 } },
    ]);
    expect(left_out).toBe(2);
  });
});

describe('plain words on the team page', () => {
  const best = (picks: string[], budget: number | null) => ({
    picks, objective: 20, cost: 0, optimal: true, gain: 0, hires: 1, budget, reasons: [], pool_size: 3, considered: 3, nodes: 1, rule: 'team.best_hires', reason: 'r',
  });

  it('gives coverage as a percentage with what it means', () => {
    const text = coverageText({ score: 26.85, max_score: 34.5, rule: 'team.coverage', traits: {}, depth: {} });
    expect(text.headline).toBe('Coverage: 78%');
    expect(text.meaning).toContain('78% of a team with two experts in every trait');
    expect(text.headline).not.toContain('26.85');
  });

  it('says nobody fits the budget instead of an empty list, only when a budget is set', () => {
    const none = bestHireOutcome(best([], 1000), 3, '1000');
    expect(none.kind).toBe('nobody_fits_budget');
    expect((none as { text: string }).text).toContain('Nobody in the pool fits this budget');
    expect(bestHireOutcome(best([], null), 3, '').kind).toBe('no_gain');
    expect(bestHireOutcome(best(['c1'], 1000), 3, '1000').kind).toBe('picks');
    expect(bestHireOutcome(null, 0, '').kind).toBe('no_pool');
  });

  it('says a pick’s gain in points of coverage', () => {
    expect(gainText(3.45, 34.5)).toBe('adds 10 points of coverage');
    expect(gainText(0.345, 34.5)).toBe('adds 1 point of coverage');
    expect(gainText(0, 34.5)).toBe('adds almost nothing to coverage');
  });
});
