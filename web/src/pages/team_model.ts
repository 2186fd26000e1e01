// What the team page sends to POST /team: the stored team members and the
// candidates that have trait levels (the pool), in the CLI's TEAM and POOL
// shapes. Candidates without any trait level cannot be scored and are left
// out (and counted, so the page can say so).
import type { Candidate, TeamMember } from '../api/types';

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
