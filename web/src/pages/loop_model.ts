// Pure logic of the team's loop screens: the pipeline board (candidates per
// stage, moves, the reason a rejection or withdrawal needs) and "My
// interviews" (to score, overdue, done).
import type { Interview, PipelineFunnel, StagedCandidate } from '../api/types';
import type { PlaybookSummary } from '../api/types';
import { stageNeedsReason } from './labels';

// The candidates of each stage, in the board's column order. A candidate
// whose stage is missing or unknown sits in the first column.
export function byStage(candidates: StagedCandidate[], stages: string[]): Map<string, StagedCandidate[]> {
  const columns = new Map<string, StagedCandidate[]>(stages.map((s) => [s, []]));
  for (const candidate of candidates) {
    const stage = candidate.stage && columns.has(candidate.stage) ? candidate.stage : stages[0];
    columns.get(stage)?.push(candidate);
  }
  return columns;
}

// The stage a keyboard move lands on: the previous or next column, or null
// at either end.
export function neighbourStage(stages: string[], current: string, direction: -1 | 1): string | null {
  const at = stages.indexOf(current);
  const next = at + direction;
  if (at < 0 || next < 0 || next >= stages.length) return null;
  return stages[next];
}

export function needsReason(playbook: PlaybookSummary | null, stage: string): boolean {
  return stageNeedsReason(playbook, stage);
}

// The PATCH body of a stage move, or the sentence saying what is missing
// (a reason, for a stage of the playbook that needs one).
export function stageMove(playbook: PlaybookSummary | null, stage: string, reason: string): { body: { stage: string; stage_reason?: string } } | { error: string } {
  const text = reason.trim();
  if (needsReason(playbook, stage) && !text) {
    return { error: stage === 'withdrawn' ? 'Say why the candidate withdrew.' : 'Say why the candidate is rejected; they may ask, and the team learns from it.' };
  }
  return { body: text ? { stage, stage_reason: text } : { stage } };
}

// How long a candidate has been in their stage, in words ("under a day",
// "1 day", "12 days"); empty when the time is unknown.
export function timeInStageText(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  const days = Math.floor(ms / 86_400_000);
  if (days < 1) return 'under a day';
  return days === 1 ? '1 day' : `${days} days`;
}

// One row of the funnel table: a stage, how many reached it, and that as a
// share of the previous stage in words ("67%"; "—" when there is none).
export interface FunnelRow {
  id: string;
  title: string;
  reached: number;
  share: string;
}

export function funnelRows(funnel: PipelineFunnel): FunnelRow[] {
  return funnel.stages.map((stage) => ({
    id: stage.id,
    title: stage.title,
    reached: stage.reached,
    share: stage.share_of_previous === null || stage.share_of_previous === undefined ? '—' : `${Math.round(stage.share_of_previous * 100)}%`,
  }));
}

// "Rejected 2 · Withdrawn 0": the ways out, counted apart from the steps.
export function funnelExitsText(funnel: PipelineFunnel): string {
  return funnel.exits.map((exit) => `${exit.title} ${exit.count}`).join(' · ');
}

// ---- My interviews ----

const DONE_STATUSES = ['done', 'completed', 'scored', 'submitted'];

export function timeOf(value: number | string | null | undefined): number | null {
  // 0 is the server's "no time" (an interview without a due date).
  if (value === null || value === undefined || value === '' || value === 0) return null;
  const time = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(time) ? time : null;
}

export interface InterviewBuckets<I extends Interview = Interview> {
  toScore: I[];
  overdue: I[];
  done: I[];
}

// Who reopened the caller's scorecard and when (GET /me/interviews), while it
// is theirs to score again.
export interface Reopening {
  by_name: string;
  at: number;
}

// Sorts the caller's interviews: done (the interview says so, or the caller's
// scorecard for that candidate is submitted) unless a manager reopened the
// scorecard, overdue (due before `now`), else to score; the open ones soonest
// due first.
export function interviewBuckets<I extends Interview & { reopened?: Reopening | null }>(interviews: I[], submittedCandidates: Set<string>, now: number): InterviewBuckets<I> {
  const buckets: InterviewBuckets<I> = { toScore: [], overdue: [], done: [] };
  for (const interview of interviews) {
    const done = DONE_STATUSES.includes(interview.status) || submittedCandidates.has(interview.candidate_id);
    if (done && !interview.reopened) buckets.done.push(interview);
    else if ((timeOf(interview.due_at) ?? Number.POSITIVE_INFINITY) < now) buckets.overdue.push(interview);
    else buckets.toScore.push(interview);
  }
  const due = (i: Interview) => timeOf(i.due_at) ?? Number.POSITIVE_INFINITY;
  buckets.toScore.sort((a, b) => due(a) - due(b));
  buckets.overdue.sort((a, b) => due(a) - due(b));
  return buckets;
}

// "Reopened by Maria, <time>": who handed the scorecard back and when.
export function reopenedText(reopened: Reopening): string {
  return `Reopened by ${reopened.by_name}, ${new Date(reopened.at).toLocaleString()}`;
}

// "due in 3 days", "due tomorrow", "2 days overdue", "due today".
export function dueText(dueAt: number | string | null | undefined, now: number): string {
  const due = timeOf(dueAt);
  if (due === null) return 'no due date';
  const day = 24 * 60 * 60 * 1000;
  const days = Math.round((due - now) / day);
  if (due < now) {
    const late = Math.max(1, Math.round((now - due) / day));
    return late === 1 ? '1 day overdue' : `${late} days overdue`;
  }
  if (days <= 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}
