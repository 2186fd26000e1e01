// The interviewer's scorecard for one candidate: 1–5 per category with the
// strong and fail anchors beside the scale, a note per category, an overall
// summary, red-flag checkboxes. Opened from an assigned interview ("My
// interviews": ?interview=ID), it shows that interview's kit questions and
// its focus categories first, the others folded away as not this
// interview's; scorecards may be partial (a category not assessed is left
// out). While they write, the interviewer's own draft is checked
// (POST …/scorecards/check: only their words are read) and the mismatches
// and suggested red flags are shown before they submit. Every change is kept
// as a draft in the browser at once, and saved to the server as a draft
// (submit: false) once a category has a score. On opening, the form starts from the newer of the server's draft
// (GET …/scorecards/mine) and the browser's, so a reload or another device
// loses nothing. Submitting locks the scorecard; the server refuses changes after
// that (409), and the page shows it read-only. The decisions are
// scorecard_model.ts's; this is the view.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Candidate, Kit, KitCategory, MyInterview, MyInterviews, Opening, PlaybookSummary, ScorecardEvidence } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace, uid } from '../lib/dom';
import { checkbox, clearErrors, formBanner, setBanner, showApiError, type Field } from '../lib/forms';
import { pathTo } from '../lib/router';
import { categoryTitle, errorState, pageHeader } from './common';
import { ownCheck } from './evidence_view';
import {
  anyScored,
  categoryOfField,
  missingCategories,
  questionsFor,
  splitByFocus,
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
  focus: string[]; // the categories that must be scored before submitting (the interview's focus)
}

interface ScorecardForm {
  form: HTMLFormElement;
  banner: HTMLElement;
  saveState: HTMLElement;
  submit: HTMLButtonElement;
  check: HTMLElement; // the own-check panel's slot
  read(): ScorecardState;
}

export async function scorecardPage(app: App, params: Record<string, string>): Promise<void> {
  const loaded = await loadScorecard(app, params.id);
  if (!loaded) return;
  const { candidate, mine } = loaded;
  const { interview, kit } = await loadInterview(app, new URLSearchParams(location.search).get('interview'));
  const categories: KitCategory[] = app.playbook?.categories ?? [];
  const flags = app.playbook?.red_flags ?? [];
  const draftKey = `scorecard:${candidate.id}`;
  const start = startingScorecard(mine, app.drafts.load(draftKey));
  const state = restoreScorecard(start.saved, categories.map((c) => c.id), flags.map((f) => f.id));
  const split = splitByFocus(categories.map((c) => c.id), interview?.focus);
  const context: ScorecardContext = { app, candidate, ids: categories.map((c) => c.id), draftKey, locked: start.locked, focus: interview?.focus?.length ? split.focus : [] };
  const view = scorecardForm(context, categories, split.others, flags, state, startNotice(start.from));
  if (!context.locked) wireScorecard(context, view);
  replace(
    app.main,
    pageHeader(`Scorecard: ${candidate.name}`, h('a', { class: 'button secondary', href: pathTo('/candidates/:id', { id: candidate.id }) }, 'Back to candidate')),
    h('p', { class: 'lede' }, 'Score on your own evidence. You will see the other interviewers’ scorecards once yours is submitted.'),
    interview ? interviewBrief(app, interview, kit) : null,
    view.form,
  );
  if (!context.locked && anyScored(state, context.ids)) void checkOwnDraft(context, view);
}

// The assigned interview the form was opened from (one of the caller's own,
// GET /me/interviews) and its opening's kit; nulls when none was named or
// it cannot be read (the form then covers every category).
async function loadInterview(app: App, id: string | null): Promise<{ interview: MyInterview | null; kit: Kit | null }> {
  if (!id) return { interview: null, kit: null };
  try {
    const mine = await app.api.get<MyInterviews>('/me/interviews', { limit: 500 });
    const interview = mine.items.find((i) => i.id === id) ?? null;
    if (!interview?.opening_id) return { interview, kit: null };
    const opening = await app.api.get<Opening>(`/openings/${encodeURIComponent(interview.opening_id)}`).catch(() => null);
    return { interview, kit: opening?.kit ?? null };
  } catch {
    return { interview: null, kit: null };
  }
}

