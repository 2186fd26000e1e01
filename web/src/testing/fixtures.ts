// Records for tests, complete as the API's schema requires: each builder
// fills what a test does not care about, and the test names what it does.
import { PIPELINE_STAGES, VOCABULARIES } from './vocabularies';
import type { Candidate, Interview, PlaybookSummary, Scorecard, TeamMember, User } from '../api/types';

export function aUser(user: Pick<User, 'id' | 'email' | 'name' | 'role'> & Partial<User>): User {
  return { active: true, created_at: 0, updated_at: 0, ...user };
}

export function aCandidate(candidate: Pick<Candidate, 'id'> & Partial<Candidate>): Candidate {
  return {
    opening_id: null,
    name: candidate.id,
    email: '',
    profile: null,
    status: 'active',
    stage: 'applied',
    stage_reason: '',
    stage_entered_at: 0,
    erased: false,
    created_at: 0,
    updated_at: 0,
    ...candidate,
  };
}

export function aScorecard(card: Pick<Scorecard, 'id' | 'candidate_id' | 'interviewer_id' | 'scores'> & Partial<Scorecard>): Scorecard {
  return { notes: {}, summary: '', red_flags: [], state: 'submitted', submitted_at: 0, created_at: 0, updated_at: 0, ...card };
}

export function anInterview(interview: Pick<Interview, 'id' | 'candidate_id'> & Partial<Interview>): Interview {
  return { interviewer_id: null, kind: 'technical', status: 'scheduled', notes: '', focus: [], due_at: 0, scheduled_at: 0, created_at: 0, updated_at: 0, ...interview };
}

export function aTeamMember(member: Pick<TeamMember, 'id' | 'name'> & Partial<TeamMember>): TeamMember {
  return { traits: {}, codes: false, created_at: 0, updated_at: 0, ...member };
}

// A playbook document with the default playbook's vocabularies and pipeline
// stages and otherwise empty lists: a test gives the parts it reads.
export function aPlaybook(parts: Partial<PlaybookSummary> = {}): PlaybookSummary {
  return {
    version: '1',
    reviewed: '2026-01-01',
    max_age_days: 365,
    stale: null,
    archetypes: [],
    categories: [],
    questions: [],
    readiness: {},
    red_flags: [],
    routes: { list: [] },
    scorecard: {},
    traits: [],
    pipeline: { stages: PIPELINE_STAGES },
    vocabularies: VOCABULARIES,
    ...parts,
  };
}
