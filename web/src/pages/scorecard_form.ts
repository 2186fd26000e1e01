// The interviewer's scorecard for one candidate: 1–5 per category with the
// strong and fail anchors beside the scale, a note per category, red-flag
// checkboxes. Every change is kept as a draft in the browser at once, and
// saved to the server as a draft (submit: false) once every category has a
// score. On opening, the form starts from the newer of the server's draft
// (GET …/scorecards/mine) and the browser's, so a reload or another device
// loses nothing. Submitting locks the scorecard; the server refuses changes after
// that (409), and the page shows it read-only. The decisions are
// scorecard_model.ts's; this is the view.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Candidate, KitCategory, PlaybookSummary } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace, uid } from '../lib/dom';
import { checkbox, clearErrors, formBanner, setBanner, showApiError, type Field } from '../lib/forms';
import { pathTo } from '../lib/router';
import { errorState, pageHeader } from './common';
import {
  categoryOfField,
  missingCategories,
  restoreScorecard,
  scorecardBody,
  startingScorecard,
  startNotice,
  type BrowserDraft,
  type OwnScorecard,
  type ScorecardState,
} from './scorecard_model';

// What the form works on: the candidate, the categories and red flags (the
// playbook's), the draft key, and whether the scorecard is locked.
interface ScorecardContext {
  app: App;
  candidate: Candidate;
  ids: string[];
  draftKey: string;
  locked: boolean;
}

interface ScorecardForm {
  form: HTMLFormElement;
  banner: HTMLElement;
  saveState: HTMLElement;
  submit: HTMLButtonElement;
  read(): ScorecardState;
}

export async function scorecardPage(app: App, params: Record<string, string>): Promise<void> {
  const loaded = await loadScorecard(app, params.id);
  if (!loaded) return;
  const { candidate, mine } = loaded;
  const categories: KitCategory[] = app.playbook?.categories ?? [];
  const flags = app.playbook?.red_flags ?? [];
  const draftKey = `scorecard:${candidate.id}`;
  const start = startingScorecard(mine, app.drafts.load(draftKey));
  const state = restoreScorecard(start.saved, categories.map((c) => c.id), flags.map((f) => f.id));
  const context: ScorecardContext = { app, candidate, ids: categories.map((c) => c.id), draftKey, locked: start.locked };
  const view = scorecardForm(context, categories, flags, state, startNotice(start.from));
  if (!context.locked) wireScorecard(context, view);
  replace(
    app.main,
    pageHeader(`Scorecard: ${candidate.name}`, h('a', { class: 'button secondary', href: pathTo('/candidates/:id', { id: candidate.id }) }, 'Back to candidate')),
    h('p', { class: 'lede' }, 'Score on your own evidence. You will see the other interviewers’ scorecards once yours is submitted.'),
    view.form,
  );
}

// The candidate, and my own scorecard on the server (GET …/scorecards/mine:
// a draft or the submitted one; 404 while I have none).
async function loadScorecard(app: App, id: string): Promise<{ candidate: Candidate; mine: OwnScorecard | null } | null> {
  let candidate: Candidate;
  try {
    candidate = await app.api.get<Candidate>(`/candidates/${encodeURIComponent(id)}`);
  } catch (error) {
    replace(app.main, pageHeader('Scorecard'), errorState(error));
    return null;
  }
  try {
    return { candidate, mine: await app.api.get<OwnScorecard>(`/candidates/${encodeURIComponent(id)}/scorecards/mine`) };
  } catch {
    return { candidate, mine: null }; // none yet, or the server did not answer: the browser draft still counts
  }
}

function scorecardForm(context: ScorecardContext, categories: KitCategory[], flags: PlaybookSummary['red_flags'], state: ScorecardState, notice: string): ScorecardForm {
  const blocks = categories.map((category) => categoryBlock(category, state, context.locked));
  const boxes = flags.map((flag) => {
    const box = checkbox(flag.title, 'red_flags', state.red_flags.includes(flag.id), flag.description);
    box.control.setAttribute('value', flag.id);
    if (context.locked) box.control.setAttribute('disabled', '');
    return box;
  });
  const banner = formBanner();
  const saveState = h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite' }, notice);
  const submit = h('button', { type: 'submit', class: 'primary', disabled: context.locked }, 'Submit scorecard');
  const form = h(
    'form',
    { class: 'scorecard', novalidate: true },
    banner,
    context.locked ? h('p', { class: 'banner banner-info', role: 'status' }, 'You submitted this scorecard; it is locked.') : null,
    blocks,
    flags.length ? h('fieldset', { class: 'flags' }, h('legend', null, 'Red flags you saw'), boxes.map((b) => b.wrapper)) : null,
    h('div', { class: 'actions' }, submit, saveState),
  );
  return { form, banner, saveState, submit, read: () => readScorecard(blocks, boxes) };
}

