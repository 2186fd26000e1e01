import { describe, expect, it } from 'vitest';
import type { Assessment } from '../api/types';
import { renderAssessment } from './assessment_view';

// An assessment as stored before cost, engagement and scope existed (the
// page shows those parts only when present); `overrides` adds them.
type StoredAssessment = Omit<Assessment, 'cost' | 'engagement' | 'scope'> & Partial<Pick<Assessment, 'cost' | 'engagement' | 'scope'>>;

function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return storedAssessment(overrides) as Assessment;
}

function storedAssessment(overrides: Partial<Assessment>): StoredAssessment {
  const ids = ['workflow_frequency', 'metric_value', 'data_access', 'mistake_tolerance', 'owner'];
  return {
    playbook: { version: 'v1', name: 'test playbook', reviewed: '2026-01-01' },
    readiness: {
      verdict: 'discovery_first',
      rule: 'verdict.discovery_first',
      reason: 'Not ready: metric fails.',
      criteria: ids.map((id) => ({ id, title: `T ${id}`, pass: id !== 'metric_value', rule: `readiness.${id}`, reason: `R ${id}` })),
    },
    buyer_problem: { id: 'advice', rule: 'buyer_problem.advice', reason: 'Unsure which workflow.', mistake: null },
    first_hire: {
      shape: 'unclear_scope',
      shape_rule: 'shape.inferred.unclear',
      shape_reason: 'Too little description.',
      matched_keywords: [],
      archetype: 'discovery_first',
      rule: 'first_hire.unclear_scope',
      reason: 'Clarify first.',
      provisional: false,
      note: null,
    },
    route: {
      recommended: 'agency',
      breadth: 'broad',
      provisional: false,
      note: null,
      ranking: [
        { route: 'agency', score: 3, fit: true, reasons: [{ rule: 'route.agency.breadth', points: 2, reason: 'Several skills.' }] },
        { route: 'freelancer', score: -1, fit: true, reasons: [{ rule: 'route.freelancer.no_lead', points: -1, reason: 'No lead.' }] },
        { route: 'direct_hire', score: -2, fit: true, reasons: [] },
        { route: 'contract_to_hire', score: -3, fit: true, reasons: [] },
      ],
    },
    risks: [{ id: 'vague_workflow', title: 'Vague workflow', rule: 'risk.vague_workflow', reason: 'Scope unclear.', severity: 'high' }],
    next_steps: [{ rule: 'readiness.metric_value', text: 'Name one metric.' }],
    ...overrides,
  };
}

