// What the assessment view decides before drawing: which route, if any, is
// recommended, whether the first hire is provisional, and the readiness line.
import type { Assessment, Criterion } from '../api/types';

// Only a hire verdict recommends a route; the ranking is otherwise what would fit later.
export function recommendedRoute(a: Assessment): string | null {
  return a.readiness.verdict === 'hire' ? a.route.recommended : null;
}

// A first hire is provisional unless the verdict is hire (the engine says so
// itself in newer assessments); "no hire yet: discovery first" is not a hire
// to label provisional.
export function firstHireProvisional(a: Assessment): boolean {
  return (a.first_hire.provisional ?? a.readiness.verdict !== 'hire') && a.first_hire.archetype !== 'discovery_first';
}

export function criteriaHeading(criteria: Criterion[]): string {
  return `Readiness: ${criteria.filter((c) => c.pass).length} of ${criteria.length} criteria pass`;
}
