// The brief wizard's view (new and edit): the form brief_fields.ts
// describes, one step at a time. Moving on checks the step being left (going
// back never blocks); submitting checks every step, then saves and assesses.
// A draft is kept in the browser as the user types, so a failed save or a
// reload loses nothing; it is dropped once the server has the brief.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Brief, PlaybookSummary } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace } from '../lib/dom';
import { checkbox, clearErrors, field, formBanner, markInvalid, setBanner, showApiError, type Field } from '../lib/forms';
import { pathTo } from '../lib/router';
import { BRIEF_FIELDS, choiceOptions, labelOfField, rowsOf, stepTitles, type BriefFieldSpec } from './brief_fields';
import { briefFromValues, emptyBriefValues, inWords, stepOf, validateStep, valuesFromBrief, type BriefValues, type SourceValues, type StepError } from './brief_model';
import { errorState, pageHeader } from './common';
import { needTitle, optionsOf, vocabularyIds } from './labels';

// Where the wizard starts: the saved brief (when editing) or an empty one,
// under the draft the browser kept, if any.
interface WizardStart {
  editing: string | null; // the brief's id
  draftKey: string;
  values: BriefValues;
  title: string;
  original: Brief['brief'] | undefined;
  restored: boolean;
}

// One control of the form: what it puts on the page and how it writes its
// value into the brief's values.
interface WizardControl {
  elements: HTMLElement[];
  write(values: BriefValues): void;
}

export async function briefWizardPage(app: App, params: Record<string, string>): Promise<void> {
  const start = await loadStart(app, params.id);
  if (!start) return;
  const banner = formBanner();
  const controls: WizardControl[] = [];
  const read = (): BriefValues => {
    const values = emptyBriefValues();
    for (const control of controls) control.write(values);
    return values;
  };
  const saveDraft = debounce(() => app.drafts.save(start.draftKey, read()), 300);
  const sections = BRIEF_FIELDS.map((specs, index) => {
    const stepControls = specs.map((spec) => controlFor(app, spec, start.values, saveDraft));
    controls.push(...stepControls);
    return stepSection(index, specs, stepControls);
  });
  const form = h('form', { class: 'wizard', novalidate: true });
  const steps = stepper(form, banner, sections, read);
  const save = h('button', { type: 'submit', class: 'primary' }, start.editing ? 'Save and assess' : 'Assess this brief');
  form.append(banner, h('nav', { 'aria-label': 'Brief steps' }, steps.nav), ...sections, h('div', { class: 'actions' }, steps.back, steps.next, save));
  form.addEventListener('input', () => saveDraft());
  form.addEventListener('change', () => saveDraft());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitBrief(app, start, form, banner, save, steps, read());
  });
  replace(app.main, pageHeader(start.editing ? `Edit brief: ${start.title}` : 'Write a brief'), restoredNotice(app, start), form);
  steps.show(0);
  setBanner(banner, '');
}

async function loadStart(app: App, id: string | undefined): Promise<WizardStart | null> {
  const start: WizardStart = { editing: id ?? null, draftKey: id !== undefined ? `brief:${id}` : 'brief:new', values: emptyBriefValues(), title: '', original: undefined, restored: false };
  if (id !== undefined) {
    try {
      const brief = await app.api.get<Brief>(`/briefs/${encodeURIComponent(id)}`);
      Object.assign(start, { values: valuesFromBrief(brief.brief), original: brief.brief, title: brief.title });
    } catch (error) {
      replace(app.main, pageHeader('Edit brief'), errorState(error));
      return null;
    }
  }
  const draft = app.drafts.load<BriefValues>(start.draftKey);
  if (draft) Object.assign(start, { values: { ...emptyBriefValues(), ...draft }, restored: true });
  return start;
}

function restoredNotice(app: App, start: WizardStart): HTMLElement | null {
  if (!start.restored) return null;
  const discard = () => {
    app.drafts.clear(start.draftKey);
    app.navigate(location.pathname, { replace: true });
  };
  return h('p', { class: 'banner banner-info', role: 'status' }, 'Your unsaved draft was restored.', ' ', h('button', { type: 'button', class: 'link', onclick: discard }, 'Discard it'));
}

