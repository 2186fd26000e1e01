// Readable labels for the ids the pages show or offer: from the playbook
// where it has them (shapes, pipeline stages; traits, categories, routes and
// the rest are in common.ts), else the words below, else the id made
// readable. Never a bare id such as "qa" in front of a user.
import type { PlaybookSummary } from '../api/types';
import { humanize } from '../lib/dom';

// The disciplines a brief's `organisation.needs` may list.
export const NEED_LABELS: Record<string, string> = {
  ai: 'AI and LLM engineering',
  backend: 'Backend engineering',
  deployment: 'Deployment and operations',
  qa: 'Quality assurance and testing',
  design: 'Product and interface design',
  data: 'Data engineering',
  product: 'Product management',
  change_management: 'Change management and rollout to staff',
};

// The default pipeline's stages, for a playbook that gives ids only.
export const STAGE_LABELS: Record<string, string> = {
  applied: 'Applied',
  screen: 'Screening',
  interviews: 'Interviews',
  decision: 'Decision',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const DEFAULT_STAGES = Object.keys(STAGE_LABELS);

export function needTitle(id: string): string {
  return NEED_LABELS[id] ?? humanize(id);
}

// The default playbook's shapes, in short words, for a playbook without titles.
const SHAPE_LABELS: Record<string, string> = {
  workflow_automation: 'Workflow automation',
  knowledge_assistant: 'Knowledge assistant / search',
  regulated_assistant: 'Regulated assistant',
  custom_model: 'Custom model work',
  unclear_scope: 'Scope still unclear',
};

export function shapeTitle(playbook: PlaybookSummary | null, id: string): string {
  return playbook?.shapes?.find((s) => s.id === id)?.title ?? SHAPE_LABELS[id] ?? humanize(id);
}

// The pipeline's stage ids in order: the playbook's, else the default.
export function stageIds(playbook: PlaybookSummary | null): string[] {
  const stages = playbook?.pipeline?.stages;
  if (!stages?.length) return DEFAULT_STAGES;
  return stages.map((s) => (typeof s === 'string' ? s : s.id));
}

export function stageTitle(playbook: PlaybookSummary | null, id: string): string {
  const entry = playbook?.pipeline?.stages?.find((s) => (typeof s === 'string' ? s : s.id) === id);
  if (entry && typeof entry !== 'string' && entry.title) return entry.title;
  return STAGE_LABELS[id] ?? humanize(id);
}

// Stages that end a candidate's process and need a reason.
export const REASON_STAGES = ['rejected', 'withdrawn'];
