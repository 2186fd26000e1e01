// The brief wizard's form, as data: each step's fields in order, what kind of
// control each is, its hint and placeholder, which vocabulary a choice offers
// and which fields sit side by side. The labels are FIELD_LABELS (errors
// speak in the same words); the view (brief_wizard.ts) builds the controls.
import type { PlaybookSummary } from '../api/types';
import { FIELD_LABELS, STEPS, type BriefValues } from './brief_model';
import { optionsOf, type VocabularyName } from './labels';

// text: an input or (rows) a textarea; check: a checkbox; yes_no: yes / no /
// not said; choice: one id of `vocabulary`, or `unset`; needs: a checkbox per
// need; sources: the data sources' rows.
export type BriefFieldKind = 'text' | 'check' | 'yes_no' | 'choice' | 'needs' | 'sources';

export interface BriefFieldSpec {
  name: keyof BriefValues;
  kind: BriefFieldKind;
  hint?: string;
  placeholder?: string;
  rows?: number;
  required?: boolean;
  vocabulary?: VocabularyName;
  unset?: string;
  row?: string; // fields with the same row, one after the other, sit side by side
}

export const BRIEF_FIELDS: BriefFieldSpec[][] = [
  [
    { name: 'workflow.name', kind: 'text', required: true, hint: 'The one workflow the hire would change, e.g. "Support ticket triage".' },
    { name: 'workflow.description', kind: 'text', rows: 4 },
    { name: 'workflow.runs_per_week', kind: 'text', placeholder: 'e.g. 1800' },
    { name: 'workflow.standard_product_exists', kind: 'check' },
    { name: 'workflow.differentiated', kind: 'yes_no', hint: 'If it does, building it yourselves can pay off; if not, buying usually wins.' },
    { name: 'workflow.baseline_tried', kind: 'yes_no', hint: 'Custom model work only makes sense once the simple approach has been tried.' },
    { name: 'scope.out', kind: 'text', rows: 3, hint: 'One item per line, e.g. “Refund decisions”.' },
  ],
  [
    { name: 'metric.name', kind: 'text', placeholder: 'e.g. median first response time' },
    { name: 'metric.baseline', kind: 'text', row: 'metric' },
    { name: 'metric.target', kind: 'text', row: 'metric' },
    { name: 'metric.unit', kind: 'text', row: 'metric', placeholder: 'e.g. hours, %' },
    {
      name: 'metric.monthly_value_usd',
      kind: 'text',
      placeholder: 'e.g. 6000',
      hint: 'Hours saved, revenue kept or costs avoided, once the target is reached. The run cost is weighed against it.',
    },
  ],
  [
    { name: 'sources', kind: 'sources' },
    { name: 'data.proprietary', kind: 'yes_no' },
  ],
  [
    { name: 'constraints.mistake_cost', kind: 'choice', vocabulary: 'mistake_cost', unset: 'Not decided' },
    { name: 'constraints.human_review', kind: 'check' },
    { name: 'constraints.takes_actions', kind: 'yes_no', hint: 'A system that acts on its own needs tighter guardrails than one that only suggests.' },
    { name: 'constraints.regulated', kind: 'check' },
    {
      name: 'constraints.security_review',
      kind: 'choice',
      vocabulary: 'security_review',
      unset: 'Not decided',
      hint: 'Sensitive or regulated data needs security involved from the design stage.',
    },
    { name: 'constraints.timeline_weeks', kind: 'text', row: 'plan' },
    { name: 'constraints.budget_usd', kind: 'text', row: 'plan' },
    { name: 'constraints.monthly_run_budget_usd', kind: 'text', row: 'run', hint: 'Model calls, evaluation upkeep and monitoring, every month once it runs.' },
    { name: 'constraints.cost_per_run_usd', kind: 'text', row: 'run', placeholder: 'e.g. 0.04' },
  ],
  [
    { name: 'owner.name', kind: 'text', row: 'owner', hint: 'The person who owns quality, cost and permissions once it runs.' },
    { name: 'owner.role', kind: 'text', row: 'owner' },
    { name: 'shape', kind: 'choice', vocabulary: 'shapes', unset: 'Work it out from the brief', hint: 'Leave on "Work it out" unless you know.' },
    { name: 'organisation.technical_leadership', kind: 'check' },
    { name: 'organisation.ai_is_core_advantage', kind: 'check' },
    { name: 'organisation.urgency', kind: 'choice', vocabulary: 'urgency', unset: 'Not said' },
    { name: 'organisation.needs', kind: 'needs', vocabulary: 'organisation_need' },
    { name: 'organisation.want_trial', kind: 'check' },
  ],
];

export function labelOfField(spec: BriefFieldSpec): string {
  return FIELD_LABELS[spec.name] ?? spec.name;
}

export const YES_NO_OPTIONS = [
  { value: '', label: 'Not said' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

// A choice's options: "unset", then the vocabulary's ids in its words.
export function choiceOptions(spec: BriefFieldSpec, playbook: PlaybookSummary | null): { value: string; label: string }[] {
  const ids = spec.vocabulary ? optionsOf(playbook, spec.vocabulary) : [];
  return spec.kind === 'yes_no' ? YES_NO_OPTIONS : [{ value: '', label: spec.unset ?? '' }, ...ids];
}

// A step's fields grouped for layout: a field alone, or the run of fields
// that share a row.
export function rowsOf(specs: BriefFieldSpec[]): BriefFieldSpec[][] {
  const rows: BriefFieldSpec[][] = [];
  for (const spec of specs) {
    const last = rows[rows.length - 1];
    if (spec.row && last?.[0].row === spec.row) last.push(spec);
    else rows.push([spec]);
  }
  return rows;
}

// The step titles, in order.
export function stepTitles(): string[] {
  return STEPS.map((step) => step.title);
}
