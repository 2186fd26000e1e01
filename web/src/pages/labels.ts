// Vocabularies and their words: every id a form offers or a page shows, with
// its label, read from the playbook document the app loads once (GET
// /api/v1/playbook → `vocabularies`: {name: [{id, label}]}, each list in the
// order forms offer it). The web app keeps no list of ids of its own; an id
// the vocabulary does not know is shown made readable, never bare.
import type { PlaybookSummary, VocabularyTerm } from '../api/types';
import { humanize } from '../lib/dom';

// The vocabularies the pages read: the brief's closed ones, then the
// playbook's own lists.
export type VocabularyName =
  | 'data_access'
  | 'data_sensitivity'
  | 'mistake_cost'
  | 'security_review'
  | 'workflow_stage'
  | 'urgency'
  | 'organisation_need'
  | 'role_level'
  | 'interview_focus'
  | 'traits'
  | 'categories'
  | 'red_flags'
  | 'shapes'
  | 'routes'
  | 'stages'
  | 'decisions'
  | 'evidence_polarity';

export function vocabulary(playbook: PlaybookSummary | null, name: VocabularyName): VocabularyTerm[] {
  return playbook?.vocabularies?.[name] ?? [];
}

export function vocabularyIds(playbook: PlaybookSummary | null, name: VocabularyName): string[] {
  return vocabulary(playbook, name).map((term) => term.id);
}

export function labelOf(playbook: PlaybookSummary | null, name: VocabularyName, id: string): string {
  return vocabulary(playbook, name).find((term) => term.id === id)?.label || humanize(id);
}

// A select's options for the vocabulary, in its order.
export function optionsOf(playbook: PlaybookSummary | null, name: VocabularyName): { value: string; label: string }[] {
  return vocabulary(playbook, name).map((term) => ({ value: term.id, label: term.label }));
}

export function needTitle(playbook: PlaybookSummary | null, id: string): string {
  return labelOf(playbook, 'organisation_need', id);
}

export function shapeTitle(playbook: PlaybookSummary | null, id: string): string {
  return labelOf(playbook, 'shapes', id);
}

// The pipeline's stage ids in order.
export function stageIds(playbook: PlaybookSummary | null): string[] {
  return vocabularyIds(playbook, 'stages');
}

export function stageTitle(playbook: PlaybookSummary | null, id: string): string {
  return labelOf(playbook, 'stages', id);
}

// Whether moving a candidate to `stage` needs a reason (the playbook's
// `needs_reason`, e.g. rejected and withdrawn).
export function stageNeedsReason(playbook: PlaybookSummary | null, stage: string): boolean {
  return playbook?.pipeline?.stages?.find((s) => s.id === stage)?.needs_reason === true;
}
