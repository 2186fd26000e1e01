// The interview kit and the 30-60-90 plan as page sections. The
// interviewer's kit shows the strong/fail anchors, the red flags and the
// gate; the candidate-facing kit (audience "candidate") carries none of
// them, and nothing here adds them back.
import type { Kit, KitCategory, KitQuestion, PlanContent, PlaybookSummary } from '../api/types';
import { h, type Child } from '../lib/dom';
import { categoryTitle, reasoned, ruleTag, traitTitle } from './common';

export function renderKit(kit: Kit, playbook: PlaybookSummary | null): HTMLElement {
  // What only interviewers see: the anchors, probes, red flags, gate and warnings.
  const interviewer = kit.audience !== 'candidate';
  return h(
    'div',
    { class: 'kit', 'data-audience': kit.audience },
    section('kit-role-h', kit.role.title ?? kit.role.archetype, kit.role.description ? h('p', null, String(kit.role.description)) : null),
    section('kit-cat-h', `What is scored (${kit.scale.min}–${kit.scale.max} per category)`, h('ul', { class: 'categories' }, kit.categories.map((c) => categoryItem(c, interviewer)))),
    section('kit-q-h', 'Questions', h('ol', { class: 'questions' }, kit.questions.map((q) => questionItem(q, playbook, interviewer)))),
    interviewer && kit.trait_probes?.length
      ? section('kit-traits-h', 'Trait probes (optional, 0–5 per trait)', h('ol', { class: 'questions' }, kit.trait_probes.map((p) => probeItem(p, playbook))))
      : null,
    interviewer && kit.red_flags?.length
      ? section('kit-flags-h', 'Red flags to watch', h('ul', { class: 'flags' }, kit.red_flags.map((f) => h('li', { 'data-flag': f.id }, h('strong', null, f.title), f.description ? `: ${f.description}` : ''))))
      : null,
    interviewer && kit.gate ? section('kit-gate-h', 'Gate', reasoned(kit.gate.reason, kit.gate.rule)) : null,
    kit.plan_question ? section('kit-plan-h', 'The 30-60-90 question', h('p', null, kit.plan_question.text)) : null,
    interviewer && kit.warnings?.length
      ? section('kit-warn-h', 'Warnings about this role', h('ul', null, kit.warnings.map((w) => h('li', { 'data-warning': w.id }, h('strong', null, w.title), reasoned(w.reason, w.rule)))))
      : null,
  );
}

function section(headingId: string, heading: string, ...content: Child[]): HTMLElement {
  return h('section', { 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), content);
}

function anchor(kind: 'strong' | 'fail', label: string, text: string | undefined): HTMLElement | null {
  return text ? h('p', { class: `anchor ${kind}` }, h('span', { class: 'anchor-label' }, label), text) : null;
}

function categoryItem(c: KitCategory, interviewer: boolean): HTMLElement {
  return h('li', { 'data-category': c.id }, h('strong', null, c.title), interviewer ? [anchor('strong', 'Strong: ', c.strong), anchor('fail', 'Fail: ', c.fail)] : null);
}

function questionItem(q: KitQuestion, playbook: PlaybookSummary | null, interviewer: boolean): HTMLElement {
  return h(
    'li',
    { 'data-question': q.id },
    h('p', { class: 'question' }, q.text),
    h('p', { class: 'muted small' }, 'Covers: ', q.categories.map((id) => categoryTitle(playbook, id)).join(', ')),
    interviewer ? [anchor('strong', 'Strong answer: ', q.strong), anchor('fail', 'Weak answer: ', q.weak)] : null,
  );
}

function probeItem(p: NonNullable<Kit['trait_probes']>[number], playbook: PlaybookSummary | null): HTMLElement {
  return h(
    'li',
    { 'data-trait-probe': p.id },
    h('p', { class: 'question' }, p.text),
    h('p', { class: 'muted small' }, 'Signals for: ', p.traits.map((id) => traitTitle(playbook, id)).join(', '), ' ', ruleTag(p.rule)),
    anchor('strong', 'Strong answer: ', p.strong),
    anchor('fail', 'Weak answer: ', p.weak),
  );
}

const STATE_LABELS: Record<string, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export function stateLabel(state: string): string {
  return STATE_LABELS[state] ?? state;
}

// The plan's windows; `status` (deliverable id → state) marks progress,
// `control` (when given) renders an editor per deliverable instead.
export function renderPlan(
  plan: PlanContent,
  status: Record<string, string> = {},
  control?: (deliverableId: string, text: string) => HTMLElement,
): HTMLElement {
  return h(
    'div',
    { class: 'plan' },
    (plan.windows ?? []).map((window) =>
      h(
        'section',
        { class: 'plan-window', 'aria-labelledby': `pw-${window.id}` },
        h('h3', { id: `pw-${window.id}` }, window.title),
        h(
          'ul',
          null,
          window.deliverables.map((d) =>
            h(
              'li',
              { 'data-deliverable': d.id, 'data-state': status[d.id] ?? 'todo' },
              control ? control(d.id, d.text) : [h('span', null, d.text), ' ', h('span', { class: `badge badge-state-${status[d.id] ?? 'todo'}` }, stateLabel(status[d.id] ?? 'todo'))],
            ),
          ),
        ),
      ),
    ),
    plan.go_no_go
      ? h(
          'section',
          { class: 'go-no-go', 'aria-label': 'Go / no-go' },
          h('h3', null, 'Go / no-go at day 90'),
          h('p', null, h('strong', null, 'Go: '), plan.go_no_go.go),
          h('p', null, h('strong', null, 'No-go: '), plan.go_no_go.no_go),
          ruleTag(plan.go_no_go.rule),
        )
      : null,
  );
}

// Go/no-go progress: how many deliverables are done, and whether any is
// blocked (a blocked deliverable means the go/no-go cannot be "go" yet).
export function planProgress(plan: PlanContent, status: Record<string, string>) {
  const ids = (plan.windows ?? []).flatMap((w) => w.deliverables.map((d) => d.id));
  const done = ids.filter((id) => status[id] === 'done').length;
  const blocked = ids.filter((id) => status[id] === 'blocked').length;
  return { total: ids.length, done, blocked, ready: ids.length > 0 && done === ids.length };
}