describe('renderAssessment', () => {
  it('shows the verdict, all five criteria with pass/fail and reasons', () => {
    const el = renderAssessment(assessment(), null);
    expect(el.querySelector('[data-verdict]')?.textContent).toBe('Do discovery first');
    const criteria = Array.from(el.querySelectorAll('[data-criterion]'));
    expect(criteria).toHaveLength(5);
    const metric = el.querySelector('[data-criterion="metric_value"]')!;
    expect(metric.className).toBe('fail');
    expect(metric.textContent).toContain('R metric_value');
    expect(metric.textContent).toContain('readiness.metric_value');
    expect(el.textContent).toContain('4 of 5 criteria pass');
  });

  it('ranks the four routes in the given order and marks the recommended one', () => {
    const hire = assessment();
    hire.readiness = { ...hire.readiness, verdict: 'hire', rule: 'verdict.hire' };
    const el = renderAssessment(hire, {
      routes: { list: [{ id: 'agency', title: 'Agency' }] },
    } as never);
    const routes = Array.from(el.querySelectorAll('[data-route]')).map((r) => r.getAttribute('data-route'));
    expect(routes).toEqual(['agency', 'freelancer', 'direct_hire', 'contract_to_hire']);
    const first = el.querySelector('[data-route="agency"]')!;
    expect(first.textContent).toContain('Agency');
    expect(first.textContent).toContain('Recommended');
    // Scores said in words, not "+2" or "score 3".
    expect(first.textContent).toContain('For: Several skills.');
    expect(first.textContent).toContain('good fit');
    expect(first.textContent).not.toMatch(/[+−-]\d|score \d/);
    const freelancer = el.querySelector('[data-route="freelancer"]')!;
    expect(freelancer.textContent).toContain('Against: No lead.');
    expect(freelancer.textContent).toContain('poor fit');
    expect(el.querySelector('[data-route="freelancer"]')!.textContent).not.toContain('Recommended');
  });

  it('shows the buyer problem, the first hire and why, risks and next steps', () => {
    const el = renderAssessment(assessment(), null);
    expect(el.querySelector('[data-buyer]')?.textContent).toBe('advice');
    expect(el.querySelector('[data-archetype="discovery_first"]')).not.toBeNull();
    expect(el.textContent).toContain('Clarify first.');
    expect(el.querySelector('[data-risk="vague_workflow"]')?.textContent).toContain('Scope unclear.');
    expect(el.querySelector('.next-steps')?.textContent).toContain('Name one metric.');
  });

  it('shows the engagement the verdict decides, with its steps, in place of the next steps', () => {
    const el = renderAssessment(
      assessment({
        engagement: { kind: 'discovery_sprint', rule: 'engagement.discovery_sprint', reason: 'Close the metric first.', steps: ['Run a sprint.', 'Assess again.'] },
      }),
      null,
    );
    expect(el.querySelector('[data-engagement]')?.textContent).toBe('Discovery sprint');
    const section = el.querySelector('.engagement')!;
    expect(section.textContent).toContain('Close the metric first.');
    expect(section.textContent).toContain('engagement.discovery_sprint');
    expect(Array.from(section.querySelectorAll('.engagement-steps li')).map((li) => li.textContent)).toEqual(['Run a sprint.', 'Assess again.']);
    // The engagement comes right after the verdict.
    expect(el.querySelector('.verdict')?.nextElementSibling).toBe(section);
    expect(el.querySelector('.next-steps')).toBeNull();
  });

  it('recommends no route and labels the first hire provisional unless the verdict is hire', () => {
    const a = assessment();
    a.route = { ...a.route, recommended: null, provisional: true, note: 'Not a recommendation yet.' };
    a.first_hire = { ...a.first_hire, archetype: 'rag_ai_engineer', provisional: true, note: 'Provisional: do not hire yet.' };
    const el = renderAssessment(a, null);
    expect(el.textContent).not.toContain('Recommended');
    expect(el.querySelector('#routes-h')?.textContent).toBe('Routes that would fit once the brief is ready');
    expect(el.textContent).toContain('Not a recommendation yet.');
    expect(el.querySelector('#first-h')?.textContent).toContain('once the brief is ready');
    expect(el.querySelector('#first-h')?.textContent).toContain('Provisional');
    expect(el.textContent).toContain('Provisional: do not hire yet.');
    // Even an older record that still names a route gets no badge without a hire verdict.
    expect(renderAssessment(assessment(), null).textContent).not.toContain('Recommended');
  });

  it('a hire verdict has no provisional label', () => {
    const a = assessment();
    a.readiness = { ...a.readiness, verdict: 'hire' };
    a.first_hire = { ...a.first_hire, provisional: false, note: null };
    const el = renderAssessment(a, null);
    expect(el.querySelector('#first-h')?.textContent).not.toContain('Provisional');
    expect(el.querySelector('#routes-h')?.textContent).toBe('Routes, best first');
  });

  it('marks a route without fit, and shows the run cost, the scope boundary and the mistake', () => {
    const a = assessment({
      cost: { estimated_monthly_run_usd: 390, monthly_run_budget_usd: null, basis: ['1800 runs a week, from the brief.'], rule: 'cost.no_budget', reason: 'No run budget.', metric_monthly_value_usd: null, value_rule: null, value_reason: null },
      scope: { out: ['Refunds'] },
    });
    a.route.ranking[1] = { ...a.route.ranking[1], fit: false };
    a.buyer_problem = { ...a.buyer_problem, mistake: { rule: 'buyer_problem.mistake', reason: 'Buying delivery too early.' } };
    const el = renderAssessment(a, null);
    expect(el.querySelector('[data-route="freelancer"]')?.textContent).toContain('No fit');
    expect(el.querySelector('[data-route="agency"]')?.textContent).not.toContain('No fit');
    expect(el.querySelector('#cost-h')?.textContent).toBe('Run cost: $390 a month estimated, budget unknown');
    expect(el.querySelector('[data-cost]')?.textContent).toContain('1800 runs a week, from the brief.');
    expect(el.querySelector('.scope-out')?.textContent).toContain('Refunds');
    expect(el.querySelector('[data-mistake]')?.textContent).toContain('Buying delivery too early.');
    expect(renderAssessment(assessment(), null).querySelector('[data-mistake]')).toBeNull();
    expect(el.querySelector('[data-cost-value]')).toBeNull();
  });

  it('shows a run cost above the metric\'s monthly value with its rule', () => {
    const a = assessment({
      cost: {
        estimated_monthly_run_usd: 4330, monthly_run_budget_usd: 5000, metric_monthly_value_usd: 2000,
        basis: ['Reaching the target is worth $2000 a month.'], rule: 'cost.within_budget', reason: 'Fits.',
        value_rule: 'cost.exceeds_value', value_reason: 'Costs more than it is worth.',
      },
    });
    const shown = renderAssessment(a, null).querySelector('[data-cost-value="cost.exceeds_value"]');
    expect(shown?.textContent).toContain('Costs more than it is worth.');
    expect(shown?.textContent).toContain('cost.exceeds_value');
  });

  it('says so when there are no risks', () => {
    const el = renderAssessment(assessment({ risks: [] }), null);
    expect(el.textContent).toContain('No risks found');
  });
});
