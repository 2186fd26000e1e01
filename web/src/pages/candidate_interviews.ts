// The candidate's interviews on their page (managers): who interviews them,
// on which categories, by when; and a form to assign one (POST /interviews
// {candidate_id, interviewer_id, kind, focus, due_at}). The assignee finds
// it under "My interviews".
import type { App } from '../app';
import type { Interview, Listing, User } from '../api/types';
import { h, uid } from '../lib/dom';
import { checkbox, field, formBanner, markInvalid, setBanner, showApiError } from '../lib/forms';
import { badge, categoryIds, categoryTitle } from './common';
import { dueText, timeOf } from './loop_model';

export const INTERVIEW_KINDS: { value: string; label: string }[] = [
  { value: 'technical', label: 'Technical interview' },
  { value: 'product', label: 'Product and domain interview' },
  { value: 'follow_up', label: 'Follow-up interview' },
];

export interface AssignmentValues {
  interviewer_id: string;
  kind: string;
  due: string; // a datetime-local value, "" for none
  focus: string[];
}

// The POST body of an assignment, or the field and sentence that stop it.
export function assignmentBody(candidateId: string, values: AssignmentValues): { body: Record<string, unknown> } | { field: string; message: string } {
  if (!values.interviewer_id) return { field: 'interviewer_id', message: 'Choose who interviews.' };
  const body: Record<string, unknown> = { candidate_id: candidateId, interviewer_id: values.interviewer_id, kind: values.kind || 'technical' };
  if (values.focus.length) body.focus = [...values.focus];
  if (values.due) {
    const due = new Date(values.due).getTime(); // local time, as the person typed it
    if (!Number.isFinite(due)) return { field: 'due_at', message: 'Give the due time as a date and time.' };
    body.due_at = due;
  }
  return { body };
}

// `submitted`: the interviewers whose scorecard for this candidate is in;
// each interview says whether its interviewer's is, and the section how many
// of the assigned interviewers have sent theirs.
export function interviewsSection(app: App, candidateId: string, interviews: Interview[] | null, users: User[], submitted: Set<string> = new Set()): HTMLElement {
  const nameOf = (id: string | null) => (id ? users.find((u) => u.id === id)?.name ?? 'a former user' : 'nobody yet');
  const now = Date.now();
  const list = interviews?.length
    ? h(
        'ul',
        { class: 'interviews' },
        interviews.map((i) =>
          h(
            'li',
            { class: 'card', 'data-interview': i.id },
            h('strong', null, INTERVIEW_KINDS.find((k) => k.value === i.kind)?.label ?? i.kind.replace(/_/g, ' ')),
            ` with ${nameOf(i.interviewer_id)} `,
            i.interviewer_id && submitted.has(i.interviewer_id)
              ? badge('Scorecard in', 'good')
              : timeOf(i.due_at) !== null
                ? badge(dueText(i.due_at, now), (timeOf(i.due_at) ?? 0) < now ? 'bad' : 'neutral')
                : badge('Scorecard not in yet', 'neutral'),
            i.focus?.length ? h('p', { class: 'small' }, 'Focus: ', i.focus.map((c) => categoryTitle(app.playbook, c)).join(', ')) : null,
          ),
        ),
      )
    : h('p', { class: 'muted' }, interviews ? 'No interview assigned yet.' : 'The interviews could not be read.');
  const assigned = new Set((interviews ?? []).map((i) => i.interviewer_id).filter((id): id is string => !!id));
  const done = [...assigned].filter((id) => submitted.has(id)).length;
  const completion = assigned.size ? h('p', { 'data-completion': '' }, `Scorecards in: ${done} of ${assigned.size} assigned interviewers.`) : null;
  return h('section', { 'aria-labelledby': 'iv-h', class: 'candidate-interviews' }, h('h2', { id: 'iv-h' }, 'Interviews'), completion, list, assignForm(app, candidateId, users));
}

function assignForm(app: App, candidateId: string, users: User[]): HTMLElement {
  const interviewer = field({
    label: 'Interviewer',
    name: 'interviewer_id',
    required: true,
    options: [{ value: '', label: 'Choose someone' }, ...users.filter((u) => u.active !== false).map((u) => ({ value: u.id, label: u.name }))],
  });
  const kind = field({ label: 'Kind', name: 'kind', options: INTERVIEW_KINDS, value: 'technical' });
  const due = field({ label: 'Scorecard due', name: 'due_at', type: 'datetime-local', hint: 'Your local time.' });
  const focusId = uid('focus');
  const focus = categoryIds(app.playbook).map((c) => {
    const box = checkbox(categoryTitle(app.playbook, c), 'focus', false);
    box.control.setAttribute('value', c);
    return box;
  });
  const banner = formBanner();
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': `${focusId}-h` },
    h('h3', { id: `${focusId}-h` }, 'Assign an interview'),
    banner,
    h('div', { class: 'row' }, interviewer.wrapper, kind.wrapper, due.wrapper),
    h('fieldset', null, h('legend', null, 'Focus categories (what this interview scores)'), focus.map((b) => b.wrapper)),
    h('button', { type: 'submit', class: 'primary' }, 'Assign'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = assignmentBody(candidateId, {
      interviewer_id: interviewer.control.value,
      kind: kind.control.value,
      due: due.control.value,
      focus: focus.filter((b) => (b.control as HTMLInputElement).checked).map((b) => b.control.getAttribute('value') ?? ''),
    });
    if ('field' in checked) {
      const control = form.querySelector<HTMLElement>(`[name="${checked.field}"]`);
      if (control) {
        markInvalid(form, control, checked.message);
        control.focus();
      }
      setBanner(banner, 'Please correct the field marked below.');
      return;
    }
    try {
      await app.api.post('/interviews', checked.body);
      app.navigate(location.pathname, { replace: true });
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return form;
}

export async function loadInterviews(app: App, candidateId: string): Promise<Interview[] | null> {
  try {
    return (await app.api.get<Listing<Interview>>('/interviews', { candidate_id: candidateId, limit: 100 })).items;
  } catch {
    return null;
  }
}
