// Briefs: the list, the wizard (new and edit) and the brief's assessment.
// The wizard keeps a draft in the browser as the user types, so a failed
// save or a reload loses nothing; the draft is dropped once the server has
// the brief.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Brief, Listing } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace } from '../lib/dom';
import { checkbox, clearErrors, field, formBanner, setBanner, showApiError, type Field } from '../lib/forms';
import { pathTo } from '../lib/router';
import { renderAssessment, verdictTitle } from './assessment_view';
import { briefFromValues, emptyBriefValues, NEEDS, valuesFromBrief, type BriefValues, type SourceValues } from './brief_model';
import { badge, emptyState, errorState, linkButton, pageHeader } from './common';

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
    briefSummary(brief),
    brief.assessment ? renderAssessment(brief.assessment, app.playbook) : emptyState('This brief has no assessment yet. Edit and save it to assess it.'),
  );
}

function briefSummary(brief: Brief): HTMLElement {
  const v = valuesFromBrief(brief.brief);
  const rows: [string, string][] = [
    ['Workflow', [v['workflow.name'], v['workflow.description']].filter(Boolean).join(': ')],
    ['Runs per week', v['workflow.runs_per_week']],
    ['Metric', v['metric.name'] ? `${v['metric.name']}: ${v['metric.baseline'] || '?'} → ${v['metric.target'] || '?'} ${v['metric.unit']}` : ''],
    ['Data', v.sources.map((s) => `${s.name} (${s.access || 'access?'}, ${s.sensitivity || 'sensitivity?'})`).join('; ')],
    ['Cost of a mistake', v['constraints.mistake_cost'] + (v['constraints.human_review'] ? ', a person reviews the output' : '')],
    ['Owner', [v['owner.name'], v['owner.role']].filter(Boolean).join(', ')],
  ];
  return h(
    'section',
    { class: 'brief-summary', 'aria-label': 'The brief' },
    h('dl', null, rows.map(([term, value]) => [h('dt', null, term), h('dd', null, value || '—')])),
  );
}

interface Step {
  title: string;
  fields: HTMLElement[];
}

