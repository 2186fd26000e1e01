// The assessment of a brief as a page a founder can read and print: the
// verdict and what to do next (the engagement it decides), the five
// readiness criteria with their reasons, what stays out of scope, the buyer
// problem, the first hire and why (labelled provisional unless the verdict
// is hire), the four routes ranked with reasons (a "Recommended" badge only
// under a hire verdict), the run cost, the risks and, for assessments stored
// before engagements existed, the next steps. Every conclusion shows its
// playbook rule.
import type { Assessment, Criterion, Engagement, PlaybookSummary, RouteScore, RunCost } from '../api/types';
import { criteriaHeading, firstHireProvisional, recommendedRoute } from './assessment_model';
import { h } from '../lib/dom';
import { archetypeTitle, badge, fitWords, formatNumber, reasoned, routeTitle, ruleTag } from './common';

const VERDICT_TITLES: Record<string, string> = {
  hire: 'Hire',
  discovery_first: 'Do discovery first',
  buy_platform: 'Buy a platform',
};

export function verdictTitle(verdict: string): string {
  return VERDICT_TITLES[verdict] ?? verdict;
}

const ENGAGEMENT_TITLES: Record<string, string> = {
  hire: 'Hire',
  discovery_sprint: 'Discovery sprint',
  platform_trial: 'Trial an existing product',
};

function engagementSection(e: Engagement): HTMLElement {
  return h(
    'section',
    { class: `engagement engagement-${e.kind}`, 'aria-labelledby': 'engagement-h' },
    h('h2', { id: 'engagement-h' }, 'What to do next: ', h('span', { 'data-engagement': e.kind }, ENGAGEMENT_TITLES[e.kind] ?? e.kind)),
    reasoned(e.reason, e.rule),
    h('ol', { class: 'engagement-steps' }, e.steps.map((step) => h('li', null, step))),
  );
}

function dollars(value: number | null): string {
  return value === null ? 'unknown' : `$${formatNumber(value, 0)}`;
}

function costSection(c: RunCost): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'cost-h', 'data-cost': c.rule },
    h('h2', { id: 'cost-h' }, `Run cost: ${dollars(c.estimated_monthly_run_usd)} a month estimated, budget ${dollars(c.monthly_run_budget_usd)}`),
    reasoned(c.reason, c.rule),
    c.value_rule && c.value_reason ? h('div', { 'data-cost-value': c.value_rule }, reasoned(c.value_reason, c.value_rule)) : null,
    h('ul', { class: 'muted' }, c.basis.map((line) => h('li', null, line))),
  );
}

export function renderAssessment(a: Assessment, playbook: PlaybookSummary | null): HTMLElement {
  const recommended = recommendedRoute(a);
  return h(
    'div',
    { class: 'assessment' },
    verdictSection(a),
    a.engagement ? engagementSection(a.engagement) : null,
    criteriaSection(a),
    scopeSection(a.scope?.out ?? []),
    buyerSection(a),
    firstHireSection(a, playbook),
    routesSection(a, playbook, recommended),
    a.cost ? costSection(a.cost) : null,
    risksSection(a),
    a.engagement ? null : nextStepsSection(a),
    h('p', { class: 'muted small' }, `Decided by ${a.playbook.name} ${a.playbook.version}, reviewed ${a.playbook.reviewed}.`),
  );
}

function verdictSection(a: Assessment): HTMLElement {
  const verdict = a.readiness.verdict;
  return h(
    'section',
    { class: `verdict verdict-${verdict}`, 'aria-labelledby': 'verdict-h' },
    h('h2', { id: 'verdict-h' }, 'Verdict: ', h('span', { 'data-verdict': verdict }, verdictTitle(verdict))),
    reasoned(a.readiness.reason, a.readiness.rule),
  );
}

function criteriaSection(a: Assessment): HTMLElement {
  const criteria = a.readiness.criteria ?? [];
  const item = (c: Criterion) =>
    h('li', { class: c.pass ? 'pass' : 'fail', 'data-criterion': c.id }, badge(c.pass ? 'Pass' : 'Fail', c.pass ? 'good' : 'bad'), ' ', h('strong', null, c.title), reasoned(c.reason, c.rule));
  return h('section', { 'aria-labelledby': 'criteria-h' }, h('h2', { id: 'criteria-h' }, criteriaHeading(criteria)), h('ul', { class: 'criteria' }, criteria.map(item)));
}

