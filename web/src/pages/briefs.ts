// Briefs: the list and the brief with its assessment; the wizard (new and
// edit) is brief_wizard.ts.
import type { App } from '../app';
import type { Brief, Listing } from '../api/types';
import { h, replace } from '../lib/dom';
import { formBanner, setBanner } from '../lib/forms';
import { pathTo } from '../lib/router';
import { renderAssessment, verdictTitle } from './assessment_view';
import { valuesFromBrief } from './brief_model';
import type { PlaybookSummary } from '../api/types';
import { badge, emptyState, errorState, linkButton, pageHeader } from './common';
import { labelOf } from './labels';

export async function briefListPage(app: App): Promise<void> {
  let listing: Listing<Brief>;
  try {
    listing = await app.api.get<Listing<Brief>>('/briefs', { limit: 100 });
  } catch (error) {
    replace(app.main, pageHeader('Briefs'), errorState(error));
    return;
  }
  const action = linkButton('/briefs/new', 'Write a brief');
  replace(
    app.main,
    pageHeader('Briefs', action),
    h('p', { class: 'lede' }, 'A one-page brief, written before any interview, decides whether to hire at all, whom first and by which route.'),
    listing.items.length
      ? h(
          'ul',
          { class: 'cards' },
          listing.items.map((brief) =>
            h(
              'li',
              { class: 'card' },
              h('h2', null, h('a', { href: pathTo('/briefs/:id', { id: brief.id }) }, brief.title)),
              brief.assessment
                ? h('p', null, badge(verdictTitle(brief.assessment.readiness.verdict), brief.assessment.readiness.verdict === 'hire' ? 'good' : 'warn'))
                : h('p', { class: 'muted' }, 'Not assessed'),
            ),
          ),
        )
      : emptyState('No briefs yet. Write the first one: it takes about ten minutes.'),
  );
}

export async function briefViewPage(app: App, params: Record<string, string>): Promise<void> {
  let brief: Brief;
  try {
    brief = await app.api.get<Brief>(`/briefs/${encodeURIComponent(params.id)}`);
  } catch (error) {
    replace(app.main, pageHeader('Brief'), errorState(error));
    return;
  }
  const banner = formBanner();
  const openRole = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      onclick: async () => {
        openRole.setAttribute('disabled', '');
        try {
          const opening = await app.api.post<{ id: string }>('/openings', {
            title: String((brief.brief.workflow as { name?: string } | undefined)?.name ?? brief.title),
            brief_id: brief.id,
            status: 'open',
          });
          app.navigate(pathTo('/openings/:id', { id: opening.id }));
        } catch (error) {
          setBanner(banner, `Could not open the role: ${(error as Error).message}`);
          openRole.removeAttribute('disabled');
        }
      },
    },
    'Open a role from this brief',
  );
  replace(
    app.main,
    pageHeader(
      brief.title,
      linkButton(pathTo('/briefs/:id/edit', { id: brief.id }), 'Edit brief', 'secondary'),
      openRole,
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print'),
    ),
    banner,
    briefSummary(brief, app.playbook),
    brief.assessment ? renderAssessment(brief.assessment, app.playbook) : emptyState('This brief has no assessment yet. Edit and save it to assess it.'),
  );
}

function briefSummary(brief: Brief, playbook: PlaybookSummary | null): HTMLElement {
  const v = valuesFromBrief(brief.brief);
  const rows: [string, string][] = [
    ['Workflow', [v['workflow.name'], v['workflow.description']].filter(Boolean).join(': ')],
    ['Runs per week', v['workflow.runs_per_week']],
    ['Metric', v['metric.name'] ? `${v['metric.name']}: ${v['metric.baseline'] || '?'} → ${v['metric.target'] || '?'} ${v['metric.unit']}` : ''],
    ['Data', v.sources.map((s) => `${s.name} (${s.access || 'access?'}, ${s.sensitivity || 'sensitivity?'})`).join('; ')],
    ['Cost of a mistake', v['constraints.mistake_cost'] + (v['constraints.human_review'] ? ', a person reviews the output' : '')],
    ['Security review', v['constraints.security_review'] ? labelOf(playbook, 'security_review', v['constraints.security_review']) : ''],
    ['Monthly value of the metric', v['metric.monthly_value_usd'] ? `US$ ${v['metric.monthly_value_usd']}` : ''],
    ['Monthly run budget', v['constraints.monthly_run_budget_usd'] ? `US$ ${v['constraints.monthly_run_budget_usd']}` : ''],
    ['Out of scope', v['scope.out'].split('\n').filter((line) => line.trim()).join('; ')],
    ['Owner', [v['owner.name'], v['owner.role']].filter(Boolean).join(', ')],
  ];
  return h(
    'section',
    { class: 'brief-summary', 'aria-label': 'The brief' },
    h('dl', null, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value || '—')])),
  );
}
