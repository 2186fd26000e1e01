import { describe, expect, it } from 'vitest';
import type { Candidate, TeamMember } from '../api/types';
import { teamRequest } from './team_model';

describe('teamRequest', () => {
  it('sends members and only the candidates with trait levels, with codes and cost when known', () => {
    const members: TeamMember[] = [{ id: 'm1', name: 'Maya', traits: { domain_expertise: 5 }, codes: false }];
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
