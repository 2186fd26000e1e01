import { describe, expect, it } from 'vitest';
import type { Assessment } from '../api/types';
import { criteriaHeading, firstHireProvisional, recommendedRoute } from './assessment_model';

function decided(verdict: Assessment['readiness']['verdict'], firstHire: Partial<Assessment['first_hire']> = {}): Assessment {
  return {
    readiness: { verdict, rule: 'r', reason: 'r', criteria: [] },
    route: { recommended: 'agency', breadth: 'broad', provisional: false, note: null, ranking: [] },
    first_hire: { archetype: 'rag_ai_engineer', ...firstHire },
  } as unknown as Assessment;
}

describe('assessment model', () => {
  it('recommends a route only under a hire verdict', () => {
    expect(recommendedRoute(decided('hire'))).toBe('agency');
    expect(recommendedRoute(decided('discovery_first'))).toBeNull();
  });
  it('labels the first hire provisional unless the verdict is hire, or the engine says otherwise', () => {
    expect(firstHireProvisional(decided('hire'))).toBe(false);
    expect(firstHireProvisional(decided('buy_platform'))).toBe(true);
    expect(firstHireProvisional(decided('hire', { provisional: true }))).toBe(true);
    expect(firstHireProvisional(decided('discovery_first', { archetype: 'discovery_first' }))).toBe(false);
  });
  it('counts the criteria that pass', () => {
    const c = (pass: boolean) => ({ id: 'x', title: 'x', pass, rule: 'r', reason: 'r' });
    expect(criteriaHeading([c(true), c(false), c(true)])).toBe('Readiness: 2 of 3 criteria pass');
  });
});