function stepSection(index: number, specs: BriefFieldSpec[], controls: WizardControl[]): HTMLElement {
  const byName = new Map(specs.map((spec, i) => [spec.name, controls[i]]));
  const rows = rowsOf(specs).map((row) => {
    const elements = row.flatMap((spec) => byName.get(spec.name)?.elements ?? []);
    return row.length > 1 ? [h('div', { class: 'row' }, elements)] : elements;
  });
  return h('fieldset', { class: 'step', 'data-step': index, hidden: index !== 0 }, h('legend', null, `${index + 1}. ${stepTitles()[index]}`), rows);
}

function controlFor(app: App, spec: BriefFieldSpec, values: BriefValues, changed: () => void): WizardControl {
  const name = spec.name;
  switch (spec.kind) {
    case 'check': {
      const box = checkbox(labelOfField(spec), name, values[name] as boolean);
      return { elements: [box.wrapper], write: (out) => Object.assign(out, { [name]: (box.control as HTMLInputElement).checked }) };
    }
    case 'needs':
      return needsControl(app, values);
    case 'sources':
      return sourcesControl(app.playbook, values.sources, changed);
    default: {
      const options = spec.kind === 'text' ? undefined : choiceOptions(spec, app.playbook);
      const f = field({ label: labelOfField(spec), name, value: values[name] as string, hint: spec.hint, placeholder: spec.placeholder, rows: spec.rows, required: spec.required, options });
      return { elements: [f.wrapper], write: (out) => Object.assign(out, { [name]: f.control.value }) };
    }
  }
}

// A checkbox per need the playbook lists, labelled in its words.
function needsControl(app: App, values: BriefValues): WizardControl {
  const boxes: Field[] = vocabularyIds(app.playbook, 'organisation_need').map((need) => {
    const box = checkbox(needTitle(app.playbook, need), 'organisation.needs', values['organisation.needs'].includes(need));
    box.control.setAttribute('value', need);
    return box;
  });
  return {
    elements: [h('fieldset', { class: 'needs' }, h('legend', null, 'Skills the work needs'), boxes.map((b) => b.wrapper))],
    write: (out) => {
      out['organisation.needs'] = boxes.filter((b) => (b.control as HTMLInputElement).checked).map((b) => b.control.getAttribute('value') ?? '');
    },
  };
}

interface SourceRow {
  name: Field;
  access: Field;
  sensitivity: Field;
  row: HTMLElement;
}

// The data sources: rows the user adds and removes.
function sourcesControl(playbook: PlaybookSummary | null, sources: SourceValues[], changed: () => void): WizardControl {
  const list = h('div', { class: 'sources' });
  const rows: SourceRow[] = [];
  const add = (source: SourceValues) => {
    const entry = sourceRow(playbook, rows.length, source, () => {
      entry.row.remove();
      rows.splice(rows.indexOf(entry), 1);
      changed();
    });
    rows.push(entry);
    list.append(entry.row);
  };
  (sources.length ? sources : [{ name: '', access: '', sensitivity: '' }]).forEach(add);
  const addButton = h('button', { type: 'button', class: 'secondary', onclick: () => {
    add({ name: '', access: '', sensitivity: '' });
    rows[rows.length - 1].name.control.focus();
  } }, 'Add a data source');
  return {
    elements: [list, addButton],
    write: (out) => {
      out.sources = rows.map((r) => ({ name: r.name.control.value, access: r.access.control.value, sensitivity: r.sensitivity.control.value }));
    },
  };
}

function sourceRow(playbook: PlaybookSummary | null, index: number, source: SourceValues, remove: () => void): SourceRow {
  const sourceOptions = (vocabulary: 'data_access' | 'data_sensitivity') => [{ value: '', label: 'Not known' }, ...optionsOf(playbook, vocabulary)];
  const name = field({ label: 'Source name', name: `data.sources[${index}].name`, value: source.name });
  const access = field({ label: 'Access', name: `data.sources[${index}].access`, value: source.access, options: sourceOptions('data_access') });
  const sensitivity = field({ label: 'Sensitivity', name: `data.sources[${index}].sensitivity`, value: source.sensitivity, options: sourceOptions('data_sensitivity') });
  const row = h('fieldset', { class: 'source-row' }, h('legend', null, `Data source ${index + 1}`), name.wrapper, access.wrapper, sensitivity.wrapper, h('button', { type: 'button', class: 'link', onclick: remove }, 'Remove this source'));
  return { name, access, sensitivity, row };
}

