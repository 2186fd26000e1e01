// Briefs: the list, the wizard (new and edit) and the brief's assessment.
// The wizard keeps a draft in the browser as the user types, so a failed
// save or a reload loses nothing; the draft is dropped once the server has
// the brief.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Brief, Listing } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace } from '../lib/dom';
import { checkbox, clearErrors, field, formBanner, markInvalid, setBanner, showApiError, type Field } from '../lib/forms';
import { pathTo } from '../lib/router';
import { renderAssessment, verdictTitle } from './assessment_view';
import { briefFromValues, emptyBriefValues, FIELD_LABELS, inWords, stepOf, STEPS, validateStep, valuesFromBrief, type BriefValues, type SourceValues, type StepError, type YesNo } from './brief_model';
import type { PlaybookSummary } from '../api/types';
import { badge, emptyState, errorState, linkButton, pageHeader } from './common';
import { labelOf, needTitle, optionsOf, vocabularyIds } from './labels';

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

interface Step {
  title: string;
  fields: HTMLElement[];
}

export async function briefWizardPage(app: App, params: Record<string, string>): Promise<void> {
  const editing = params.id !== undefined;
  const draftKey = editing ? `brief:${params.id}` : 'brief:new';
  let values = emptyBriefValues();
  let title = '';
  let original: Brief['brief'] | undefined;
  if (editing) {
    try {
      const brief = await app.api.get<Brief>(`/briefs/${encodeURIComponent(params.id)}`);
      values = valuesFromBrief(brief.brief);
      original = brief.brief;
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
  // A fact asked as yes / no / not said, labelled in the field's own words.
  const yesNo = (name: keyof BriefValues, hint?: string) =>
    field({
      label: FIELD_LABELS[name],
      name,
      value: values[name] as YesNo,
      hint,
      options: [
        { value: '', label: 'Not said' },
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    });

  const f = {
    name: text('workflow.name', 'Workflow name', { required: true, hint: 'The one workflow the hire would change, e.g. "Support ticket triage".' }),
    description: text('workflow.description', 'What happens in it today', { rows: 4 }),
    runs: text('workflow.runs_per_week', 'How many times a week it runs', { type: 'text', placeholder: 'e.g. 1800' }),
    standard: bool('workflow.standard_product_exists', 'An off-the-shelf product already covers most of it'),
    differentiated: yesNo('workflow.differentiated', 'If it does, building it yourselves can pay off; if not, buying usually wins.'),
    baselineTried: yesNo('workflow.baseline_tried', 'Custom model work only makes sense once the simple approach has been tried.'),
    scopeOut: text('scope.out', FIELD_LABELS['scope.out'], { rows: 3, hint: 'One item per line, e.g. “Refund decisions”.' }),
    proprietary: yesNo('data.proprietary'),
    takesActions: yesNo('constraints.takes_actions', 'A system that acts on its own needs tighter guardrails than one that only suggests.'),
    securityReview: text('constraints.security_review', FIELD_LABELS['constraints.security_review'], {
      hint: 'Sensitive or regulated data needs security involved from the design stage.',
      options: [{ value: '', label: 'Not decided' }, ...optionsOf(app.playbook, 'security_review')],
    }),
    monthlyRun: text('constraints.monthly_run_budget_usd', FIELD_LABELS['constraints.monthly_run_budget_usd'], { hint: 'Model calls, evaluation upkeep and monitoring, every month once it runs.' }),
    costPerRun: text('constraints.cost_per_run_usd', FIELD_LABELS['constraints.cost_per_run_usd'], { placeholder: 'e.g. 0.04' }),
    metricName: text('metric.name', 'Business metric', { placeholder: 'e.g. median first response time' }),
    baseline: text('metric.baseline', 'Baseline today'),
    target: text('metric.target', 'Target'),
    unit: text('metric.unit', 'Unit', { placeholder: 'e.g. hours, %' }),
    monthlyValue: text('metric.monthly_value_usd', FIELD_LABELS['metric.monthly_value_usd'], { placeholder: 'e.g. 6000', hint: 'Hours saved, revenue kept or costs avoided, once the target is reached. The run cost is weighed against it.' }),
    regulated: bool('constraints.regulated', 'Regulated data or setting'),
    mistake: text('constraints.mistake_cost', 'Cost of a wrong output', {
      options: [{ value: '', label: 'Not decided' }, ...optionsOf(app.playbook, 'mistake_cost')],
    }),
    review: bool('constraints.human_review', 'A person reviews the output before it takes effect'),
    weeks: text('constraints.timeline_weeks', FIELD_LABELS['constraints.timeline_weeks']),
    budget: text('constraints.budget_usd', FIELD_LABELS['constraints.budget_usd']),
    ownerName: text('owner.name', 'Owner after launch', { hint: 'The person who owns quality, cost and permissions once it runs.' }),
    ownerRole: text('owner.role', 'Owner’s role'),
    shape: text('shape', 'Project shape', {
      hint: 'Leave on "Work it out" unless you know.',
      options: [{ value: '', label: 'Work it out from the brief' }, ...optionsOf(app.playbook, 'shapes')],
    }),
    leadership: bool('organisation.technical_leadership', 'We have technical leadership in house'),
    core: bool('organisation.ai_is_core_advantage', 'AI is our long-term competitive edge'),
    urgency: text('organisation.urgency', 'Urgency', {
      options: [{ value: '', label: 'Not said' }, ...optionsOf(app.playbook, 'urgency')],
    }),
    trial: bool('organisation.want_trial', 'We want a working trial before committing'),
  };
  const needBoxes: Field[] = vocabularyIds(app.playbook, 'organisation_need').map((need) => {
    const box = checkbox(needTitle(app.playbook, need), 'organisation.needs', values['organisation.needs'].includes(need));
    box.control.setAttribute('value', need);
    return box;
  });

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
      options: [{ value: '', label: 'Not known' }, ...optionsOf(app.playbook, 'data_access')],
    });
    const sensitivity = field({
      label: 'Sensitivity',
      name: `data.sources[${index}].sensitivity`,
      value: source.sensitivity,
      options: [{ value: '', label: 'Not known' }, ...optionsOf(app.playbook, 'data_sensitivity')],
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
    { title: STEPS[0].title, fields: [f.name.wrapper, f.description.wrapper, f.runs.wrapper, f.standard.wrapper, f.differentiated.wrapper, f.baselineTried.wrapper, f.scopeOut.wrapper] },
    { title: STEPS[1].title, fields: [f.metricName.wrapper, h('div', { class: 'row' }, f.baseline.wrapper, f.target.wrapper, f.unit.wrapper), f.monthlyValue.wrapper] },
    { title: STEPS[2].title, fields: [sourcesList, addSourceButton, f.proprietary.wrapper] },
    {
      title: STEPS[3].title,
      fields: [
        f.mistake.wrapper,
        f.review.wrapper,
        f.takesActions.wrapper,
        f.regulated.wrapper,
        f.securityReview.wrapper,
        h('div', { class: 'row' }, f.weeks.wrapper, f.budget.wrapper),
        h('div', { class: 'row' }, f.monthlyRun.wrapper, f.costPerRun.wrapper),
      ],
    },
    {
      title: STEPS[4].title,
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
    'workflow.differentiated': f.differentiated.control.value as YesNo,
    'workflow.baseline_tried': f.baselineTried.control.value as YesNo,
    'scope.out': f.scopeOut.control.value,
    'metric.name': f.metricName.control.value,
    'metric.baseline': f.baseline.control.value,
    'metric.target': f.target.control.value,
    'metric.unit': f.unit.control.value,
    'metric.monthly_value_usd': f.monthlyValue.control.value,
    sources: sourceRows.map((r) => ({ name: r.name.control.value, access: r.access.control.value, sensitivity: r.sensitivity.control.value })),
    'data.proprietary': f.proprietary.control.value as YesNo,
    'constraints.regulated': (f.regulated.control as HTMLInputElement).checked,
    'constraints.mistake_cost': f.mistake.control.value,
    'constraints.human_review': (f.review.control as HTMLInputElement).checked,
    'constraints.timeline_weeks': f.weeks.control.value,
    'constraints.budget_usd': f.budget.control.value,
    'constraints.security_review': f.securityReview.control.value,
    'constraints.takes_actions': f.takesActions.control.value as YesNo,
    'constraints.monthly_run_budget_usd': f.monthlyRun.control.value,
    'constraints.cost_per_run_usd': f.costPerRun.control.value,
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
      h('li', null, h('button', { type: 'button', class: 'step-link', 'data-goto': index, onclick: () => leaveTo(index) }, `${index + 1}. ${step.title}`)),
    ),
  );
  const back = h('button', { type: 'button', class: 'secondary', onclick: () => show(current - 1) }, 'Back');
  const next = h('button', { type: 'button', class: 'secondary', onclick: () => leaveTo(current + 1) }, 'Next');
  const save = h('button', { type: 'submit', class: 'primary' }, editing ? 'Save and assess' : 'Assess this brief');
  let current = 0;
  function show(index: number) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    stepSections.forEach((section, i) => (section.hidden = i !== current));
    stepNav.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-current', i === current ? 'step' : 'false'));
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
  }

  // Shows `errors` beside their fields (in the field's own words), focusing
  // the first; true when there were any.
  function showStepErrors(errors: StepError[]): boolean {
    clearErrors(form);
    if (!errors.length) {
      setBanner(banner, '');
      return false;
    }
    for (const error of errors) {
      const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(error.name)}"]`);
      if (control) markInvalid(form, control, error.message);
    }
    setBanner(banner, errors.length === 1 ? 'One answer on this step needs a fix; nothing you typed was lost.' : `${errors.length} answers on this step need a fix; nothing you typed was lost.`);
    form.querySelector<HTMLElement>(`[name="${CSS.escape(errors[0].name)}"]`)?.focus();
    return true;
  }

  // Moving on checks the step being left; going back never blocks.
  function leaveTo(index: number) {
    if (index > current) {
      const values = read();
      for (let step = current; step < Math.min(index, steps.length); step += 1) {
        const errors = validateStep(values, step);
        if (errors.length) {
          show(step);
          showStepErrors(errors);
          return;
        }
      }
    }
    clearErrors(form);
    setBanner(banner, '');
    show(index);
    stepSections[current].querySelector<HTMLElement>('input, select, textarea')?.focus();
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
    for (let step = 0; step < steps.length; step += 1) {
      const errors = validateStep(current, step);
      if (errors.length) {
        show(step);
        showStepErrors(errors);
        return;
      }
    }
    save.disabled = true;
    save.textContent = 'Assessing…';
    try {
      const body = { title: title && editing ? title : current['workflow.name'].trim(), brief: briefFromValues(current, original) };
      const saved = editing
        ? await app.api.patch<Brief>(`/briefs/${encodeURIComponent(params.id)}`, body)
        : await app.api.post<Brief>('/briefs', body);
      app.drafts.clear(draftKey);
      app.navigate(pathTo('/briefs/:id', { id: saved.id }));
    } catch (error) {
      // The server names the field by its path; say it in the field's words.
      const worded = error instanceof ApiError ? new ApiError(error.status, error.code, inWords(error.message, error.field), error.field) : error;
      if (worded instanceof ApiError && worded.field) show(stepOf(worded.field));
      const control = showApiError(form, banner, worded);
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
