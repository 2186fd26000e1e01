// Pure logic of the candidate page: who wrote each scorecard, in words.
//
// Managers read the users list (GET /users), so a scorecard's interviewer_id
// becomes the person's name. Interviewers may not read it (docs/api.md,
// roles), but once their own scorecard is submitted they read the
// evaluation, which names each submitted scorecard's interviewer: a
// scorecard is matched to the evaluation's name whose scores are the same in
// every category, in the order both lists keep. What stays unmatched is
// "Another interviewer" (or "Interviewer 2", "Interviewer 3" … when there
// are several), never a piece of an id.
import type { Evaluation, Scorecard, User } from '../api/types';
import { interviewerNames } from '../lib/charts';

export function scorecardAuthors(
  cards: Scorecard[],
  evaluation: Evaluation | null,
  users: User[] | null,
  self: Pick<User, 'id' | 'name'> | null,
): (interviewerId: string) => string {
  const me = self?.id;
  const names = new Map<string, string>();
  for (const user of users ?? []) if (user.name) names.set(user.id, user.name);
  if (evaluation) matchByScores(cards, evaluation, self, names);
  const others = [...new Set(cards.map((c) => c.interviewer_id).filter((id) => id !== me))];
  return (id) => {
    if (id === me) return 'You';
    const known = names.get(id);
    if (known) return known;
    const index = others.indexOf(id);
    if (others.length <= 1) return 'Another interviewer';
    return `Interviewer ${index < 0 ? others.length + 1 : index + 2}`;
  };
}

function scoresOf(evaluation: Evaluation, name: string): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const category of evaluation.categories) {
    const found = category.scores.find((s) => s.interviewer === name);
    if (found) scores[category.id] = found.score;
  }
  return scores;
}

function sameScores(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return keys.size > 0;
}

function matchByScores(cards: Scorecard[], evaluation: Evaluation, self: Pick<User, 'id' | 'name'> | null, names: Map<string, string>): void {
  const me = self?.id;
  const submitted = cards.filter((c) => c.state === 'submitted');
  const unused = interviewerNames(evaluation);
  // Take my own entry out first (by my name, else by my scores), so it is
  // never given to a colleague who scored the same.
  const mine = submitted.find((c) => c.interviewer_id === me);
  if (mine) {
    let at = self?.name ? unused.indexOf(self.name) : -1;
    if (at < 0) at = unused.findIndex((n) => sameScores(scoresOf(evaluation, n), mine.scores ?? {}));
    if (at >= 0) unused.splice(at, 1);
  }
  for (const card of submitted) {
    if (card.interviewer_id === me || names.has(card.interviewer_id)) continue;
    const at = unused.findIndex((n) => sameScores(scoresOf(evaluation, n), card.scores ?? {}));
    if (at < 0) continue;
    names.set(card.interviewer_id, unused[at]);
    unused.splice(at, 1);
  }
}