// The step navigation: the list of steps, Back and Next, and which step shows.
interface Stepper {
  nav: HTMLElement;
  back: HTMLButtonElement;
  next: HTMLButtonElement;
  show(index: number): void;
  leaveTo(index: number): void;
}

function stepper(form: HTMLFormElement, banner: HTMLElement, sections: HTMLElement[], read: () => BriefValues): Stepper {
  let current = 0;
  const titles = stepTitles();
  const nav = h('ol', { class: 'steps' }, titles.map((title, index) => h('li', null, h('button', { type: 'button', class: 'step-link', 'data-goto': index, onclick: () => steps.leaveTo(index) }, `${index + 1}. ${title}`))));
  const steps: Stepper = {
    nav,
    back: h('button', { type: 'button', class: 'secondary', onclick: () => steps.show(current - 1) }, 'Back'),
    next: h('button', { type: 'button', class: 'secondary', onclick: () => steps.leaveTo(current + 1) }, 'Next'),
    show(index) {
      current = Math.max(0, Math.min(sections.length - 1, index));
      sections.forEach((section, i) => (section.hidden = i !== current));
      nav.querySelectorAll('button').forEach((b, i) => b.setAttribute('aria-current', i === current ? 'step' : 'false'));
      steps.back.hidden = current === 0;
      steps.next.hidden = current === sections.length - 1;
    },
    // Moving on checks the steps being left; going back never blocks.
    leaveTo(index) {
      if (index > current && !stepsPass(form, banner, steps, read(), current, Math.min(index, sections.length))) return;
      clearErrors(form);
      setBanner(banner, '');
      steps.show(index);
      sections[current].querySelector<HTMLElement>('input, select, textarea')?.focus();
    },
  };
  return steps;
}

// Checks steps [from, to): the first with problems is shown with them beside
// their fields; true when none has any.
function stepsPass(form: HTMLFormElement, banner: HTMLElement, steps: Stepper, values: BriefValues, from: number, to: number): boolean {
  for (let step = from; step < to; step += 1) {
    const errors = validateStep(values, step);
    if (errors.length) {
      steps.show(step);
      showStepErrors(form, banner, errors);
      return false;
    }
  }
  return true;
}

// Shows `errors` beside their fields (in the field's own words), focusing the first.
function showStepErrors(form: HTMLFormElement, banner: HTMLElement, errors: StepError[]): void {
  clearErrors(form);
  for (const error of errors) {
    const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(error.name)}"]`);
    if (control) markInvalid(form, control, error.message);
  }
  setBanner(banner, errors.length === 1 ? 'One answer on this step needs a fix; nothing you typed was lost.' : `${errors.length} answers on this step need a fix; nothing you typed was lost.`);
  form.querySelector<HTMLElement>(`[name="${CSS.escape(errors[0].name)}"]`)?.focus();
}

async function submitBrief(app: App, start: WizardStart, form: HTMLFormElement, banner: HTMLElement, save: HTMLButtonElement, steps: Stepper, values: BriefValues): Promise<void> {
  clearErrors(form);
  app.drafts.save(start.draftKey, values);
  if (!stepsPass(form, banner, steps, values, 0, BRIEF_FIELDS.length)) return;
  const label = save.textContent;
  save.disabled = true;
  save.textContent = 'Assessing…';
  try {
    const body = { title: start.title && start.editing ? start.title : values['workflow.name'].trim(), brief: briefFromValues(values, start.original) };
    const saved = start.editing
      ? await app.api.patch<Brief>(`/briefs/${encodeURIComponent(start.editing)}`, body)
      : await app.api.post<Brief>('/briefs', body);
    app.drafts.clear(start.draftKey);
    app.navigate(pathTo('/briefs/:id', { id: saved.id }));
  } catch (error) {
    showSaveError(form, banner, steps, error);
  } finally {
    save.disabled = false;
    save.textContent = label;
  }
}

// The server names the field by its path; say it in the field's words, on its step.
function showSaveError(form: HTMLFormElement, banner: HTMLElement, steps: Stepper, error: unknown): void {
  const worded = error instanceof ApiError ? new ApiError(error.status, error.code, inWords(error.message, error.field), error.field) : error;
  if (worded instanceof ApiError && worded.field) steps.show(stepOf(worded.field));
  const control = showApiError(form, banner, worded);
  const step = control?.closest<HTMLElement>('.step');
  if (control && step) {
    steps.show(Number(step.dataset.step));
    control.focus();
  }
}
