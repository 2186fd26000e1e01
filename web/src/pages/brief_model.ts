// The brief wizard's values ↔ the brief document (docs/product.md section 2). The form
// keeps every value as a string (what the user typed); briefFromValues()
// builds the document, leaving out what is empty so that missing facts make
// criteria fail instead of being sent as "" or 0. valuesFromBrief() is its
// inverse for editing a saved brief.
// The wizard reads and writes a brief as a plain object: it edits the keys
// it knows and keeps, untouched, any other key a brief written elsewhere
// holds; the server checks the whole document.
type BriefDocument = Record<string, unknown>;

export interface SourceValues {
  name: string;
  access: string; // available | requested | unavailable
  sensitivity: string; // public | internal | confidential | regulated
}

export interface BriefValues {
  'workflow.name': string;
  'workflow.description': string;
  'workflow.runs_per_week': string;
  'workflow.standard_product_exists': boolean;
  'workflow.differentiated': YesNo;
  'workflow.baseline_tried': YesNo;
  'scope.out': string; // one item per line
  'metric.name': string;
  'metric.baseline': string;
  'metric.target': string;
  'metric.unit': string;
  'metric.monthly_value_usd': string;
  sources: SourceValues[];
  'data.proprietary': YesNo;
  'constraints.regulated': boolean;
  'constraints.mistake_cost': string;
  'constraints.human_review': boolean;
  'constraints.timeline_weeks': string;
  'constraints.budget_usd': string;
  'constraints.security_review': string; // design | before_launch | after_launch | none
  'constraints.takes_actions': YesNo;
  'constraints.monthly_run_budget_usd': string;
  'constraints.cost_per_run_usd': string;
  'owner.name': string;
  'owner.role': string;
  shape: string;
  'organisation.technical_leadership': boolean;
  'organisation.ai_is_core_advantage': boolean;
  'organisation.urgency': string;
  'organisation.needs': string[];
  'organisation.want_trial': boolean;
}

// A fact asked as yes / no / not said: only an answer is sent.
export type YesNo = '' | 'yes' | 'no';

export function emptyBriefValues(): BriefValues {
  return {
    'workflow.name': '',
    'workflow.description': '',
    'workflow.runs_per_week': '',
    'workflow.standard_product_exists': false,
    'workflow.differentiated': '',
    'workflow.baseline_tried': '',
    'scope.out': '',
    'metric.name': '',
    'metric.baseline': '',
    'metric.target': '',
    'metric.unit': '',
    'metric.monthly_value_usd': '',
    sources: [],
    'data.proprietary': '',
    'constraints.regulated': false,
    'constraints.mistake_cost': '',
    'constraints.human_review': false,
    'constraints.timeline_weeks': '',
    'constraints.budget_usd': '',
    'constraints.security_review': '',
    'constraints.takes_actions': '',
    'constraints.monthly_run_budget_usd': '',
    'constraints.cost_per_run_usd': '',
    'owner.name': '',
    'owner.role': '',
    shape: '',
    'organisation.technical_leadership': false,
    'organisation.ai_is_core_advantage': false,
    'organisation.urgency': '',
    'organisation.needs': [],
    'organisation.want_trial': false,
  };
}

