// The brief wizard's values ↔ the brief document (SPEC section 2). The form
// keeps every value as a string (what the user typed); briefFromValues()
// builds the document, leaving out what is empty so that missing facts make
// criteria fail instead of being sent as "" or 0. valuesFromBrief() is its
// inverse for editing a saved brief.
import type { BriefDocument } from '../api/types';

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
  'metric.name': string;
  'metric.baseline': string;
  'metric.target': string;
  'metric.unit': string;
  sources: SourceValues[];
  'constraints.regulated': boolean;
  'constraints.mistake_cost': string;
  'constraints.human_review': boolean;
  'constraints.timeline_weeks': string;
  'constraints.budget_usd': string;
  'owner.name': string;
  'owner.role': string;
  shape: string;
  'organisation.technical_leadership': boolean;
  'organisation.ai_is_core_advantage': boolean;
  'organisation.urgency': string;
  'organisation.needs': string[];
  'organisation.want_trial': boolean;
}

export const NEEDS = ['ai', 'backend', 'deployment', 'qa', 'design', 'data'] as const;

export function emptyBriefValues(): BriefValues {
  return {
    'workflow.name': '',
    'workflow.description': '',
    'workflow.runs_per_week': '',
    'workflow.standard_product_exists': false,
    'metric.name': '',
    'metric.baseline': '',
    'metric.target': '',
    'metric.unit': '',
    sources: [],
    'constraints.regulated': false,
    'constraints.mistake_cost': '',
    'constraints.human_review': false,
    'constraints.timeline_weeks': '',
    'constraints.budget_usd': '',
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

// A number typed by a person: "1,800" and " 9 " count; anything else is
// kept as text so the server names the field in its error.
function numberOrText(text: string): number | string {
  const cleaned = text.replace(/[,_\s]/g, '');
  if (cleaned !== '' && /^-?\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return text.trim();
}

function put(target: Record<string, unknown>, key: string, value: unknown) {
  if (value === '' || value === undefined) return;
  target[key] = value;
}

export function briefFromValues(values: BriefValues): BriefDocument {
  const workflow: Record<string, unknown> = {};
  put(workflow, 'name', values['workflow.name'].trim());
  put(workflow, 'description', values['workflow.description'].trim());
  put(workflow, 'runs_per_week', numberOrText(values['workflow.runs_per_week']));
  workflow.standard_product_exists = values['workflow.standard_product_exists'];

  const metric: Record<string, unknown> = {};
  put(metric, 'name', values['metric.name'].trim());
  put(metric, 'baseline', numberOrText(values['metric.baseline']));
  put(metric, 'target', numberOrText(values['metric.target']));
  put(metric, 'unit', values['metric.unit'].trim());

  const sources = values.sources
    .filter((s) => s.name.trim() !== '')
    .map((s) => {
      const source: Record<string, unknown> = { name: s.name.trim() };
      put(source, 'access', s.access);
      put(source, 'sensitivity', s.sensitivity);
      return source;
    });

  const constraints: Record<string, unknown> = {
    regulated: values['constraints.regulated'],
    human_review: values['constraints.human_review'],
  };
  put(constraints, 'mistake_cost', values['constraints.mistake_cost']);
  put(constraints, 'timeline_weeks', numberOrText(values['constraints.timeline_weeks']));
  put(constraints, 'budget_usd', numberOrText(values['constraints.budget_usd']));

  const owner: Record<string, unknown> = {};
  put(owner, 'name', values['owner.name'].trim());
  put(owner, 'role', values['owner.role'].trim());

  const organisation: Record<string, unknown> = {
    technical_leadership: values['organisation.technical_leadership'],
    ai_is_core_advantage: values['organisation.ai_is_core_advantage'],
    want_trial: values['organisation.want_trial'],
  };
  put(organisation, 'urgency', values['organisation.urgency']);
  if (values['organisation.needs'].length) organisation.needs = [...values['organisation.needs']];

  const brief: BriefDocument = { workflow };
  if (Object.keys(metric).length) brief.metric = metric;
  if (sources.length) brief.data = { sources };
  brief.constraints = constraints;
  if (Object.keys(owner).length) brief.owner = owner;
  if (values.shape) brief.shape = values.shape;
  brief.organisation = organisation;
  return brief;
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
    'metric.name': text(metric.name),
    'metric.baseline': text(metric.baseline),
    'metric.target': text(metric.target),
    'metric.unit': text(metric.unit),
    sources: sources.map((s) => ({ name: text(s.name), access: text(s.access), sensitivity: text(s.sensitivity) })),
    'constraints.regulated': constraints.regulated === true,
    'constraints.mistake_cost': text(constraints.mistake_cost),
    'constraints.human_review': constraints.human_review === true,
    'constraints.timeline_weeks': text(constraints.timeline_weeks),
    'constraints.budget_usd': text(constraints.budget_usd),
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