// One category: the 1–5 scale between its fail and strong anchors, and the evidence note.
function categoryBlock(category: KitCategory, state: ScorecardState, locked: boolean): HTMLElement {
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
  const note = h('textarea', { id: noteId, name: `notes.${category.id}`, rows: 2, disabled: locked });
  note.value = state.notes[category.id] ?? '';
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
    h('div', { class: 'field' }, h('label', { for: noteId }, `Evidence for ${category.title} (what the candidate said or showed)`), note),
  );
}

function readScorecard(blocks: HTMLElement[], boxes: Field[]): ScorecardState {
  const next: ScorecardState = { scores: {}, notes: {}, red_flags: [] };
  for (const block of blocks) {
    const cat = block.getAttribute('data-category')!;
    const checked = block.querySelector<HTMLInputElement>('input[type=radio]:checked');
    if (checked) next.scores[cat] = Number(checked.value);
    next.notes[cat] = block.querySelector('textarea')!.value;
  }
  next.red_flags = boxes.filter((b) => (b.control as HTMLInputElement).checked).map((b) => b.control.getAttribute('value') ?? '');
  return next;
}

// Drafts on every change (browser at once, server once every category is
// scored), and the submit.
function wireScorecard(context: ScorecardContext, view: ScorecardForm): void {
  const keep = (current: ScorecardState) => context.app.drafts.save(context.draftKey, { ...current, saved_at: Date.now() } satisfies BrowserDraft);
  const serverDraft = debounce(() => void saveServerDraft(context, view), 800);
  // Once submitting starts, no draft may follow: a textarea's change event
  // fires when the submit button takes the focus, and a draft saved after the
  // submission would be refused (409) by the now locked scorecard.
  const submitting = { now: false };
  const onChange = () => {
    if (submitting.now) return;
    keep(view.read());
    view.saveState.textContent = 'Draft kept in this browser.';
    serverDraft();
  };
  view.form.addEventListener('input', onChange);
  view.form.addEventListener('change', onChange);
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(view.form);
    const state = view.read();
    keep(state);
    if (showMissing(view, missingCategories(state, context.ids))) return;
    submitting.now = true;
    serverDraft.cancel();
    void submitScorecard(context, view, state).then((done) => (submitting.now = done));
  });
}

async function saveServerDraft(context: ScorecardContext, view: ScorecardForm): Promise<void> {
  const current = view.read();
  if (missingCategories(current, context.ids).length) {
    view.saveState.textContent = 'Draft kept in this browser.';
    return;
  }
  try {
    await context.app.api.post(`/candidates/${encodeURIComponent(context.candidate.id)}/scorecards`, scorecardBody(current, context.ids, false));
    view.saveState.textContent = `Draft saved at ${new Date().toLocaleTimeString()}.`;
  } catch (error) {
    view.saveState.textContent = `Draft kept in this browser (the server did not take it: ${(error as Error).message}).`;
  }
}

// Marks the categories without a score; true when there were any.
function showMissing(view: ScorecardForm, missing: string[]): boolean {
  if (!missing.length) return false;
  for (const cat of missing) categoryError(view.form, cat, 'Choose a score from 1 to 5.');
  setBanner(view.banner, `Score every category before submitting (${missing.length} left).`);
  view.form.querySelector<HTMLInputElement>(`[data-category="${missing[0]}"] input[type=radio]`)?.focus();
  return true;
}

function categoryError(form: HTMLFormElement, category: string, message: string): void {
  const slot = form.querySelector<HTMLElement>(`[data-category="${CSS.escape(category)}"] .field-error`);
  if (slot) {
    slot.textContent = message;
    slot.hidden = false;
  }
}

// Submits; true when it went through (no draft may follow it).
async function submitScorecard(context: ScorecardContext, view: ScorecardForm, state: ScorecardState): Promise<boolean> {
  view.submit.disabled = true;
  view.submit.textContent = 'Submitting…';
  try {
    await context.app.api.post(`/candidates/${encodeURIComponent(context.candidate.id)}/scorecards`, scorecardBody(state, context.ids, true));
    context.app.drafts.clear(context.draftKey);
    context.app.navigate(pathTo('/candidates/:id', { id: context.candidate.id }));
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      setBanner(view.banner, 'This scorecard was already submitted and is locked.');
    } else if (!showApiError(view.form, view.banner, error) && error instanceof ApiError && error.field) {
      categoryError(view.form, categoryOfField(error.field), error.message);
    }
    view.submit.disabled = false;
    view.submit.textContent = 'Submit scorecard';
    return false;
  }
}
