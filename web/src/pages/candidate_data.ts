// The candidate's data rights on the candidate page, for admins and hiring
// managers (the server refuses everyone else with 403; the page only hides
// the controls): "Export data" (right of access: GET …/export offered as a
// candidate-<id>.json download) and "Erase candidate" (right to erasure:
// an inline confirm step with a clearly labelled "Erase permanently"
// button, then DELETE …; on 204 the candidates list with a notice).
import type { App } from '../app';
import { messageOf } from '../api/client';
import type { Role } from '../api/types';
import { h, replace } from '../lib/dom';
import { setFlash } from './common';

// Who may export or erase a candidate's data (docs/api.md, Roles).
export function mayManageCandidateData(role: Role | undefined | null): boolean {
  return role === 'admin' || role === 'hiring_manager';
}

// The download's file name: candidate-<id>.json, with anything outside
// [A-Za-z0-9_-] in the id replaced so it is always a plain file name.
export function exportFileName(id: string): string {
  return `candidate-${id.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
}

// The erase control's steps: idle (one "Erase candidate…" button),
// confirming (the warning with "Erase permanently" and "Cancel"), erasing
// (the request is under way; nothing can be pressed twice), error (back to
// the confirm step with the API's message beside the button), done.
export type EraseState =
  | { step: 'idle' }
  | { step: 'confirming' }
  | { step: 'erasing' }
  | { step: 'error'; message: string }
  | { step: 'done' };
export type EraseEvent =
  | { type: 'ask' }
  | { type: 'cancel' }
  | { type: 'confirm' }
  | { type: 'failed'; message: string }
  | { type: 'erased' };

export function eraseStep(state: EraseState, event: EraseEvent): EraseState {
  switch (event.type) {
    case 'ask':
      return state.step === 'idle' ? { step: 'confirming' } : state;
    case 'cancel':
      return state.step === 'confirming' || state.step === 'error' ? { step: 'idle' } : state;
    case 'confirm':
      // Only from the confirm step: a single click on the first button never erases.
      return state.step === 'confirming' || state.step === 'error' ? { step: 'erasing' } : state;
    case 'failed':
      return state.step === 'erasing' ? { step: 'error', message: event.message } : state;
    case 'erased':
      return state.step === 'erasing' ? { step: 'done' } : state;
  }
}

// Offers `data` as a JSON download named `name` (a Blob, an object URL and a
// temporary <a download>; the app's link handling leaves download links alone).
export function downloadJson(data: unknown, name: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

export const ERASED_NOTICE = 'The candidate’s personal data was erased.';

// The "Candidate data" section, or null for a role that may not use it.
export function candidateDataSection(app: App, candidateId: string, candidateName: string): HTMLElement | null {
  if (!mayManageCandidateData(app.user?.role)) return null;
  const path = `/candidates/${encodeURIComponent(candidateId)}`;
  const exporter = exportControl(app, path, exportFileName(candidateId), candidateName);
  return h(
    'section',
    { class: 'card candidate-data', 'aria-labelledby': 'data-h' },
    h('h2', { id: 'data-h' }, 'Candidate data'),
    h('p', { class: 'muted' }, 'The candidate’s rights: a copy of everything stored about them, or erasure of their personal data.'),
    h('div', { class: 'actions' }, exporter.button),
    exporter.status,
    eraseControl(app, path, candidateName),
  );
}

// "Export data": GET …/export downloaded as candidate-<id>.json, with a status line.
function exportControl(app: App, path: string, fileName: string, candidateName: string): { button: HTMLButtonElement; status: HTMLElement } {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-export-status': '' });
  const button = h('button', { type: 'button', class: 'secondary', 'data-action': 'export' }, 'Export data');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.className = 'status';
    status.textContent = 'Preparing the export…';
    try {
      downloadJson(await app.api.get<unknown>(`${path}/export`), fileName);
      status.className = 'status banner banner-ok';
      status.textContent = `Exported everything stored about ${candidateName} as ${fileName}.`;
    } catch (error) {
      status.className = 'status banner banner-error';
      status.textContent = `The export failed: ${messageOf(error)}`;
    } finally {
      button.disabled = false;
    }
  });
  return { button, status };
}

// "Erase candidate…": a button that opens the confirm step (eraseStep decides the steps).
function eraseControl(app: App, path: string, candidateName: string): HTMLElement {
  let state: EraseState = { step: 'idle' };
  const area = h('div', { class: 'erase' });
  const eraseButton = h('button', { type: 'button', class: 'secondary danger', 'data-action': 'erase', onclick: () => go({ type: 'ask' }) }, 'Erase candidate…');
  const go = (event: EraseEvent, focus = true) => {
    const before = state.step;
    state = eraseStep(state, event);
    render(focus && before !== state.step ? before : null);
  };
  const erase = async () => {
    go({ type: 'confirm' }, false);
    if (state.step !== 'erasing') return;
    try {
      await app.api.delete(path);
      state = eraseStep(state, { type: 'erased' });
      setFlash(ERASED_NOTICE);
      app.navigate('/candidates');
    } catch (error) {
      go({ type: 'failed', message: messageOf(error) });
    }
  };
  const render = (from: EraseState['step'] | null) => {
    if (state.step === 'idle' || state.step === 'done') {
      replace(area, eraseButton);
      if (from) eraseButton.focus();
      return;
    }
    // The confirm step takes the first button's place until it is cancelled.
    const panel = confirmPanel(state, candidateName, () => void erase(), () => go({ type: 'cancel' }));
    replace(area, panel.element);
    // Opening the step puts the focus on its safe choice; an error puts it on
    // the button that can try again.
    if (from === 'idle') panel.cancel.focus();
    else if (state.step === 'error') panel.confirm.focus();
  };
  render(null);
  return area;
}

function confirmPanel(state: EraseState, candidateName: string, erase: () => void, cancel: () => void): { element: HTMLElement; confirm: HTMLButtonElement; cancel: HTMLButtonElement } {
  const busy = state.step === 'erasing';
  const confirm = h('button', { type: 'button', class: 'primary danger', disabled: busy, 'aria-describedby': 'erase-warning', onclick: erase }, busy ? 'Erasing…' : 'Erase permanently');
  const cancelButton = h('button', { type: 'button', class: 'secondary', disabled: busy, onclick: cancel }, 'Cancel');
  const element = h(
    'div',
    { id: 'erase-confirm', class: 'confirm', role: 'group', 'aria-labelledby': 'erase-confirm-h' },
    h('h3', { id: 'erase-confirm-h' }, `Erase ${candidateName}?`),
    h('p', { id: 'erase-warning' }, 'This clears the name, email and profile, deletes the interviews and plans, clears the decision reasons and removes the notes from the scorecards. It cannot be undone.'),
    state.step === 'error' ? h('p', { class: 'banner banner-error', role: 'alert', 'data-erase-error': '' }, `The candidate was not erased: ${state.message}`) : null,
    h('div', { class: 'actions' }, confirm, cancelButton),
  );
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      cancel();
    }
  });
  return { element, confirm, cancel: cancelButton };
}