export async function briefWizardPage(app: App, params: Record<string, string>): Promise<void> {
  const editing = params.id !== undefined;
  const draftKey = editing ? `brief:${params.id}` : 'brief:new';
  let values = emptyBriefValues();
  let title = '';
  if (editing) {
    try {
      const brief = await app.api.get<Brief>(`/briefs/${encodeURIComponent(params.id)}`);
      values = valuesFromBrief(brief.brief);
      title = brief.title;
    } catch (error) {
      replace(app.main, pageHeader('Edit brief'), errorState(error));
      return;
    }
  }
  const draft = app.drafts.load<BriefValues>(draftKey);
  const restored = draft !== null;
  if (draft) values = { ...emptyBriefValues(), ...draft };

  const text = (name: keyof BriefValues, label: string, extra: Partial<Parameters<typeof field>[0]> = {}) =>
    field({ label, name, value: values[name] as string, ...extra });
  const bool = (name: keyof BriefValues, label: string, description?: string) =>
    checkbox(label, name, values[name] as boolean, description);

  const f = {
    name: text('workflow.name', 'Workflow name', { required: true, hint: 'The one workflow the hire would change, e.g. "Support ticket triage".' }),
    description: text('workflow.description', 'What happens in it today', { rows: 4 }),
    runs: text('workflow.runs_per_week', 'How many times a week it runs', { type: 'text', placeholder: 'e.g. 1800' }),
    standard: bool('workflow.standard_product_exists', 'An off-the-shelf product already covers most of it'),
    metricName: text('metric.name', 'Business metric', { placeholder: 'e.g. median first response time' }),
    baseline: text('metric.baseline', 'Baseline today'),
    target: text('metric.target', 'Target'),
    unit: text('metric.unit', 'Unit', { placeholder: 'e.g. hours, %' }),
    regulated: bool('constraints.regulated', 'Regulated data or setting'),
    mistake: text('constraints.mistake_cost', 'Cost of a wrong output', {
      options: [
        { value: '', label: 'Not decided' },
        { value: 'low', label: 'Low' },
        { value: 'medium', label: 'Medium' },
        { value: 'high', label: 'High' },
        { value: 'critical', label: 'Critical' },
      ],
    }),
    review: bool('constraints.human_review', 'A person reviews the output before it takes effect'),
    weeks: text('constraints.timeline_weeks', 'Timeline in weeks'),
    budget: text('constraints.budget_usd', 'Budget in US dollars'),
    ownerName: text('owner.name', 'Owner after launch', { hint: 'The person who owns quality, cost and permissions once it runs.' }),
    ownerRole: text('owner.role', 'Owner’s role'),
    shape: text('shape', 'Project shape', {
      hint: 'Leave on "Work it out" unless you know.',
      options: [
        { value: '', label: 'Work it out from the brief' },
        { value: 'workflow_automation', label: 'Workflow automation' },
        { value: 'knowledge_assistant', label: 'Knowledge assistant / search' },
        { value: 'regulated_assistant', label: 'Regulated assistant' },
        { value: 'custom_model', label: 'Custom model work' },
        { value: 'unclear_scope', label: 'Scope still unclear' },
      ],
    }),
    leadership: bool('organisation.technical_leadership', 'We have technical leadership in house'),
    core: bool('organisation.ai_is_core_advantage', 'AI is our long-term competitive edge'),
    urgency: text('organisation.urgency', 'Urgency', {
      options: [
        { value: '', label: 'Not said' },
        { value: 'low', label: 'Low' },
        { value: 'medium', label: 'Medium' },
        { value: 'high', label: 'High' },
      ],
    }),
    trial: bool('organisation.want_trial', 'We want a working trial before committing'),
  };
  const needBoxes: Field[] = NEEDS.map((need) => checkbox(need, 'organisation.needs', values['organisation.needs'].includes(need)));
  needBoxes.forEach((box) => box.control.setAttribute('value', (box.control.nextSibling as HTMLElement).textContent ?? ''));

  // Data sources: rows the user adds and removes.
  const sourcesList = h('div', { class: 'sources' });
  const sourceRows: { name: Field; access: Field; sensitivity: Field; row: HTMLElement }[] = [];
  const addSource = (source: SourceValues) => {
    const index = sourceRows.length;
    const name = field({ label: 'Source name', name: `data.sources[${index}].name`, value: source.name });
    const access = field({
      label: 'Access',
      name: `data.sources[${index}].access`,
      value: source.access,
      options: [
        { value: '', label: 'Not known' },
        { value: 'available', label: 'Available' },
        { value: 'requested', label: 'Requested' },
        { value: 'unavailable', label: 'Unavailable' },
      ],
    });
    const sensitivity = field({
      label: 'Sensitivity',
      name: `data.sources[${index}].sensitivity`,
      value: source.sensitivity,
      options: [
        { value: '', label: 'Not known' },
        { value: 'public', label: 'Public' },
        { value: 'internal', label: 'Internal' },
        { value: 'confidential', label: 'Confidential' },
        { value: 'regulated', label: 'Regulated' },
      ],
    });
    const entry = { name, access, sensitivity, row: h('fieldset', { class: 'source-row' }) };
    const remove = h('button', { type: 'button', class: 'link', onclick: () => {
      entry.row.remove();
      sourceRows.splice(sourceRows.indexOf(entry), 1);
      saveDraft();
    } }, 'Remove this source');
    entry.row.append(h('legend', null, `Data source ${index + 1}`), name.wrapper, access.wrapper, sensitivity.wrapper, remove);
    sourceRows.push(entry);
    sourcesList.append(entry.row);
  };
  (values.sources.length ? values.sources : [{ name: '', access: '', sensitivity: '' }]).forEach(addSource);
  const addSourceButton = h('button', { type: 'button', class: 'secondary', onclick: () => {
    addSource({ name: '', access: '', sensitivity: '' });
    sourceRows[sourceRows.length - 1].name.control.focus();
  } }, 'Add a data source');

  const steps: Step[] = [
    { title: 'Workflow', fields: [f.name.wrapper, f.description.wrapper, f.runs.wrapper, f.standard.wrapper] },
    { title: 'Metric', fields: [f.metricName.wrapper, h('div', { class: 'row' }, f.baseline.wrapper, f.target.wrapper, f.unit.wrapper)] },
    { title: 'Data', fields: [sourcesList, addSourceButton] },
    { title: 'Risk and constraints', fields: [f.mistake.wrapper, f.review.wrapper, f.regulated.wrapper, h('div', { class: 'row' }, f.weeks.wrapper, f.budget.wrapper)] },
    {
      title: 'Owner and organisation',
      fields: [
        h('div', { class: 'row' }, f.ownerName.wrapper, f.ownerRole.wrapper),
        f.shape.wrapper,
        f.leadership.wrapper,
        f.core.wrapper,
        f.urgency.wrapper,
        h('fieldset', { class: 'needs' }, h('legend', null, 'Skills the work needs'), needBoxes.map((b) => b.wrapper)),
        f.trial.wrapper,
      ],
    },
  ];

  const read = (): BriefValues => ({
    'workflow.name': f.name.control.value,
    'workflow.description': f.description.control.value,
    'workflow.runs_per_week': f.runs.control.value,
    'workflow.standard_product_exists': (f.standard.control as HTMLInputElement).checked,
    'metric.name': f.metricName.control.value,
    'metric.baseline': f.baseline.control.value,
    'metric.target': f.target.control.value,
    'metric.unit': f.unit.control.value,
    sources: sourceRows.map((r) => ({ name: r.name.control.value, access: r.access.control.value, sensitivity: r.sensitivity.control.value })),
    'constraints.regulated': (f.regulated.control as HTMLInputElement).checked,
    'constraints.mistake_cost': f.mistake.control.value,
    'constraints.human_review': (f.review.control as HTMLInputElement).checked,
    'constraints.timeline_weeks': f.weeks.control.value,
    'constraints.budget_usd': f.budget.control.value,
    'owner.name': f.ownerName.control.value,
    'owner.role': f.ownerRole.control.value,
    shape: f.shape.control.value,
    'organisation.technical_leadership': (f.leadership.control as HTMLInputElement).checked,
    'organisation.ai_is_core_advantage': (f.core.control as HTMLInputElement).checked,
    'organisation.urgency': f.urgency.control.value,
    'organisation.needs': needBoxes.filter((b) => (b.control as HTMLInputElement).checked).map((b) => b.control.getAttribute('value') ?? ''),
    'organisation.want_trial': (f.trial.control as HTMLInputElement).checked,
  });
  const saveDraft = debounce(() => app.drafts.save(draftKey, read()), 300);

  const banner = formBanner();
  const stepSections = steps.map((step, index) =>
    h('fieldset', { class: 'step', 'data-step': index, hidden: index !== 0 }, h('legend', null, `${index + 1}. ${step.title}`), step.fields),
  );
  const stepNav = h(
    'ol',
    { class: 'steps' },
    steps.map((step, index) =>
      h('li', null, h('button', { type: 'button', class: 'step-link', 'data-goto': index, onclick: () => show(index) }, `${index + 1}. ${step.title}`)),
    ),
  );
  const back = h('button', { type: 'button', class: 'secondary', onclick: () => show(current - 1) }, 'Back');
  const next = h('button', { type: 'button', class: 'secondary', onclick: () => show(current + 1) }, 'Next');
  const save = h('button', { type: 'submit', class: 'primary' }, editing ? 'Save and assess' : 'Assess this brief');
  let current = 0;
  function show(index: number) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    stepSections.forEach((section, i) => (section.hidden = i !== current));
    stepNav.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-current', i === current ? 'step' : 'false'));
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
  }

  const form = h(
    'form',
    { class: 'wizard', novalidate: true },
    banner,
    h('nav', { 'aria-label': 'Brief steps' }, stepNav),
    stepSections,
    h('div', { class: 'actions' }, back, next, save),
  );
  form.addEventListener('input', () => saveDraft());
  form.addEventListener('change', () => saveDraft());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const current = read();
    app.drafts.save(draftKey, current);
    if (!current['workflow.name'].trim()) {
      show(0);
      showApiError(form, banner, new ApiError(422, 'invalid_input', 'Give the workflow a name.', 'workflow.name'));
      return;
    }
    save.disabled = true;
    save.textContent = 'Assessing…';
    try {
      const body = { title: title && editing ? title : current['workflow.name'].trim(), brief: briefFromValues(current) };
      const saved = editing
        ? await app.api.patch<Brief>(`/briefs/${encodeURIComponent(params.id)}`, body)
        : await app.api.post<Brief>('/briefs', body);
      app.drafts.clear(draftKey);
      app.navigate(pathTo('/briefs/:id', { id: saved.id }));
    } catch (error) {
      const control = showApiError(form, banner, error);
      if (control) {
        const step = control.closest<HTMLElement>('.step');
        if (step) {
          show(Number(step.dataset.step));
          control.focus();
        }
      }
    } finally {
      save.disabled = false;
      save.textContent = editing ? 'Save and assess' : 'Assess this brief';
    }
  });

  replace(
    app.main,
    pageHeader(editing ? `Edit brief: ${title}` : 'Write a brief'),
    restored ? h('p', { class: 'banner banner-info', role: 'status' }, 'Your unsaved draft was restored.', ' ', h('button', { type: 'button', class: 'link', onclick: () => {
      app.drafts.clear(draftKey);
      app.navigate(location.pathname, { replace: true });
    } }, 'Discard it')) : null,
    form,
  );
  show(0);
  setBanner(banner, '');
}
