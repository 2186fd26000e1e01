// Outcomes (hiring managers and admins): GET /api/v1/outcomes. Per interview
// category, the scores of hires who reached a 90-day go beside those who did
// not, with n; below the playbook's minimum a category is plainly a record,
// from there a correlation with its interval, and the page carries the
// range-restriction warning. The hires with their decision follow. A
// decision is recorded on the hire's plan.
import type { App } from '../app';
import type { Outcomes } from '../api/types';
import { h, replace } from '../lib/dom';
import { pathTo } from '../lib/router';
import { formatWhen } from './audit_model';
import { badge, errorState, pageHeader, reasoned } from './common';
import { outcomeRows, outcomesSummary, outcomeWord } from './outcomes_model';

export async function outcomesPage(app: App): Promise<void> {
  let outcomes: Outcomes;
  try {
    outcomes = await app.api.get<Outcomes>('/outcomes');
  } catch (error) {
    replace(app.main, pageHeader('Outcomes'), errorState(error));
    return;
  }
  replace(
    app.main,
    pageHeader('Outcomes'),
    h('p', { class: 'lede', 'data-summary': '' }, outcomesSummary(outcomes)),
    outcomes.warning ? h('div', { class: 'banner banner-warn', 'data-warning': '' }, reasoned(outcomes.warning.text, outcomes.warning.rule)) : null,
    h(
      'section',
      { 'aria-labelledby': 'by-category-h' },
      h('h2', { id: 'by-category-h' }, 'Interview scores by 90-day decision'),
      h('p', null, `Each hire’s score in a category is the mean of their interviewers’ scores. Below ${outcomes.min_outcomes} hires in a category it is a record of what happened, not a correlation.`),
      categoryTable(outcomes, app),
    ),
    outcomes.hires.length
      ? h(
          'section',
          { 'aria-labelledby': 'hires-h' },
          h('h2', { id: 'hires-h' }, 'Hires with a decision'),
          h(
            'ul',
            { class: 'hire-outcomes' },
            outcomes.hires.map((hire) =>
              h(
                'li',
                { 'data-candidate': hire.candidate_id },
                h('a', { href: pathTo('/candidates/:id', { id: hire.candidate_id }) }, hire.name || hire.candidate_id),
                ' ',
                badge(outcomeWord(hire.outcome), hire.outcome === 'go' ? 'good' : 'bad'),
                ` recorded by ${hire.decided_by} on ${formatWhen(hire.decided_at)}; ${hire.scorecards} ${hire.scorecards === 1 ? 'scorecard' : 'scorecards'}.`,
              ),
            ),
          ),
        )
      : null,
  );
}

function categoryTable(outcomes: Outcomes, app: App): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'outcomes-caption', tabindex: '0' },
    h(
      'table',
      { class: 'table outcomes' },
      h('caption', { id: 'outcomes-caption' }, 'Scores of hires who reached go and of those who did not'),
      h('thead', null, h('tr', null, ['Category', 'Go', 'No-go', 'n', 'Reading'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        null,
        outcomeRows(outcomes, app.playbook).map((r) =>
          h(
            'tr',
            { 'data-category': r.id, 'data-kind': r.kind },
            h('th', { scope: 'row' }, r.title),
            h('td', null, r.go, h('span', { class: 'muted small' }, ` n ${r.goN}`)),
            h('td', null, r.noGo, h('span', { class: 'muted small' }, ` n ${r.noGoN}`)),
            h('td', null, String(r.n)),
            h(
              'td',
              null,
              badge(r.label, r.kind === 'record' ? 'neutral' : 'warn'),
              r.kind === 'correlation' ? h('p', { 'data-r': '' }, `r = ${r.r} (95% interval ${r.interval})`) : null,
              reasoned(r.text, r.rule),
            ),
          ),
        ),
      ),
    ),
  );
}
