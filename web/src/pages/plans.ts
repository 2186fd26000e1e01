// Plans: the hires' 30-60-90 plans, each deliverable's status (to do, in
// progress, done, blocked; saved at once) and the go/no-go.
import type { App } from '../app';
import type { Candidate, DeliverableState, Listing, Opening, Plan } from '../api/types';
import { h, replace, uid } from '../lib/dom';
import { field, formBanner, setBanner, showApiError } from '../lib/forms';
import { pathTo } from '../lib/router';
import { emptyState, errorState, pageHeader } from './common';
import { planProgress, renderPlan, stateLabel } from './kit_view';
import { outcomeSection } from './plan_outcome';

export async function planListPage(app: App): Promise<void> {
  let plans: Plan[];
  let openings: Opening[];
  let candidates: Candidate[];
  try {
    [plans, openings, candidates] = await Promise.all([
      app.api.get<Listing<Plan>>('/plans', { limit: 100 }).then((l) => l.items),
      app.api.get<Listing<Opening>>('/openings', { limit: 200 }).then((l) => l.items),
      app.api.get<Listing<Candidate>>('/candidates', { limit: 500 }).then((l) => l.items),
    ]);
  } catch (error) {
    replace(app.main, pageHeader('Plans'), errorState(error));
    return;
  }
  const label = (p: Plan) =>
    [candidates.find((c) => c.id === p.candidate_id)?.name, openings.find((o) => o.id === p.opening_id)?.title].filter(Boolean).join(' · ') || p.plan?.workflow || 'Plan';
  // Only an opening made from a brief has a plan to start from.
  const planned = openings.filter((o) => o.plan);
  const opening = field({ label: 'Opening', name: 'opening_id', required: true, options: planned.map((o) => ({ value: o.id, label: o.title })) });
  const candidate = field({ label: 'Hire', name: 'candidate_id', options: [{ value: '', label: 'Not chosen yet' }, ...candidates.map((c) => ({ value: c.id, label: c.name }))] });
  const banner = formBanner();
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'new-plan-h' },
    h('h2', { id: 'new-plan-h' }, 'Start a plan'),
    banner,
    planned.length ? [h('div', { class: 'row' }, opening.wrapper, candidate.wrapper), h('button', { type: 'submit', class: 'primary' }, 'Start plan')] : h('p', null, 'Open a role from a brief first: a plan starts from an opening’s brief.'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await app.api.post<Plan>('/plans', { opening_id: opening.control.value, candidate_id: candidate.control.value || undefined });
      app.navigate(pathTo('/plans/:id', { id: created.id }));
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  replace(
    app.main,
    pageHeader('30-60-90 plans'),
    plans.length
      ? h(
          'ul',
          { class: 'cards' },
          plans.map((p) => {
            const progress = planProgress(p.plan, p.status ?? {});
            return h('li', { class: 'card' }, h('h2', null, h('a', { href: pathTo('/plans/:id', { id: p.id }) }, label(p))), h('p', null, `${progress.done} of ${progress.total} deliverables done`, progress.blocked ? `, ${progress.blocked} blocked` : ''));
          }),
        )
      : emptyState('No plans yet.'),
    form,
  );
}

const STATES: DeliverableState[] = ['todo', 'in_progress', 'done', 'blocked'];

export async function planPage(app: App, params: Record<string, string>): Promise<void> {
  let plan: Plan;
  try {
    plan = await app.api.get<Plan>(`/plans/${encodeURIComponent(params.id)}`);
  } catch (error) {
    replace(app.main, pageHeader('Plan'), errorState(error));
    return;
  }
  const status: Record<string, string> = { ...(plan.status ?? {}) };
  const banner = formBanner();
  const summary = h('p', { class: 'lede', role: 'status', 'aria-live': 'polite' });
  const updateSummary = () => {
    const p = planProgress(plan.plan, status);
    summary.textContent = p.ready
      ? `All ${p.total} deliverables are done: time for the go/no-go decision.`
      : `${p.done} of ${p.total} deliverables done${p.blocked ? `, ${p.blocked} blocked` : ''}.`;
  };
  const control = (deliverableId: string, text: string) => {
    const id = uid('dl');
    const select = h(
      'select',
      { id, name: `status.${deliverableId}`, disabled: !app.isManager() },
      STATES.map((s) => h('option', { value: s }, stateLabel(s))),
    );
    select.value = status[deliverableId] ?? 'todo';
    select.addEventListener('change', async () => {
      const previous = status[deliverableId] ?? 'todo';
      status[deliverableId] = select.value;
      select.closest('li')?.setAttribute('data-state', select.value);
      try {
        await app.api.patch(`/plans/${encodeURIComponent(plan.id)}`, { status: { [deliverableId]: select.value } });
        setBanner(banner, `Saved: “${text}” is ${stateLabel(select.value).toLowerCase()}.`, 'ok');
      } catch (error) {
        status[deliverableId] = previous;
        select.value = previous;
        select.closest('li')?.setAttribute('data-state', previous);
        showApiError(app.main, banner, error);
      }
      updateSummary();
    });
    return h('div', { class: 'deliverable' }, h('label', { for: id }, text), select);
  };
  updateSummary();
  const stage = await linkedCandidateStage(app, plan);
  replace(app.main, pageHeader(plan.plan?.workflow ? `Plan: ${plan.plan.workflow}` : 'Plan', h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print')), summary, banner, renderPlan(plan.plan, status, control), outcomeSection(app, plan, stage));
}

// The stage of the plan's hire, for managers (who may record the 90-day
// decision); undefined when there is none or it cannot be read.
async function linkedCandidateStage(app: App, plan: Plan): Promise<string | undefined> {
  if (!plan.candidate_id || !app.isManager()) return undefined;
  try {
    return (await app.api.get<Candidate>(`/candidates/${encodeURIComponent(plan.candidate_id)}`)).stage;
  } catch {
    return undefined;
  }
}