// A number typed by a person: "1,800", "$2,000" and " 9 " count; anything else is
// kept as text so the server names the field in its error.
function numberOrText(text: string): number | string {
  const cleaned = text.replace(/[,_\s$]/g, '');
  if (cleaned !== '' && /^-?\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return text.trim();
}

function put(target: Record<string, unknown>, key: string, value: unknown) {
  if (value === '' || value === undefined) return;
  target[key] = value;
}

function putYesNo(target: Record<string, unknown>, key: string, value: YesNo) {
  if (value === 'yes') target[key] = true;
  else if (value === 'no') target[key] = false;
}

function yesNo(value: unknown): YesNo {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

// The keys the wizard edits, per section; anything else a saved brief holds
// (e.g. `role`, `workflow.stage`) is kept as it was when the brief is saved.
const MANAGED: Record<string, string[]> = {
  workflow: ['name', 'description', 'runs_per_week', 'standard_product_exists', 'differentiated', 'baseline_tried'],
  metric: ['name', 'baseline', 'target', 'unit', 'monthly_value_usd'],
  data: ['sources', 'proprietary'],
  constraints: ['regulated', 'mistake_cost', 'human_review', 'timeline_weeks', 'budget_usd', 'security_review', 'takes_actions', 'monthly_run_budget_usd', 'cost_per_run_usd', 'post_launch_budget_usd'],
  owner: ['name', 'role'],
  organisation: ['technical_leadership', 'ai_is_core_advantage', 'urgency', 'needs', 'want_trial'],
  scope: ['out'],
  shape: [],
};

// `built` over `base`: the wizard's sections replace theirs, keeping the
// keys of `base` the wizard does not edit.
function keepUnmanaged(built: BriefDocument, base: BriefDocument | undefined): BriefDocument {
  if (!base) return built;
  const out: BriefDocument = {};
  for (const [key, value] of Object.entries(base)) {
    if (!(key in MANAGED)) out[key] = value;
  }
  for (const [section, managed] of Object.entries(MANAGED)) {
    const old = obj(base[section]);
    const kept = Object.fromEntries(Object.entries(old).filter(([k]) => !managed.includes(k)));
    const mine = built[section];
    if (mine !== undefined && typeof mine === 'object' && !Array.isArray(mine)) out[section] = { ...kept, ...(mine as object) };
    else if (mine !== undefined) out[section] = mine;
    else if (Object.keys(kept).length) out[section] = kept;
  }
  return out;
}

export function briefFromValues(values: BriefValues, base?: BriefDocument): BriefDocument {
  return keepUnmanaged(buildBrief(values), base);
}

function buildBrief(values: BriefValues): BriefDocument {
  const owner: Record<string, unknown> = {};
  put(owner, 'name', values['owner.name'].trim());
  put(owner, 'role', values['owner.role'].trim());
  const metric = metricPart(values);
  const data = dataPart(values);
  const out = values['scope.out'].split('\n').map((line) => line.trim()).filter(Boolean);
  const brief: BriefDocument = { workflow: workflowPart(values) };
  if (Object.keys(metric).length) brief.metric = metric;
  if (Object.keys(data).length) brief.data = data;
  if (out.length) brief.scope = { out };
  brief.constraints = constraintsPart(values);
  if (Object.keys(owner).length) brief.owner = owner;
  if (values.shape) brief.shape = values.shape;
  brief.organisation = organisationPart(values);
  return brief;
}

function workflowPart(values: BriefValues): Record<string, unknown> {
  const workflow: Record<string, unknown> = {};
  put(workflow, 'name', values['workflow.name'].trim());
  put(workflow, 'description', values['workflow.description'].trim());
  put(workflow, 'runs_per_week', numberOrText(values['workflow.runs_per_week']));
  workflow.standard_product_exists = values['workflow.standard_product_exists'];
  putYesNo(workflow, 'differentiated', values['workflow.differentiated']);
  putYesNo(workflow, 'baseline_tried', values['workflow.baseline_tried']);
  return workflow;
}

function metricPart(values: BriefValues): Record<string, unknown> {
  const metric: Record<string, unknown> = {};
  put(metric, 'name', values['metric.name'].trim());
  put(metric, 'baseline', numberOrText(values['metric.baseline']));
  put(metric, 'target', numberOrText(values['metric.target']));
  put(metric, 'unit', values['metric.unit'].trim());
  put(metric, 'monthly_value_usd', numberOrText(values['metric.monthly_value_usd']));
  return metric;
}

// The named data sources, and whether the data is proprietary.
function dataPart(values: BriefValues): Record<string, unknown> {
  const sources = values.sources
    .filter((s) => s.name.trim() !== '')
    .map((s) => {
      const source: Record<string, unknown> = { name: s.name.trim() };
      put(source, 'access', s.access);
      put(source, 'sensitivity', s.sensitivity);
      return source;
    });
  const data: Record<string, unknown> = {};
  if (sources.length) data.sources = sources;
  putYesNo(data, 'proprietary', values['data.proprietary']);
  return data;
}

function constraintsPart(values: BriefValues): Record<string, unknown> {
  const constraints: Record<string, unknown> = {
    regulated: values['constraints.regulated'],
    human_review: values['constraints.human_review'],
  };
  put(constraints, 'mistake_cost', values['constraints.mistake_cost']);
  put(constraints, 'timeline_weeks', numberOrText(values['constraints.timeline_weeks']));
  put(constraints, 'budget_usd', numberOrText(values['constraints.budget_usd']));
  put(constraints, 'security_review', values['constraints.security_review']);
  putYesNo(constraints, 'takes_actions', values['constraints.takes_actions']);
  put(constraints, 'monthly_run_budget_usd', numberOrText(values['constraints.monthly_run_budget_usd']));
  put(constraints, 'cost_per_run_usd', numberOrText(values['constraints.cost_per_run_usd']));
  return constraints;
}

function organisationPart(values: BriefValues): Record<string, unknown> {
  const organisation: Record<string, unknown> = {
    technical_leadership: values['organisation.technical_leadership'],
    ai_is_core_advantage: values['organisation.ai_is_core_advantage'],
    want_trial: values['organisation.want_trial'],
  };
  put(organisation, 'urgency', values['organisation.urgency']);
  if (values['organisation.needs'].length) organisation.needs = [...values['organisation.needs']];
  return organisation;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
function obj(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function valuesFromBrief(brief: BriefDocument): BriefValues {
  const workflow = obj(brief.workflow);
  const metric = obj(brief.metric);
  const data = obj(brief.data);
  const constraints = obj(brief.constraints);
  const owner = obj(brief.owner);
  const organisation = obj(brief.organisation);
  const sources = Array.isArray(data.sources) ? data.sources.map(obj) : [];
  return {
    'workflow.name': text(workflow.name),
    'workflow.description': text(workflow.description),
    'workflow.runs_per_week': text(workflow.runs_per_week),
    'workflow.standard_product_exists': workflow.standard_product_exists === true,
    'workflow.differentiated': yesNo(workflow.differentiated),
    'workflow.baseline_tried': yesNo(workflow.baseline_tried),
    'scope.out': Array.isArray(obj(brief.scope).out) ? (obj(brief.scope).out as unknown[]).map(String).join('\n') : '',
    'metric.name': text(metric.name),
    'metric.baseline': text(metric.baseline),
    'metric.target': text(metric.target),
    'metric.unit': text(metric.unit),
    'metric.monthly_value_usd': text(metric.monthly_value_usd),
    sources: sources.map((s) => ({ name: text(s.name), access: text(s.access), sensitivity: text(s.sensitivity) })),
    'data.proprietary': yesNo(data.proprietary),
    'constraints.regulated': constraints.regulated === true,
    'constraints.mistake_cost': text(constraints.mistake_cost),
    'constraints.human_review': constraints.human_review === true,
    'constraints.timeline_weeks': text(constraints.timeline_weeks),
    'constraints.budget_usd': text(constraints.budget_usd),
    'constraints.security_review': text(constraints.security_review),
    'constraints.takes_actions': yesNo(constraints.takes_actions),
    // A brief written before the run budget had its name keeps its figure.
    'constraints.monthly_run_budget_usd': text(constraints.monthly_run_budget_usd ?? constraints.post_launch_budget_usd),
    'constraints.cost_per_run_usd': text(constraints.cost_per_run_usd),
    'owner.name': text(owner.name),
    'owner.role': text(owner.role),
    shape: text(brief.shape),
    'organisation.technical_leadership': organisation.technical_leadership === true,
    'organisation.ai_is_core_advantage': organisation.ai_is_core_advantage === true,
    'organisation.urgency': text(organisation.urgency),
    'organisation.needs': Array.isArray(organisation.needs) ? organisation.needs.map(String) : [],
    'organisation.want_trial': organisation.want_trial === true,
  };
}

// ---- the wizard's steps, labels and checks ----

// What each field is called on the form: errors speak in these words.
export const FIELD_LABELS: Record<string, string> = {
  'workflow.name': 'Workflow name',
  'workflow.description': 'What happens in it today',
  'workflow.runs_per_week': 'How many times a week it runs',
  'workflow.standard_product_exists': 'An off-the-shelf product already covers most of it',
  'workflow.differentiated': 'Does this workflow set you apart from competitors?',
  'workflow.baseline_tried': 'Have you tried prompting an existing model, with your documents, and found it falls short?',
  'scope.out': 'What stays out of scope',
  'metric.name': 'Business metric',
  'metric.baseline': 'Baseline today',
  'metric.target': 'Target',
  'metric.unit': 'Unit',
  'metric.monthly_value_usd': 'What reaching the target is worth a month, in US dollars',
  'data.proprietary': 'Is the data your own, and hard for others to get?',
  'data.sources.name': 'Source name',
  'data.sources.access': 'Access',
  'data.sources.sensitivity': 'Sensitivity',
  'constraints.regulated': 'Regulated data or setting',
  'constraints.mistake_cost': 'Cost of a wrong output',
  'constraints.human_review': 'A person reviews the output before it takes effect',
  'constraints.takes_actions': 'Will the system act on its own (change records, send messages, move money)?',
  'constraints.security_review': 'When security reviews it',
  'constraints.timeline_weeks': 'Timeline in weeks',
  'constraints.budget_usd': 'Budget to build it, in US dollars',
  'constraints.monthly_run_budget_usd': 'Monthly budget to run it after launch, in US dollars',
  'constraints.cost_per_run_usd': 'Expected cost of one run, in US dollars',
  'owner.name': 'Owner after launch',
  'owner.role': 'Owner’s role',
  shape: 'Project shape',
  'organisation.technical_leadership': 'We have technical leadership in house',
  'organisation.ai_is_core_advantage': 'AI is our long-term competitive edge',
  'organisation.urgency': 'Urgency',
  'organisation.needs': 'Skills the work needs',
  'organisation.want_trial': 'We want a working trial before committing',
};

// The wizard's steps and the fields each holds (a data source's fields are
// data.sources[i].*).
export const STEPS: { title: string; fields: string[] }[] = [
  { title: 'Workflow', fields: ['workflow.name', 'workflow.description', 'workflow.runs_per_week', 'workflow.standard_product_exists', 'workflow.differentiated', 'workflow.baseline_tried', 'scope.out'] },
  { title: 'Metric', fields: ['metric.name', 'metric.baseline', 'metric.target', 'metric.unit', 'metric.monthly_value_usd'] },
  { title: 'Data', fields: ['data.sources', 'data.proprietary'] },
  {
    title: 'Risk and constraints',
    fields: ['constraints.mistake_cost', 'constraints.human_review', 'constraints.takes_actions', 'constraints.regulated', 'constraints.security_review', 'constraints.timeline_weeks', 'constraints.budget_usd', 'constraints.monthly_run_budget_usd', 'constraints.cost_per_run_usd'],
  },
  { title: 'Owner and organisation', fields: ['owner.name', 'owner.role', 'shape', 'organisation.technical_leadership', 'organisation.ai_is_core_advantage', 'organisation.urgency', 'organisation.needs', 'organisation.want_trial'] },
];

// The step that holds a field path (as the API names it: "brief." and
// "[i]" allowed); 0 when unknown.
export function stepOf(path: string): number {
  const name = path.replace(/^brief\./, '').replace(/\[\d+\]/g, '');
  const at = STEPS.findIndex((s) => s.fields.some((f) => name === f || name.startsWith(`${f}.`)));
  return at < 0 ? 0 : at;
}

// The field's own words for an API field path: "workflow.runs_per_week" →
// "How many times a week it runs"; "data.sources[1].access" → "Data source
// 2: Access".
export function fieldLabel(path: string): string | null {
  const name = path.replace(/^brief\./, '');
  const source = /^data\.sources\[(\d+)\]\.(\w+)$/.exec(name);
  if (source) {
    const label = FIELD_LABELS[`data.sources.${source[2]}`];
    return label ? `Data source ${Number(source[1]) + 1}: ${label}` : null;
  }
  return FIELD_LABELS[name] ?? null;
}

// A message that names a field by its path, said with the field's label
// instead: "expected a whole number for 'workflow.runs_per_week'" →
// "expected a whole number for “How many times a week it runs”".
export function inWords(message: string, path: string | null): string {
  if (!path) return message;
  const label = fieldLabel(path);
  if (!label) return message;
  const paths = [path, path.replace(/^brief\./, '')].sort((a, b) => b.length - a.length);
  let out = message;
  for (const p of paths) {
    for (const quoted of [`'${p}'`, `"${p}"`, `\`${p}\``, p]) out = out.split(quoted).join(`“${label}”`);
  }
  return out;
}

export interface StepError {
  name: string; // the control's name
  message: string;
}

function wholeNumber(text: string, min: number, max: number): boolean {
  const cleaned = text.replace(/[,_\s]/g, '');
  return /^\d+$/.test(cleaned) && Number(cleaned) >= min && Number(cleaned) <= max;
}

function amount(text: string): boolean {
  const cleaned = text.replace(/[,_\s$]/g, '');
  return /^\d+(\.\d+)?$/.test(cleaned);
}

function signedNumber(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text.replace(/[,_\s]/g, ''));
}

// The problems of one step's values, in the field's own words; empty when
// the step may be left. Missing facts are not errors (they make a criterion
// fail, with its reason); values that cannot be what they claim are.
export function validateStep(values: BriefValues, step: number): StepError[] {
  const errors: StepError[] = [];
  const check = (name: keyof BriefValues, ok: (text: string) => boolean, message: string) => {
    const text = String(values[name] ?? '').trim();
    if (text !== '' && !ok(text)) errors.push({ name, message });
  };
  if (step === 0) {
    if (!values['workflow.name'].trim()) errors.push({ name: 'workflow.name', message: 'Give the workflow a name, e.g. “Support ticket triage”.' });
    check('workflow.runs_per_week', (t) => wholeNumber(t, 0, 100_000_000), 'Say how many times a week it runs as a whole number, e.g. 1800.');
  } else if (step === 1) {
    check('metric.baseline', signedNumber, 'Give today’s value as a number, e.g. 9.');
    check('metric.target', signedNumber, 'Give the target as a number, e.g. 2.5.');
    check('metric.monthly_value_usd', amount, 'Give what reaching the target is worth a month as an amount in US dollars, e.g. 6000.');
  } else if (step === 2) {
    values.sources.forEach((source, index) => {
      if (!source.name.trim() && (source.access || source.sensitivity)) {
        errors.push({ name: `data.sources[${index}].name`, message: `Name data source ${index + 1}, or remove it.` });
      }
    });
  } else if (step === 3) {
    check('constraints.timeline_weeks', (t) => wholeNumber(t, 0, 520), 'Give the timeline as a whole number of weeks, e.g. 12.');
    check('constraints.budget_usd', amount, 'Give the budget as an amount in US dollars, e.g. 90000.');
    check('constraints.monthly_run_budget_usd', amount, 'Give the monthly run budget as an amount in US dollars, e.g. 2000.');
    check('constraints.cost_per_run_usd', amount, 'Give the cost of one run as an amount in US dollars, e.g. 0.04.');
  }
  return errors;
}
