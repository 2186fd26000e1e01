// The scorecard form's state and the API body it becomes:
// {scores: {category: 1..5}, notes: {category: text}, red_flags: [ids],
//  submit}. Empty notes are left out; unscored categories are left out of a
// draft, and a scorecard can be submitted only when every category is
// scored.

import type { Scorecard } from '../api/types';

export interface ScorecardState {
  scores: Record<string, number>;
  notes: Record<string, string>;
  red_flags: string[];
}

export function emptyScorecard(): ScorecardState {
  return { scores: {}, notes: {}, red_flags: [] };
}

export function missingCategories(state: ScorecardState, categories: string[]): string[] {
  return categories.filter((id) => !(state.scores[id] >= 1));
}

export function scorecardBody(state: ScorecardState, categories: string[], submit: boolean) {
  const scores: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const id of categories) {
    if (state.scores[id] >= 1) scores[id] = state.scores[id];
    const note = (state.notes[id] ?? '').trim();
    if (note) notes[id] = note;
  }
  return { scores, notes, red_flags: [...new Set(state.red_flags)], submit };
}

// The draft kept in this browser: the form's state and when it was kept
// (milliseconds since 1970; absent in drafts kept before it was recorded).
export interface BrowserDraft extends ScorecardState {
  saved_at?: number;
}

// The caller's own scorecard as GET /candidates/{id}/scorecards/mine answers
// it (null when they have none yet): the parts the form starts from.
export type OwnScorecard = Pick<Scorecard, 'scores' | 'notes' | 'red_flags' | 'state'> & Partial<Pick<Scorecard, 'updated_at'>>;

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
