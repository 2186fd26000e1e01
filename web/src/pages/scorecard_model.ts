// The scorecard form's state and the API body it becomes:
// {scores: {category: 1..5}, notes: {category: text}, summary, red_flags:
// [ids], submit}. Empty notes and an empty summary are left out. Scorecards
// may be partial: a category not assessed is absent, never zero. One score
// is the least a scorecard (draft or submitted) carries; an interview's
// focus categories must all be scored before it is submitted.

import type { Kit, KitQuestion, Scorecard } from '../api/types';

export interface ScorecardState {
  scores: Record<string, number>;
  notes: Record<string, string>;
  summary: string;
  red_flags: string[];
}

export function emptyScorecard(): ScorecardState {
  return { scores: {}, notes: {}, summary: '', red_flags: [] };
}

export function missingCategories(state: ScorecardState, categories: string[]): string[] {
  return categories.filter((id) => !(state.scores[id] >= 1));
}

// Whether any category is scored (what saving a draft or a check needs).
export function anyScored(state: ScorecardState, categories: string[]): boolean {
  return missingCategories(state, categories).length < categories.length;
}

// The categories an interview covers first (its focus, in the playbook's
// order), then the others; without a focus every category is the interview's.
export function splitByFocus(categories: string[], focus: string[] | null | undefined): { focus: string[]; others: string[] } {
  const wanted = new Set(focus ?? []);
  if (!wanted.size) return { focus: categories, others: [] };
  return { focus: categories.filter((c) => wanted.has(c)), others: categories.filter((c) => !wanted.has(c)) };
}

// The kit's questions that cover at least one of the focus categories (all
// of them without a focus), in the kit's order.
export function questionsFor(kit: Pick<Kit, 'questions'> | null | undefined, focus: string[] | null | undefined): KitQuestion[] {
  const questions = kit?.questions ?? [];
  if (!focus?.length) return questions;
  return questions.filter((q) => q.categories.some((c) => focus.includes(c)));
}

export function scorecardBody(state: ScorecardState, categories: string[], submit: boolean) {
  const scores: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const id of categories) {
    if (state.scores[id] >= 1) scores[id] = state.scores[id];
    const note = (state.notes[id] ?? '').trim();
    if (note) notes[id] = note;
  }
  const summary = state.summary.trim();
  return { scores, notes, ...(summary ? { summary } : {}), red_flags: [...new Set(state.red_flags)], submit };
}

// The draft kept in this browser: the form's state and when it was kept
// (milliseconds since 1970; absent in drafts kept before it was recorded).
export interface BrowserDraft extends ScorecardState {
  saved_at?: number;
}

// The caller's own scorecard as GET /candidates/{id}/scorecards/mine answers
// it (null when they have none yet): the parts the form starts from.
export type OwnScorecard = Pick<Scorecard, 'scores' | 'notes' | 'red_flags' | 'state'> & Partial<Pick<Scorecard, 'updated_at' | 'summary'>>;

export type StartingPoint =
  | { from: 'submitted'; saved: OwnScorecard; locked: true }
  | { from: 'server'; saved: OwnScorecard; locked: false }
  | { from: 'browser'; saved: unknown; locked: false }
  | { from: 'empty'; saved: null; locked: false };

// Where the scorecard form starts when the page opens, so nothing typed is
// lost on a reload or on another device:
// - a submitted scorecard on the server: shown as it is, locked;
// - a draft on the server and one in this browser: the newer one (a browser
//   draft kept before its time was recorded counts as newer: it is saved on
//   every keystroke, the server's only once every category is scored);
// - else whichever of the two exists, else an empty form.
export function startingScorecard(server: OwnScorecard | null, browser: unknown): StartingPoint {
  if (server && server.state === 'submitted') return { from: 'submitted', saved: server, locked: true };
  const local = browser && typeof browser === 'object' ? (browser as BrowserDraft) : null;
  if (server && local) {
    const serverTime = Number(server.updated_at);
    const localTime = typeof local.saved_at === 'number' ? local.saved_at : Number.POSITIVE_INFINITY;
    if (Number.isFinite(serverTime) && serverTime > localTime) return { from: 'server', saved: server, locked: false };
    return { from: 'browser', saved: local, locked: false };
  }
  if (server) return { from: 'server', saved: server, locked: false };
  if (local) return { from: 'browser', saved: local, locked: false };
  return { from: 'empty', saved: null, locked: false };
}

// A saved draft (from the browser or the server) merged over an empty state, ignoring
// values that are out of range or of the wrong type.
export function restoreScorecard(saved: unknown, categories: string[], flags: string[], min = 1, max = 5): ScorecardState {
  const state = emptyScorecard();
  if (!saved || typeof saved !== 'object') return state;
  const s = saved as Partial<ScorecardState>;
  for (const id of categories) {
    const score = s.scores?.[id];
    if (typeof score === 'number' && Number.isInteger(score) && score >= min && score <= max) state.scores[id] = score;
    const note = s.notes?.[id];
    if (typeof note === 'string') state.notes[id] = note;
  }
  if (typeof s.summary === 'string') state.summary = s.summary;
  if (Array.isArray(s.red_flags)) state.red_flags = s.red_flags.filter((f): f is string => typeof f === 'string' && flags.includes(f));
  return state;
}

// What the form says about where it started.
export function startNotice(from: StartingPoint['from']): string {
  if (from === 'server') return 'Your draft saved on the server was restored.';
  if (from === 'browser') return 'Your draft kept in this browser was restored.';
  return '';
}

// The category a field path of the API's answer names ("scores.eval_discipline" → "eval_discipline").
export function categoryOfField(field: string): string {
  return field.split('.').pop() ?? '';
}