function scopeSection(scopeOut: string[]): HTMLElement | null {
  if (!scopeOut.length) return null;
  return h('section', { 'aria-labelledby': 'scope-h' }, h('h2', { id: 'scope-h' }, 'Out of scope'), h('ul', { class: 'scope-out' }, scopeOut.map((item) => h('li', null, item))));
}

function buyerSection(a: Assessment): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'buyer-h' },
    h('h2', { id: 'buyer-h' }, 'Buyer problem: ', h('span', { 'data-buyer': a.buyer_problem.id }, a.buyer_problem.id)),
    reasoned(a.buyer_problem.reason, a.buyer_problem.rule),
    a.buyer_problem.mistake ? h('p', { class: 'warn', 'data-mistake': '' }, a.buyer_problem.mistake.reason, ' ', ruleTag(a.buyer_problem.mistake.rule)) : null,
  );
}

function firstHireSection(a: Assessment, playbook: PlaybookSummary | null): HTMLElement {
  const provisional = firstHireProvisional(a);
  return h(
    'section',
    { 'aria-labelledby': 'first-h', 'data-provisional': String(provisional) },
    h(
      'h2',
      { id: 'first-h' },
      provisional ? 'First hire once the brief is ready: ' : 'First hire: ',
      h('span', { 'data-archetype': a.first_hire.archetype }, archetypeTitle(playbook, a.first_hire.archetype)),
      provisional ? [' ', badge('Provisional', 'warn')] : null,
    ),
    provisional && a.first_hire.note ? h('p', { class: 'warn' }, a.first_hire.note) : null,
    reasoned(a.first_hire.reason, a.first_hire.rule),
    h('p', { class: 'muted' }, a.first_hire.shape_reason, ' ', ruleTag(a.first_hire.shape_rule)),
  );
}

function routesSection(a: Assessment, playbook: PlaybookSummary | null, recommended: string | null): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'routes-h' },
    h('h2', { id: 'routes-h' }, recommended ? 'Routes, best first' : 'Routes that would fit once the brief is ready'),
    !recommended && a.route.note ? h('p', { class: 'warn' }, a.route.note) : null,
    h('ol', { class: 'routes' }, a.route.ranking.map((r) => routeItem(r, playbook, recommended))),
    recommended && a.route.partner_handoff ? reasoned(a.route.partner_handoff.reason, a.route.partner_handoff.rule) : null,
  );
}

function routeItem(r: RouteScore, playbook: PlaybookSummary | null, recommended: string | null): HTMLElement {
  return h(
    'li',
    { 'data-route': r.route },
    h('strong', null, routeTitle(playbook, r.route)),
    recommended && r.route === recommended ? [' ', badge('Recommended', 'good')] : null,
    r.fit === false ? [' ', badge('No fit', 'bad')] : null,
    h('span', { class: 'score', 'data-score': r.score }, ` — ${fitWords(r.score)}`),
    h('ul', null, r.reasons.map((reason) => h('li', { 'data-points': reason.points }, pointsWords(reason.points), reason.reason, ' ', ruleTag(reason.rule)))),
  );
}

// Whether a reason counts for or against the route, in words (not "+2").
export function pointsWords(points: number): string {
  if (points > 0) return 'For: ';
  if (points < 0) return 'Against: ';
  return '';
}

function risksSection(a: Assessment): HTMLElement {
  const item = (r: Assessment['risks'][number]) =>
    h('li', { 'data-risk': r.id }, badge(r.severity, r.severity === 'high' ? 'bad' : 'warn'), ' ', h('strong', null, r.title), reasoned(r.reason, r.rule));
  return h(
    'section',
    { 'aria-labelledby': 'risks-h' },
    h('h2', { id: 'risks-h' }, 'Risks'),
    a.risks.length ? h('ul', { class: 'risks' }, a.risks.map(item)) : h('p', null, 'No risks found in this brief.'),
  );
}

function nextStepsSection(a: Assessment): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'next-h' },
    h('h2', { id: 'next-h' }, 'Next steps'),
    h('ol', { class: 'next-steps' }, a.next_steps.map((s) => h('li', null, s.text, ' ', ruleTag(s.rule)))),
  );
}
