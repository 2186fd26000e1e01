// "Edit details" on the candidate page (admins and hiring managers): the
// name, email and opening, sent as a PATCH of the changed fields only. The
// opening list offers the open openings (a closed one takes no new
// candidates) and the candidate's current one. Deleting a candidate is the
// erasure in candidate_data.ts.
import type { App } from '../app';
import type { Candidate, Listing, Opening } from '../api/types';
import { h } from '../lib/dom';
import { field, formBanner, markInvalid, setBanner, showApiError } from '../lib/forms';
import { candidateChanges, candidateProblems, isClosed } from './edit_model';

// The opening choices: none, then the open openings and the current one.
export function openingChoices(openings: Opening[], currentId: string): { value: string; label: string }[] {
  const choices = [{ value: '', label: 'No opening' }];
  for (const o of openings) {
    if (isClosed(o) && o.id !== currentId) continue;
    choices.push({ value: o.id, label: isClosed(o) ? `${o.title} (closed)` : o.title });
  }
  return choices;
}

export function candidateEditSection(app: App, candidate: Candidate, openings: Opening[]): HTMLElement {
  const name = field({ label: 'Name', name: 'name', required: true, value: candidate.name });
  const email = field({ label: 'Email', name: 'email', type: 'email', value: candidate.email ?? '' });
  const opening = field({ label: 'Opening', name: 'opening_id', value: candidate.opening_id ?? '', options: openingChoices(openings, candidate.opening_id ?? '') });
  const banner = formBanner();
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Edit the candidate’s details' },
    banner,
    h('div', { class: 'row' }, name.wrapper, email.wrapper),
    opening.wrapper,
    h('button', { type: 'submit', class: 'primary' }, 'Save changes'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const after = { name: name.control.value, email: email.control.value, opening_id: opening.control.value };
    const problem = candidateProblems(after)[0];
    if (problem) {
      markInvalid(form, name.control, problem.message);
      name.control.focus();
      return;
    }
    const changes = candidateChanges(candidate, after);
    if (!Object.keys(changes).length) {
      setBanner(banner, 'Nothing was changed.', 'info');
      return;
    }
    try {
      await app.api.patch(`/candidates/${encodeURIComponent(candidate.id)}`, changes);
      app.navigate(location.pathname, { replace: true });
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return h('details', { class: 'card candidate-edit', 'data-edit': 'candidate' }, h('summary', null, 'Edit details'), form);
}

// The openings a manager may choose from (none when they cannot be read).
export async function loadOpenings(app: App): Promise<Opening[]> {
  try {
    return (await app.api.get<Listing<Opening>>('/openings', { limit: 500 })).items;
  } catch {
    return [];
  }
}
