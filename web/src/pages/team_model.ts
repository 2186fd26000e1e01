// What the team page sends to POST /team: the stored team members and the
// candidates that have trait levels (the pool), in the CLI's TEAM and POOL
// shapes. Candidates without any trait level cannot be scored and are left
// out (and counted, so the page can say so).
import type { Candidate, TeamMember, TeamResult } from '../api/types';
import { formatNumber, percentOf } from './common';

export function teamRequest(members: TeamMember[], candidates: Candidate[]) {
  const pool = candidates.filter((c) => c.profile?.traits && Object.keys(c.profile.traits).length > 0);
  return {
    body: {
      members: members.map((m) => ({ name: m.name, traits: m.traits ?? {}, codes: m.codes })),
      candidates: pool.map((c) => {
        const entry: Record<string, unknown> = { id: c.id, name: c.name, traits: c.profile!.traits };
        if (typeof c.profile?.codes === 'boolean') entry.codes = c.profile.codes;
        if (typeof c.profile?.cost === 'number') entry.cost = c.profile.cost;
        return entry;
      }),
    },
    left_out: candidates.length - pool.length,
  };
}

// Coverage in plain words: the share of the best possible score (every
// trait at 5, held by two people) and what it means.
export function coverageText(coverage: TeamResult['coverage']): { headline: string; meaning: string } {
  const percent = percentOf(coverage.score, coverage.max_score);
  return {
    headline: `Coverage: ${percent}`,
    meaning:
      `How much of the skill mix the playbook asks for your team already covers (${percent} of a team with ` +
      'two experts in every trait), weighted by how much each trait matters. The best person on each trait ' +
      'counts fully; a second strong person adds a little depth.',
  };
}

// What the best-hire section says: the picks, or why there are none.
export type BestHireOutcome =
  | { kind: 'picks' }
  | { kind: 'nobody_fits_budget'; text: string }
  | { kind: 'no_gain'; text: string }
  | { kind: 'no_pool'; text: string };

export function bestHireOutcome(best: TeamResult['best_hires'], poolSize: number, budget: string): BestHireOutcome {
  if (!poolSize || !best) return { kind: 'no_pool', text: 'No candidate with trait levels yet: import a CSV with trait columns.' };
  if (best.picks.length) return { kind: 'picks' };
  if (budget !== '' && best.budget !== null) {
    return {
      kind: 'nobody_fits_budget',
      text: `Nobody in the pool fits this budget (${formatNumber(best.budget, 0)}). Raise the budget or add candidates whose cost is within it.`,
    };
  }
  return { kind: 'no_gain', text: 'No candidate in the pool would add to the team’s coverage.' };
}

// A pick's marginal gain as points of coverage ("adds 6 points of coverage").
export function gainText(gain: number, maxScore: number): string {
  const points = maxScore > 0 ? Math.round((100 * gain) / maxScore) : 0;
  if (points <= 0) return 'adds almost nothing to coverage';
  return `adds ${points} point${points === 1 ? '' : 's'} of coverage`;
}
