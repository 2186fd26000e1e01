// "My interviews": the signed-in user's interviews (GET /me/interviews) in
// three lists: overdue, to score (soonest due first) and done. A scorecard a
// manager reopened is open again: "To score again", who reopened it and when. Each links to
// the scorecard form for that interview (?interview=ID: its questions and
// focus), and names the interview's focus categories. An
// interview is done when it says so or when the user's scorecard for that
// candidate is submitted (GET …/scorecards/mine).
import type { App } from '../app';
import type { Candidate, MyInterview as Interview, MyInterviews } from '../api/types';
import { h, replace } from '../lib/dom';
import { pathTo } from '../lib/router';
import type { OwnScorecard } from './scorecard_model';
import { badge, categoryTitle, emptyState, errorState, pageHeader } from './common';
import { dueText, interviewBuckets, reopenedText, timeOf } from './loop_model';

export async function myInterviewsPage(app: App): Promise<void> {
  let interviews: Interview[];
  try {
    const answer = await app.api.get<MyInterviews>('/me/interviews', { limit: 500 });
    interviews = answer.items;
  } catch (error) {
    replace(app.main, pageHeader('My interviews'), errorState(error));
    return;
  }
  const candidateIds = [...new Set(interviews.map((i) => i.candidate_id))];
  const [names, submitted] = await Promise.all([candidateNames(app, interviews, candidateIds), submittedFor(app, candidateIds)]);
  const now = Date.now();
  const buckets = interviewBuckets(interviews, submitted, now);
  const list = (items: Interview[], kind: 'overdue' | 'to_score' | 'done', empty: string) =>
    items.length
      ? h('ul', { class: 'interviews', 'data-bucket': kind }, items.map((i) => row(app, i, names.get(i.candidate_id) ?? 'A candidate', kind, now)))
      : h('p', { class: 'muted', 'data-bucket': kind }, empty);
  replace(
    app.main,
    pageHeader('My interviews'),
    h('p', { class: 'lede' }, 'The interviews you are assigned, and whether your scorecard is in.'),
    interviews.length
      ? [
          h('section', { 'aria-labelledby': 'mi-overdue' }, h('h2', { id: 'mi-overdue' }, `Overdue (${buckets.overdue.length})`), list(buckets.overdue, 'overdue', 'Nothing overdue.')),
          h('section', { 'aria-labelledby': 'mi-todo' }, h('h2', { id: 'mi-todo' }, `To score (${buckets.toScore.length})`), list(buckets.toScore, 'to_score', 'Nothing waiting for your scorecard.')),
          h('section', { 'aria-labelledby': 'mi-done' }, h('h2', { id: 'mi-done' }, `Done (${buckets.done.length})`), list(buckets.done, 'done', 'No scorecard submitted yet.')),
        ]
      : emptyState('You have no interviews assigned. A hiring manager assigns them from a candidate’s page.'),
  );
}

function row(app: App, interview: Interview, name: string, kind: 'overdue' | 'to_score' | 'done', now: number): HTMLElement {
  const due = timeOf(interview.due_at);
  const reopened = kind !== 'done' ? interview.reopened : null;
  return h(
    'li',
    { class: 'card', 'data-interview': interview.id, 'data-reopened': reopened ? '' : null },
    h('h3', null, h('a', { href: kind === 'done' ? pathTo('/candidates/:id', { id: interview.candidate_id }) : `${pathTo('/candidates/:id/score', { id: interview.candidate_id })}?interview=${encodeURIComponent(interview.id)}` }, kind === 'done' ? name : reopened ? `Score ${name} again` : `Score ${name}`)),
    reopened
      ? h('p', { class: 'small' }, badge('To score again', 'warn'), ` ${reopenedText(reopened)}: change your scorecard and submit it again; until then it does not count.`)
      : null,
    h(
      'p',
      null,
      kind === 'overdue' ? badge(dueText(interview.due_at, now), 'bad') : kind === 'done' ? badge('Scorecard in', 'good') : badge(dueText(interview.due_at, now), 'neutral'),
      due !== null ? h('span', { class: 'muted' }, ` · ${new Date(due).toLocaleString()}`) : null,
      interview.kind ? h('span', { class: 'muted' }, ` · ${interview.kind.replace(/_/g, ' ')}`) : null,
    ),
    interview.focus?.length ? h('p', { class: 'small' }, 'Focus: ', interview.focus.map((c) => categoryTitle(app.playbook, c)).join(', ')) : null,
  );
}

async function candidateNames(app: App, interviews: Interview[], ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const i of interviews) if (i.candidate_name) names.set(i.candidate_id, i.candidate_name);
  await Promise.all(
    ids
      .filter((id) => !names.has(id))
      .map((id) =>
        app.api
          .get<Candidate>(`/candidates/${encodeURIComponent(id)}`)
          .then((c) => names.set(id, c.name))
          .catch(() => undefined),
      ),
  );
  return names;
}

async function submittedFor(app: App, ids: string[]): Promise<Set<string>> {
  const done = new Set<string>();
  await Promise.all(
    ids.map((id) =>
      app.api
        .get<OwnScorecard>(`/candidates/${encodeURIComponent(id)}/scorecards/mine`)
        .then((mine) => {
          if (mine?.state === 'submitted') done.add(id);
        })
        .catch(() => undefined),
    ),
  );
  return done;
}
