// The plan's 90-day decision about the hire: shown once recorded (go or
// no-go, why, who and when), and for managers a form to record it (POST
// /api/v1/plans/{id}/outcome {decision, reason}). A plan linked to no hire
// says a decision needs one; so does a plan whose candidate is not hired yet
// (when the page knows the candidate's stage): the form appears only once
// the candidate is in the hired stage, as the server requires. The decision
// feeds the Outcomes page.
import type { App } from '../app';
import type { Plan } from '../api/types';
import { h } from '../lib/dom';
import { field, formBanner, setBanner, showApiError } from '../lib/forms';
import { formatWhen } from './audit_model';
import { badge } from './common';
import { outcomeWord } from './outcomes_model';

export function recordedOutcome(outcome: Plan['outcome']): HTMLElement | null {
  if (!outcome) return null;
  return h(
    'p',
    { 'data-outcome': outcome.decision },
    badge(outcomeWord(outcome.decision), outcome.decision === 'go' ? 'good' : 'bad'),
    ` ${outcome.reason} (recorded ${formatWhen(outcome.decided_at)})`,
  );
}

// `candidateStage` is the linked candidate's stage when the page could read
// it; undefined leaves the form to the server's check.
export function outcomeSection(app: App, plan: Plan, candidateStage?: string): HTMLElement {
  const shown = h('div', null, recordedOutcome(plan.outcome ?? null));
  const section = h('section', { class: 'card', 'aria-labelledby': 'outcome-h' }, h('h2', { id: 'outcome-h' }, '90-day decision'), shown);
  if (!plan.candidate_id) {
    section.append(h('p', { class: 'muted' }, 'This plan is linked to no hire, so it cannot record a 90-day decision.'));
    return section;
  }
  if (!app.isManager()) return section;
  if (candidateStage !== undefined && candidateStage !== 'hired') {
    section.append(h('p', { class: 'muted', 'data-needs-hire': '' }, 'The 90-day decision is recorded once this candidate is hired: move them to the hired stage first.'));
    return section;
  }
  const decision = field({
    label: 'Decision',
    name: 'decision',
    required: true,
    options: [
      { value: 'go', label: 'Go: scale it' },
      { value: 'no_go', label: 'No-go' },
    ],
  });
  const reason = field({ label: 'Why', name: 'reason', required: true, rows: 2 });
  const banner = formBanner();
  const form = h('form', { novalidate: true, 'aria-label': 'Record the 90-day decision' }, banner, decision.wrapper, reason.wrapper, h('button', { type: 'submit', class: 'primary' }, plan.outcome ? 'Record again' : 'Record decision'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await app.api.post<Plan>(`/plans/${encodeURIComponent(plan.id)}/outcome`, { decision: decision.control.value, reason: reason.control.value.trim() });
      shown.replaceChildren(recordedOutcome(saved.outcome ?? null) ?? '');
      setBanner(banner, `Recorded: ${outcomeWord(decision.control.value)}.`, 'ok');
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  section.append(form);
  return section;
}
