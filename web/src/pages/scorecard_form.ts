// The interviewer's scorecard for one candidate: 1–5 per category with the
// strong and fail anchors beside the scale, a note per category, red-flag
// checkboxes. Every change is kept as a draft in the browser at once, and
// saved to the server as a draft (submit: false) once every category has a
// score. On opening, the form starts from the newer of the server's draft
// (GET …/scorecards/mine) and the browser's, so a reload or another device
// loses nothing. Submitting locks the scorecard; the server refuses changes after
// that (409), and the page shows it read-only.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Candidate, KitCategory } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace, uid } from '../lib/dom';
import { checkbox, clearErrors, formBanner, setBanner, showApiError } from '../lib/forms';
import { pathTo } from '../lib/router';
import { categoryIds, categoryTitle, errorState, pageHeader } from './common';
import { missingCategories, restoreScorecard, scorecardBody, startingScorecard, type BrowserDraft, type OwnScorecard, type ScorecardState } from './scorecard_model';

export async function scorecardPage(app: App, params: Record<string, string>): Promise<void> {
  const id = params.id;
  let candidate: Candidate;
  try {
    candidate = await app.api.get<Candidate>(`/candidates/${encodeURIComponent(id)}`);
  } catch (error) {
    replace(app.main, pageHeader('Scorecard'), errorState(error));
    return;
  }
  // My own scorecard on the server (GET …/scorecards/mine: a draft or the
  // submitted one; 404 while I have none), against the draft kept in this
  // browser: the form starts from the newer (see startingScorecard).
  let mine: OwnScorecard | null = null;
  try {
    mine = await app.api.get<OwnScorecard>(`/candidates/${encodeURIComponent(id)}/scorecards/mine`);
  } catch {
    mine = null; // none yet, or the server did not answer: the browser draft still counts
  }
  const playbook = app.playbook;
  const categories: KitCategory[] = playbook?.categories ?? categoryIds(null).map((c) => ({ id: c, title: categoryTitle(null, c) }));
  const flags = playbook?.red_flags ?? [];
  const ids = categories.map((c) => c.id);
  const draftKey = `scorecard:${id}`;
  const start = startingScorecard(mine, app.drafts.load(draftKey));
  const locked = start.locked;
  let state: ScorecardState = restoreScorecard(start.saved, ids, flags.map((f) => f.id));
  const keep = (current: ScorecardState) => app.drafts.save(draftKey, { ...current, saved_at: Date.now() } satisfies BrowserDraft);

  const banner = formBanner();
  const saveState = h(
    'p',
    { class: 'muted small', role: 'status', 'aria-live': 'polite' },
    start.from === 'server' ? 'Your draft saved on the server was restored.' : start.from === 'browser' ? 'Your draft kept in this browser was restored.' : '',
  );
  const categoryBlocks = categories.map((category) => {
    const groupId = uid('cat');
    const noteId = uid('note');
    const radios = [1, 2, 3, 4, 5].map((score) => {
      const radioId = uid('score');
      return h(
        'span',
        { class: 'scale-option' },
        h('input', { type: 'radio', id: radioId, name: `scores.${category.id}`, value: score, checked: state.scores[category.id] === score, disabled: locked }),
        h('label', { for: radioId }, String(score)),
      );
    });
    return h(
      'fieldset',
      { class: 'score-category', 'data-category': category.id, 'aria-describedby': `${groupId}-anchors ${groupId}-error` },
      h('legend', null, category.title),
      h(
        'div',
        { class: 'scale-row' },
        h('div', { class: 'scale', role: 'presentation' }, h('span', { class: 'scale-end', 'aria-hidden': 'true' }, 'fail'), radios, h('span', { class: 'scale-end', 'aria-hidden': 'true' }, 'strong')),
        h(
          'div',
          { class: 'anchors', id: `${groupId}-anchors` },
          category.fail ? h('p', { class: 'anchor fail' }, h('span', { class: 'anchor-label' }, '1 — fail: '), category.fail) : null,
          category.strong ? h('p', { class: 'anchor strong' }, h('span', { class: 'anchor-label' }, '5 — strong: '), category.strong) : null,
        ),
      ),
      h('p', { class: 'field-error', id: `${groupId}-error`, hidden: true }),
      h(
        'div',
        { class: 'field' },
        h('label', { for: noteId }, `Evidence for ${category.title} (what the candidate said or showed)`),
        h('textarea', { id: noteId, name: `notes.${category.id}`, rows: 2, disabled: locked }),
      ),
    );
  });
  // Restore notes as values (textarea content).
  for (const block of categoryBlocks) {
    const cat = block.getAttribute('data-category')!;
    const area = block.querySelector('textarea')!;
    area.value = state.notes[cat] ?? '';
  }
  const flagBoxes = flags.map((flag) => {
    const box = checkbox(flag.title, 'red_flags', state.red_flags.includes(flag.id), flag.description);
    box.control.setAttribute('value', flag.id);
    if (locked) box.control.setAttribute('disabled', '');
    return box;
  });

  const read = (): ScorecardState => {
    const next: ScorecardState = { scores: {}, notes: {}, red_flags: [] };
    for (const block of categoryBlocks) {
      const cat = block.getAttribute('data-category')!;
      const checked = block.querySelector<HTMLInputElement>('input[type=radio]:checked');
      if (checked) next.scores[cat] = Number(checked.value);
      next.notes[cat] = block.querySelector('textarea')!.value;
    }
    next.red_flags = flagBoxes.filter((b) => (b.control as HTMLInputElement).checked).map((b) => b.control.getAttribute('value') ?? '');
    return next;
  };

  const serverDraft = debounce(async () => {
    const current = read();
    if (missingCategories(current, ids).length) {
      saveState.textContent = 'Draft kept in this browser.';
      return;
    }
    try {
      await app.api.post(`/candidates/${encodeURIComponent(id)}/scorecards`, scorecardBody(current, ids, false));
      saveState.textContent = `Draft saved at ${new Date().toLocaleTimeString()}.`;
    } catch (error) {
      saveState.textContent = `Draft kept in this browser (the server did not take it: ${(error as Error).message}).`;
    }
  }, 800);

  const submit = h('button', { type: 'submit', class: 'primary', disabled: locked }, 'Submit scorecard');
  const form = h(
    'form',
    { class: 'scorecard', novalidate: true },
    banner,
    locked ? h('p', { class: 'banner banner-info', role: 'status' }, 'You submitted this scorecard; it is locked.') : null,
    categoryBlocks,
    flags.length ? h('fieldset', { class: 'flags' }, h('legend', null, 'Red flags you saw'), flagBoxes.map((b) => b.wrapper)) : null,
    h('div', { class: 'actions' }, submit, saveState),
  );
  // Once submitting starts, no draft may follow: a textarea's change event
  // fires when the submit button takes the focus, and a draft saved after the
  // submission would be refused (409) by the now locked scorecard.
  let submitting = false;
  if (!locked) {
    const onChange = () => {
      if (submitting) return;
      state = read();
      keep(state);
      saveState.textContent = 'Draft kept in this browser.';
      serverDraft();
    };
    form.addEventListener('input', onChange);
    form.addEventListener('change', onChange);
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (locked) return;
    clearErrors(form);
    state = read();
    keep(state);
    const missing = missingCategories(state, ids);
    if (missing.length) {
      for (const cat of missing) {
        const slot = form.querySelector<HTMLElement>(`[data-category="${cat}"] .field-error`);
        if (slot) {
          slot.textContent = 'Choose a score from 1 to 5.';
          slot.hidden = false;
        }
      }
      setBanner(banner, `Score every category before submitting (${missing.length} left).`);
      form.querySelector<HTMLInputElement>(`[data-category="${missing[0]}"] input[type=radio]`)?.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Submitting…';
    submitting = true;
    serverDraft.cancel();
    try {
      await app.api.post(`/candidates/${encodeURIComponent(id)}/scorecards`, scorecardBody(state, ids, true));
      app.drafts.clear(draftKey);
      app.navigate(pathTo('/candidates/:id', { id }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setBanner(banner, 'This scorecard was already submitted and is locked.');
      } else {
        const control = showApiError(form, banner, error);
        if (!control && error instanceof ApiError && error.field) {
          const cat = error.field.split('.').pop() ?? '';
          const slot = form.querySelector<HTMLElement>(`[data-category="${CSS.escape(cat)}"] .field-error`);
          if (slot) {
            slot.textContent = error.message;
            slot.hidden = false;
          }
        }
      }
      submitting = false;
      submit.disabled = false;
      submit.textContent = 'Submit scorecard';
    }
  });

  replace(
    app.main,
    pageHeader(`Scorecard: ${candidate.name}`, h('a', { class: 'button secondary', href: pathTo('/candidates/:id', { id }) }, 'Back to candidate')),
    h('p', { class: 'lede' }, 'Score on your own evidence. You will see the other interviewers’ scorecards once yours is submitted.'),
    form,
  );
}

