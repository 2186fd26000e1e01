// "Reopen for changes" on a submitted scorecard (admins and hiring
// managers): after a confirmation, POST …/scorecards/{interviewer}/reopen
// makes it a draft its interviewer may change and submit again. Until then
// it counts nowhere: not in the evaluation, not for a decision, and its
// interviewer no longer sees the others' scorecards (docs/api.md, the blind
// rule).
import type { App } from '../app';
import type { Scorecard } from '../api/types';
import { messageOf } from '../api/client';
import { confirmDialog } from '../lib/confirm';
import { h } from '../lib/dom';

export function reopenQuestion(interviewer: string): { title: string; message: string; confirm: string } {
  return {
    title: `Reopen ${interviewer}’s scorecard?`,
    message: `It becomes a draft ${interviewer} can change and submit again. Until then it leaves the evaluation and does not count for a decision.`,
    confirm: 'Reopen scorecard',
  };
}

export function reopenControl(app: App, card: Scorecard, interviewer: string): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'secondary', 'data-action': 'reopen-scorecard' }, 'Reopen for changes…');
  button.addEventListener('click', async () => {
    if (!(await confirmDialog(reopenQuestion(interviewer)))) return;
    button.disabled = true;
    try {
      await app.api.post(`/candidates/${encodeURIComponent(card.candidate_id)}/scorecards/${encodeURIComponent(card.interviewer_id)}/reopen`, {});
      app.navigate(location.pathname, { replace: true });
    } catch (error) {
      status.textContent = `The scorecard was not reopened: ${messageOf(error)}`;
      button.disabled = false;
    }
  });
  return h('div', { class: 'edit-actions' }, button, status);
}
