// The outcomes page's pure logic: GET /api/v1/outcomes as rows a person
// reads. Per category: the go and no-go hires' scores with n, and either the
// record sentence (below the playbook's minimum) or the correlation with its
// interval; the range-restriction warning; the hires with their decision.
import type { Outcomes, PlaybookSummary } from '../api/types';
import { categoryTitle } from './common';
import { decimal, intervalText } from './calibration_model';

export type OutcomeCategory = Outcomes['categories'][string];
export type OutcomeScores = OutcomeCategory['go'];

// "4, 4.5, 5 (mean 4.5)"; "none" without scores.
export function scoresText(group: OutcomeScores): string {
  if (group.n === 0) return 'none';
  const list = group.scores.map((s) => (Number.isInteger(s) ? String(s) : s.toFixed(1))).join(', ');
  return `${list} (mean ${decimal(group.mean)})`;
}

export interface OutcomeRow {
  id: string;
  title: string;
  n: number;
  goN: number;
  noGoN: number;
  go: string;
  noGo: string;
  kind: 'record' | 'correlation';
  label: string;
  r: string;
  interval: string;
  text: string;
  rule: string;
}

export function outcomeRows(outcomes: Outcomes, playbook: PlaybookSummary | null): OutcomeRow[] {
  const ids = Object.keys(outcomes.categories);
  const order = (playbook?.categories ?? []).map((c) => c.id).filter((id) => ids.includes(id));
  for (const id of [...ids].sort()) if (!order.includes(id)) order.push(id);
  return order.map((id) => {
    const c = outcomes.categories[id];
    return {
      id,
      title: categoryTitle(playbook, id),
      n: c.n,
      goN: c.go.n,
      noGoN: c.no_go.n,
      go: scoresText(c.go),
      noGo: scoresText(c.no_go),
      kind: c.kind,
      label: c.kind === 'record' ? 'Record' : 'Correlation',
      r: decimal(c.r, true),
      interval: intervalText(c.ci, true),
      text: c.text,
      rule: c.rule,
    };
  });
}

// The page's first sentence.
export function outcomesSummary(outcomes: Outcomes): string {
  if (outcomes.outcomes === 0) return 'No hire has a 90-day decision yet. Record one on the hire’s 30-60-90 plan.';
  const hires = outcomes.outcomes === 1 ? '1 hire has' : `${outcomes.outcomes} hires have`;
  return `${hires} a 90-day decision: ${outcomes.go} go, ${outcomes.no_go} no-go.`;
}

export function outcomeWord(outcome: string): string {
  return outcome === 'go' ? 'Go' : outcome === 'no_go' ? 'No-go' : outcome;
}
