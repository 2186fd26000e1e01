// The scorecard form's state and the API body it becomes:
// {scores: {category: 1..5}, notes: {category: text}, red_flags: [ids],
//  submit}. Empty notes are left out; unscored categories are left out of a
// draft, and a scorecard can be submitted only when every category is
// scored.

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

// A saved draft (from the browser) merged over an empty state, ignoring
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
