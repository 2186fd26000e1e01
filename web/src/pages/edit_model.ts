// What the edit, close and delete controls decide, apart from the DOM: an
// opening's open/closed state and the words for it, the proposal form's
// values to and from the proposal document with its required fields, and the
// changed fields of a candidate or team member (a PATCH sends only those).
import type { Candidate, Opening, TeamMember } from '../api/types';
import type { components } from '../api/schema';
import { humanize } from '../lib/dom';

type ProposalDocument = components['schemas']['ProposalDocument'];

// The status that stops an opening taking new candidates and assignments
// (docs/api.md, openings); any other status is open.
export const CLOSED = 'closed';

export function isClosed(opening: Pick<Opening, 'status'> | null | undefined): boolean {
  return opening?.status === CLOSED;
}

// The status in words for lists and headings.
export function openingStatusText(status: string | null | undefined): string {
  if (!status) return 'Open';
  return status === CLOSED ? 'Closed' : humanize(status);
}

// What closing or reopening does, for the confirmation dialog.
export function closeQuestion(opening: Pick<Opening, 'title' | 'status'>): { title: string; message: string; confirm: string; status: string } {
  if (isClosed(opening)) {
    return {
      title: `Reopen ${opening.title}?`,
      message: 'The opening takes new candidates and interview assignments again.',
      confirm: 'Reopen opening',
      status: 'open',
    };
  }
  return {
    title: `Close ${opening.title}?`,
    message: 'A closed opening takes no new candidates and no new interview assignments. Its candidates, scorecards and decisions stay; you can reopen it later.',
    confirm: 'Close opening',
    status: CLOSED,
  };
}

export type FormValues = Record<string, string | boolean>;
export interface FieldProblem {
  name: string;
  message: string;
}

const HANDOFF = ['repository', 'prompts', 'eval_logic', 'operating_notes', 'knowledge_transfer_clause'] as const;
export const HANDOFF_ITEMS: readonly string[] = HANDOFF;

const text = (v: FormValues, key: string): string => (typeof v[key] === 'string' ? (v[key] as string).trim() : '');

// The proposal form's problems before it is sent: the vendor's name is the
// one required field (the server refuses a blank one too).
export function proposalProblems(values: FormValues): FieldProblem[] {
  return text(values, 'vendor.name') ? [] : [{ name: 'vendor.name', message: 'Say who the proposal is from: the vendor’s name is required.' }];
}

// The proposal document the form's values describe. `base` (the stored
// document, when editing) keeps what the form does not show, e.g. pricing.
export function proposalFromValues(values: FormValues, questionIds: string[], base?: ProposalDocument): ProposalDocument {
  const route = text(values, 'vendor.route');
  const doc: ProposalDocument = { ...(base ?? {}), vendor: { name: text(values, 'vendor.name'), ...(route ? { route } : {}) } };
  const summary = text(values, 'summary');
  if (summary) doc.summary = summary;
  else delete doc.summary;
  const answers: Record<string, string> = {};
  for (const id of questionIds) if (text(values, `answers.${id}`)) answers[id] = text(values, `answers.${id}`);
  doc.answers = answers;
  const lines = text(values, 'deliverables').split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length) doc.deliverables = lines;
  else delete doc.deliverables;
  doc.handoff = Object.fromEntries(HANDOFF.map((id) => [id, values[`handoff.${id}`] === true]));
  return doc;
}

// The form's values for a stored proposal (to edit it).
export function valuesFromProposal(doc: ProposalDocument): FormValues {
  const values: FormValues = { 'vendor.name': doc.vendor?.name ?? '', 'vendor.route': doc.vendor?.route ?? '', summary: doc.summary ?? '', deliverables: (doc.deliverables ?? []).join('\n') };
  for (const [id, answer] of Object.entries(doc.answers ?? {})) values[`answers.${id}`] = answer;
  for (const id of HANDOFF) values[`handoff.${id}`] = doc.handoff?.[id] === true;
  return values;
}

// The fields of a candidate the edit form changed; {} when none.
export function candidateChanges(before: Pick<Candidate, 'name' | 'email' | 'opening_id'>, after: { name: string; email: string; opening_id: string }): Record<string, string> {
  const changes: Record<string, string> = {};
  if (after.name.trim() !== before.name) changes.name = after.name.trim();
  if (after.email.trim() !== (before.email ?? '')) changes.email = after.email.trim();
  if (after.opening_id !== (before.opening_id ?? '')) changes.opening_id = after.opening_id;
  return changes;
}

// A candidate edit form's problems: a name is required.
export function candidateProblems(after: { name: string }): FieldProblem[] {
  return after.name.trim() ? [] : [{ name: 'name', message: 'A candidate needs a name.' }];
}

// The body a team member's form sends: the name, every trait level the
// playbook lists (0 included, so lowering a level to 0 sticks) and codes.
export function memberBody(name: string, levels: Record<string, number>, codes: boolean): { name: string; traits: Record<string, number>; codes: boolean } {
  return { name: name.trim(), traits: { ...levels }, codes };
}

export function memberProblems(name: string, levels: Record<string, number>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!name.trim()) problems.push({ name: 'name', message: 'A team member needs a name.' });
  for (const [trait, level] of Object.entries(levels)) {
    if (!Number.isInteger(level) || level < 0 || level > 5) problems.push({ name: `traits.${trait}`, message: 'A level is a whole number from 0 to 5.' });
  }
  return problems;
}

// The trait levels of a stored member in the playbook's order (missing ones 0).
export function memberLevels(member: Pick<TeamMember, 'traits'> | null, traitIds: string[]): Record<string, number> {
  return Object.fromEntries(traitIds.map((id) => [id, member?.traits?.[id] ?? 0]));
}