// This interview: its kind and focus, and the kit's questions for that focus
// with what a strong and a weak answer sound like.
function interviewBrief(app: App, interview: MyInterview, kit: Kit | null): HTMLElement {
  const questions = questionsFor(kit, interview.focus);
  return h(
    'section',
    { class: 'card interview-brief', 'aria-labelledby': 'ib-h', 'data-interview': interview.id },
    h('h2', { id: 'ib-h' }, `This interview${interview.kind ? `: ${interview.kind.replace(/_/g, ' ')}` : ''}`),
    interview.focus?.length ? h('p', null, 'Focus: ', interview.focus.map((c) => categoryTitle(app.playbook, c)).join(', ')) : h('p', null, 'No focus set: every category is this interview’s.'),
    questions.length
      ? h(
          'ol',
          { class: 'questions' },
          questions.map((q) =>
            h(
              'li',
              { 'data-question': q.id },
              h('p', { class: 'question' }, q.text),
              q.strong ? h('p', { class: 'anchor strong' }, h('span', { class: 'anchor-label' }, 'Strong answer: '), q.strong) : null,
              q.weak ? h('p', { class: 'anchor fail' }, h('span', { class: 'anchor-label' }, 'Weak answer: '), q.weak) : null,
            ),
          ),
        )
      : h('p', { class: 'muted' }, kit ? 'The kit has no question for this focus.' : 'The opening has no kit to draw questions from.'),
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

function scorecardForm(context: ScorecardContext, categories: KitCategory[], others: string[], flags: PlaybookSummary['red_flags'], state: ScorecardState, notice: string): ScorecardForm {
  const blocks = categories.map((category) => categoryBlock(category, state, context.locked));
  const focusBlocks = blocks.filter((b) => !others.includes(b.getAttribute('data-category') ?? ''));
  const otherBlocks = blocks.filter((b) => others.includes(b.getAttribute('data-category') ?? ''));
  const summaryId = uid('summary');
  const summary = h('textarea', { id: summaryId, name: 'summary', rows: 3, disabled: context.locked });
  summary.value = state.summary;
  const check = h('div', { class: 'own-check-slot' });
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
    focusBlocks,
    otherBlocks.length
      ? h(
          'details',
          { class: 'other-categories', open: otherBlocks.some((b) => state.scores[b.getAttribute('data-category') ?? ''] >= 1) },
          h('summary', null, `Not this interview’s focus (${otherBlocks.length}): score only what you saw`),
          otherBlocks,
        )
      : null,
    h('div', { class: 'field' }, h('label', { for: summaryId }, 'Summary: your overall impression, in your words'), summary),
    flags.length ? h('fieldset', { class: 'flags' }, h('legend', null, 'Red flags you saw'), boxes.map((b) => b.wrapper)) : null,
    context.locked ? null : check,
    h('div', { class: 'actions' }, submit, saveState),
  );
  return { form, banner, saveState, submit, check, read: () => ({ ...readScorecard(blocks, boxes), summary: summary.value }) };
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
  const next: ScorecardState = { scores: {}, notes: {}, summary: '', red_flags: [] };
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
  const serverDraft = debounce(() => {
    void saveServerDraft(context, view);
    void checkOwnDraft(context, view);
  }, 800);
  view.check.replaceChildren(checkPanel(context, view, null, 'Your notes are checked against your scores as you write (only your own words are read).'));
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
    if (showMissing(view, submitProblems(state, context))) return;
    submitting.now = true;
    serverDraft.cancel();
    void submitScorecard(context, view, state).then((done) => (submitting.now = done));
  });
}

async function saveServerDraft(context: ScorecardContext, view: ScorecardForm): Promise<void> {
  const current = view.read();
  if (!anyScored(current, context.ids)) {
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

// What keeps a scorecard from being submitted: the interview's focus
// categories left unscored, or (without a focus) nothing scored at all.
function submitProblems(state: ScorecardState, context: ScorecardContext): string[] {
  if (context.focus.length) return missingCategories(state, context.focus);
  return anyScored(state, context.ids) ? [] : context.ids.slice(0, 1);
}

// Marks the categories without a score; true when there were any.
function showMissing(view: ScorecardForm, missing: string[]): boolean {
  if (!missing.length) return false;
  for (const cat of missing) categoryError(view.form, cat, 'Choose a score from 1 to 5.');
  setBanner(
    view.banner,
    missing.length === 1 && !view.form.querySelector('.score-category input:checked')
      ? 'Score at least one category before submitting; leave out what you did not assess.'
      : `Score this interview’s focus before submitting (${missing.length} left).`,
  );
  view.form.querySelector<HTMLInputElement>(`[data-category="${missing[0]}"] input[type=radio]`)?.focus();
  return true;
}

// The own-check panel with a button to run the check at once.
function checkPanel(context: ScorecardContext, view: ScorecardForm, evidence: ScorecardEvidence | null, status: string): HTMLElement {
  const panel = ownCheck(context.app.playbook, evidence, status);
  const button = h('button', { type: 'button', class: 'secondary' }, 'Check my notes now');
  button.addEventListener('click', () => void checkOwnDraft(context, view));
  panel.append(button);
  return panel;
}

// Checks the draft as it stands (nothing is stored) and shows what was found.
async function checkOwnDraft(context: ScorecardContext, view: ScorecardForm): Promise<void> {
  const current = view.read();
  if (!anyScored(current, context.ids)) {
    view.check.replaceChildren(checkPanel(context, view, null, 'Score a category and its notes are checked against the score.'));
    return;
  }
  try {
    const evidence = await context.app.api.post<ScorecardEvidence>(
      `/candidates/${encodeURIComponent(context.candidate.id)}/scorecards/check`,
      scorecardBody(current, context.ids, false),
    );
    const found = evidence.mismatches.length;
    view.check.replaceChildren(checkPanel(context, view, evidence, found ? `${found} thing${found === 1 ? '' : 's'} to look at again.` : 'Checked: nothing to look at again.'));
  } catch (error) {
    view.check.replaceChildren(checkPanel(context, view, null, `Your notes could not be checked: ${(error as Error).message}`));
  }
}

function unfold(form: HTMLFormElement, category: string): void {
  form.querySelector(`[data-category="${CSS.escape(category)}"]`)?.closest('details')?.setAttribute('open', '');
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
    // A refused category folded away as not this interview's is shown first, so its field can take the focus.
    if (error instanceof ApiError && error.field) unfold(view.form, categoryOfField(error.field));
    if (error instanceof ApiError && error.status === 409) {
      setBanner(view.banner, 'This scorecard was already submitted and is locked.');
    } else {
      showApiError(view.form, view.banner, error);
      // A score's radio has no message slot of its own: the category says it (no-op for other fields).
      if (error instanceof ApiError && error.field) categoryError(view.form, categoryOfField(error.field), error.message);
    }
    view.submit.disabled = false;
    view.submit.textContent = 'Submit scorecard';
    return false;
  }
}
