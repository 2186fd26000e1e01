// The assessment of a brief as a page a founder can read and print: the
// verdict, the five readiness criteria with their reasons, the buyer
// problem, the first hire and why, the four routes ranked with reasons, the
// risks and the next steps. Every conclusion shows its playbook rule.
import type { Assessment, PlaybookSummary } from '../api/types';
import { h } from '../lib/dom';
import { archetypeTitle, badge, formatNumber, reasoned, routeTitle, ruleTag } from './common';

const VERDICT_TITLES: Record<string, string> = {
  hire: 'Hire',
  discovery_first: 'Do discovery first',
  buy_platform: 'Buy a platform',
};

export function verdictTitle(verdict: string): string {
  return VERDICT_TITLES[verdict] ?? verdict;
}

export function renderAssessment(a: Assessment, playbook: PlaybookSummary | null): HTMLElement {
  const verdict = a.readiness.verdict;
  const criteria = a.readiness.criteria ?? [];
  return h(
    'div',
    { class: 'assessment' },
    h(
      'section',
      { class: `verdict verdict-${verdict}`, 'aria-labelledby': 'verdict-h' },
      h('h2', { id: 'verdict-h' }, 'Verdict: ', h('span', { 'data-verdict': verdict }, verdictTitle(verdict))),
      reasoned(a.readiness.reason, a.readiness.rule),
    ),
    h(
      'section',
      { 'aria-labelledby': 'criteria-h' },
      h('h2', { id: 'criteria-h' }, `Readiness: ${criteria.filter((c) => c.pass).length} of ${criteria.length} criteria pass`),
      h(
        'ul',
        { class: 'criteria' },
        criteria.map((c) =>
          h(
            'li',
            { class: c.pass ? 'pass' : 'fail', 'data-criterion': c.id },
            badge(c.pass ? 'Pass' : 'Fail', c.pass ? 'good' : 'bad'),
            ' ',
            h('strong', null, c.title),
            reasoned(c.reason, c.rule),
          ),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'buyer-h' },
      h('h2', { id: 'buyer-h' }, 'Buyer problem: ', h('span', { 'data-buyer': a.buyer_problem.id }, a.buyer_problem.id)),
      reasoned(a.buyer_problem.reason, a.buyer_problem.rule),
    ),
    h(
      'section',
      { 'aria-labelledby': 'first-h' },
      h('h2', { id: 'first-h' }, 'First hire: ', h('span', { 'data-archetype': a.first_hire.archetype }, archetypeTitle(playbook, a.first_hire.archetype))),
      reasoned(a.first_hire.reason, a.first_hire.rule),
      h('p', { class: 'muted' }, a.first_hire.shape_reason, ' ', ruleTag(a.first_hire.shape_rule)),
    ),
    h(
      'section',
      { 'aria-labelledby': 'routes-h' },
      h('h2', { id: 'routes-h' }, 'Routes, best first'),
      h(
        'ol',
        { class: 'routes' },
        a.route.ranking.map((r) =>
          h(
            'li',
            { 'data-route': r.route },
            h('strong', null, routeTitle(playbook, r.route)),
            r.route === a.route.recommended ? [' ', badge('Recommended', 'good')] : null,
            h('span', { class: 'score' }, ` score ${formatNumber(r.score)}`),
            h(
              'ul',
              null,
              r.reasons.map((reason) =>
                h('li', null, `${reason.points > 0 ? '+' : ''}${formatNumber(reason.points)} `, reason.reason, ' ', ruleTag(reason.rule)),
              ),
            ),
          ),
        ),
      ),
      a.route.partner_handoff ? reasoned(a.route.partner_handoff.reason, a.route.partner_handoff.rule) : null,
    ),
    h(
      'section',
      { 'aria-labelledby': 'risks-h' },
      h('h2', { id: 'risks-h' }, 'Risks'),
      a.risks.length
        ? h(
            'ul',
            { class: 'risks' },
            a.risks.map((r) =>
              h('li', { 'data-risk': r.id }, badge(r.severity, r.severity === 'high' ? 'bad' : 'warn'), ' ', h('strong', null, r.title), reasoned(r.reason, r.rule)),
            ),
          )
        : h('p', null, 'No risks found in this brief.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'next-h' },
      h('h2', { id: 'next-h' }, 'Next steps'),
      h('ol', { class: 'next-steps' }, a.next_steps.map((s) => h('li', null, s.text, ' ', ruleTag(s.rule)))),
    ),
    h('p', { class: 'muted small' }, `Decided by ${a.playbook.name} ${a.playbook.version}, reviewed ${a.playbook.reviewed}.`),
  );
}
