// Openings (roles): the list, and one opening with its interview kit (for
// interviewers, or the candidate-facing version without anchors) and its
// 30-60-90 plan.
import type { App } from '../app';
import type { Brief, Kit, Listing, Opening } from '../api/types';
import { confirmDialog } from '../lib/confirm';
import { h, replace } from '../lib/dom';
import { field, formBanner, markInvalid, setBanner, showApiError } from '../lib/forms';
import { pathTo } from '../lib/router';
import { archetypeTitle, badge, emptyState, errorState, linkButton, pageHeader } from './common';
import { closeQuestion, isClosed, openingStatusText } from './edit_model';
import { renderKit, renderPlan } from './kit_view';

export async function openingListPage(app: App): Promise<void> {
  let listing: Listing<Opening>;
  try {
    listing = await app.api.get<Listing<Opening>>('/openings', { limit: 100 });
  } catch (error) {
    replace(app.main, pageHeader('Openings'), errorState(error));
    return;
  }
  replace(
    app.main,
    pageHeader('Openings', app.isManager() ? linkButton('/briefs', 'Open a role from a brief', 'secondary') : null),
    listing.items.length
      ? h(
          'ul',
          { class: 'cards' },
          listing.items.map((o) =>
            h(
              'li',
              { class: 'card' },
              h('h2', null, h('a', { href: pathTo('/openings/:id', { id: o.id }) }, o.title)),
              h('p', { 'data-status': o.status }, archetypeTitle(app.playbook, o.archetype), ' · ', isClosed(o) ? badge('Closed', 'neutral') : openingStatusText(o.status)),
            ),
          ),
        )
      : emptyState(
          app.isManager() ? 'No openings yet. Assess a brief, then open a role from it.' : 'No openings yet.',
          app.isManager() ? linkButton('/briefs', 'Go to briefs') : null,
        ),
  );
}

export async function openingPage(app: App, params: Record<string, string>): Promise<void> {
  let opening: Opening;
  try {
    opening = await app.api.get<Opening>(`/openings/${encodeURIComponent(params.id)}`);
  } catch (error) {
    replace(app.main, pageHeader('Opening'), errorState(error));
    return;
  }
  const audience = new URLSearchParams(location.search).get('for') === 'candidate' ? 'candidate' : 'interviewer';
  const kitArea = h('div', { 'aria-live': 'polite' });
  let kit: Kit | null = opening.kit;
  if (audience === 'candidate') kit = await candidateKit(app, opening);
  if (kit) kitArea.append(renderKit(kit, app.playbook));
  else if (!kitArea.childNodes.length) kitArea.append(emptyState('This opening has no kit: attach it to a brief.'));

  const toggle = h(
    'a',
    {
      class: 'button secondary',
      href: audience === 'candidate' ? pathTo('/openings/:id', { id: opening.id }) : `${pathTo('/openings/:id', { id: opening.id })}?for=candidate`,
    },
    audience === 'candidate' ? 'Interviewer version' : 'Candidate-facing version',
  );
  replace(
    app.main,
    pageHeader(
      opening.title,
      toggle,
      h('a', { class: 'button secondary', href: `/candidates?opening_id=${encodeURIComponent(opening.id)}` }, 'Candidates'),
      h('a', { class: 'button secondary', href: pathTo('/openings/:id/pipeline', { id: opening.id }) }, 'Pipeline'),
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print'),
    ),
    h('p', { class: 'lede' }, archetypeTitle(app.playbook, opening.archetype), opening.brief_id ? [' · ', h('a', { href: pathTo('/briefs/:id', { id: opening.brief_id }) }, 'the brief')] : null),
    isClosed(opening) ? h('p', { class: 'banner banner-info', 'data-closed': '' }, 'This opening is closed: it takes no new candidates or interview assignments.') : null,
    app.isManager() && audience === 'interviewer' ? openingEditSection(app, opening) : null,
    h('h2', { class: 'section-title' }, audience === 'candidate' ? 'Interview kit (for the candidate: no answer anchors)' : 'Interview kit'),
    kitArea,
    audience === 'interviewer' && opening.plan
      ? h('section', { 'aria-labelledby': 'plan-h' }, h('h2', { id: 'plan-h', class: 'section-title' }, '30-60-90 day plan'), renderPlan(opening.plan))
      : null,
    app.isManager() && audience === 'interviewer' && !isClosed(opening) ? addCandidateForm(app, opening) : null,
  );
}

// The candidate-facing kit: the engine's own (POST /kit?for=candidate on the
// opening's brief) when the caller may read the brief; otherwise (an
// interviewer may not) the stored kit shown as the candidate audience, which
// renderKit draws without anchors, flags, gate or warnings.
async function candidateKit(app: App, opening: Opening): Promise<Kit | null> {
  if (opening.brief_id && app.isManager()) {
    try {
      const brief = await app.api.get<Brief>(`/briefs/${encodeURIComponent(opening.brief_id)}`);
      return await app.api.post<Kit>('/kit', brief.brief, { for: 'candidate' });
    } catch {
      // fall back to the stored kit below
    }
  }
  return opening.kit ? { ...opening.kit, audience: 'candidate' } : null;
}

function addCandidateForm(app: App, opening: Opening): HTMLElement {
  const name = field({ label: 'Name', name: 'name', required: true });
  const email = field({ label: 'Email', name: 'email', type: 'email' });
  const banner = formBanner();
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'add-cand-h' },
    h('h2', { id: 'add-cand-h' }, 'Add a candidate to this opening'),
    banner,
    h('div', { class: 'row' }, name.wrapper, email.wrapper),
    h('button', { type: 'submit', class: 'primary' }, 'Add candidate'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await app.api.post<{ id: string }>('/candidates', {
        name: name.control.value.trim(),
        email: email.control.value.trim() || undefined,
        opening_id: opening.id,
      });
      app.navigate(pathTo('/candidates/:id', { id: created.id }));
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return form;
}

// Rename the opening, and close or reopen it (after a confirmation); for
// admins and hiring managers (the server refuses anyone else).
export function openingEditSection(app: App, opening: Opening): HTMLElement {
  const title = field({ label: 'Title', name: 'title', required: true, value: opening.title });
  const banner = formBanner();
  const question = closeQuestion(opening);
  const toggle = h('button', { type: 'button', class: isClosed(opening) ? 'secondary' : 'secondary danger', 'data-action': isClosed(opening) ? 'reopen' : 'close' }, question.confirm + '…');
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'edit-opening-h' },
    h('h2', { id: 'edit-opening-h' }, 'Edit opening'),
    h('p', null, 'Status: ', h('strong', { 'data-opening-status': opening.status }, openingStatusText(opening.status))),
    banner,
    title.wrapper,
    h('div', { class: 'edit-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Rename'), toggle),
  );
  const path = `/openings/${encodeURIComponent(opening.id)}`;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = title.control.value.trim();
    if (!value) {
      markInvalid(form, title.control, 'An opening needs a title.');
      title.control.focus();
      return;
    }
    try {
      await app.api.patch(path, { title: value });
      setBanner(banner, 'Renamed.', 'ok');
      app.navigate(location.pathname + location.search, { replace: true });
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  toggle.addEventListener('click', async () => {
    if (!(await confirmDialog({ title: question.title, message: question.message, confirm: question.confirm, danger: !isClosed(opening) }))) return;
    try {
      await app.api.patch(path, { status: question.status });
      app.navigate(location.pathname + location.search, { replace: true });
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return form;
}
