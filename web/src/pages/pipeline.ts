// The pipeline board of one opening: a column per stage (the playbook's
// pipeline.stages, in the order GET /openings/{id}/pipeline gives them)
// holding that stage's candidates. Managers move a candidate with the
// card's stage menu, with the arrow keys on a focused card (left/right: the
// previous/next stage) or by dragging the card to another column; a move to
// rejected or withdrawn first asks why. Each move is PATCH
// /candidates/{id} {stage, stage_reason}; the board then reloads. Below the
// board, the funnel (the answer's `funnel`): how many reached each stage and
// the share of the previous stage, rejected and withdrawn counted apart.
import type { App } from '../app';
import type { Listing, Opening, Pipeline, PipelineFunnel, StagedCandidate } from '../api/types';
import { messageOf } from '../api/client';
import { h, replace, uid } from '../lib/dom';
import { pathTo } from '../lib/router';
import { errorState, pageHeader } from './common';
import { stageIds, stageTitle } from './labels';
import { byStage, funnelExitsText, funnelRows, needsReason, neighbourStage, stageMove, timeInStageText } from './loop_model';

interface Board {
  app: App;
  opening: Opening;
  stages: string[];
  counts: Map<string, number>;
  medians: Map<string, number | null>; // median time in each stage so far
  asOf: number; // when the server counted (ms since 1970)
  funnel: PipelineFunnel | null; // how far the candidates got (absent from an older server)
  candidates: StagedCandidate[];
  status: HTMLElement;
  focusAfter?: string; // the card to focus once the board is drawn again
}

export async function pipelinePage(app: App, params: Record<string, string>): Promise<void> {
  const id = params.id;
  const status = h('p', { class: 'board-status', role: 'status', 'aria-live': 'polite' });
  const board = await loadBoard(app, id, status);
  if (!board) return;
  drawBoard(board);
}

async function loadBoard(app: App, id: string, status: HTMLElement): Promise<Board | null> {
  try {
    const [opening, pipeline, listing] = await Promise.all([
      app.api.get<Opening>(`/openings/${encodeURIComponent(id)}`),
      app.api.get<Pipeline>(`/openings/${encodeURIComponent(id)}/pipeline`),
      app.api.get<Listing<StagedCandidate>>('/candidates', { opening_id: id, limit: 500 }),
    ]);
    const stages = pipeline.stages?.length ? pipeline.stages.map((s) => s.id) : stageIds(app.playbook);
    const counts = new Map((pipeline.stages ?? []).map((s) => [s.id, s.count] as [string, number]));
    const medians = new Map((pipeline.stages ?? []).map((s) => [s.id, s.median_ms_in_stage] as [string, number | null]));
    return { app, opening, stages, counts, medians, asOf: pipeline.as_of, funnel: pipeline.funnel ?? null, candidates: listing.items, status };
  } catch (error) {
    replace(app.main, pageHeader('Pipeline'), errorState(error));
    return null;
  }
}

function drawBoard(board: Board): void {
  const { app, opening } = board;
  const columns = byStage(board.candidates, board.stages);
  replace(
    app.main,
    pageHeader(`Pipeline: ${opening.title}`, h('a', { class: 'button secondary', href: pathTo('/openings/:id', { id: opening.id }) }, 'Opening and kit')),
    app.isManager()
      ? h('p', { class: 'lede' }, 'Move a candidate with the stage menu on their card, with the left and right arrow keys on a focused card, or by dragging the card to another column.')
      : h('p', { class: 'lede' }, 'Where each candidate of this opening stands.'),
    board.status,
    h(
      'div',
      { class: 'board', role: 'region', 'aria-label': 'Pipeline board', tabindex: '0' },
      board.stages.map((stage) => column(board, stage, columns.get(stage) ?? [])),
    ),
    board.funnel ? funnelSection(board.funnel) : null,
  );
  if (board.focusAfter) app.main.querySelector<HTMLElement>(`[data-candidate="${CSS.escape(board.focusAfter)}"]`)?.focus();
}

// How far this opening's candidates got: a row per stage with how many
// reached it and the share of the previous stage; the exits (rejected,
// withdrawn) said apart below.
function funnelSection(funnel: PipelineFunnel): HTMLElement {
  return h(
    'section',
    { class: 'funnel', 'aria-labelledby': 'funnel-h' },
    h('h2', { id: 'funnel-h' }, 'Funnel'),
    h('p', { class: 'muted small' }, `How far the ${funnel.candidates === 1 ? 'one candidate' : `${funnel.candidates} candidates`} of this opening got, from their recorded stage moves. Someone who skipped a stage counts as having passed it.`),
    h(
      'table',
      { class: 'table funnel-table' },
      h('caption', { class: 'visually-hidden' }, 'Candidates who reached each stage'),
      h('thead', null, h('tr', null, ['Stage', 'Reached', 'Of the previous stage'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        null,
        funnelRows(funnel).map((row) => h('tr', { 'data-funnel-stage': row.id }, h('th', { scope: 'row' }, row.title), h('td', null, String(row.reached)), h('td', null, row.share))),
      ),
    ),
    funnel.exits.length ? h('p', { 'data-funnel-exits': '' }, 'Left the process (counted apart): ', funnelExitsText(funnel)) : null,
  );
}

function column(board: Board, stage: string, candidates: StagedCandidate[]): HTMLElement {
  const headingId = uid('stage');
  const count = board.counts.get(stage) ?? candidates.length;
  const list = h('ul', { class: 'board-cards' }, candidates.map((c) => card(board, c, stage)));
  const section = h(
    'section',
    { class: 'board-column', 'data-stage': stage, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, stageTitle(board.app.playbook, stage), ' ', h('span', { class: 'count' }, `(${count})`)),
    count && board.medians.get(stage) != null ? h('p', { class: 'muted small', 'data-median': stage }, `Median time here: ${timeInStageText(board.medians.get(stage))}`) : null,
    candidates.length ? list : h('p', { class: 'muted small' }, 'Nobody at this stage.'),
  );
  if (board.app.isManager()) {
    section.addEventListener('dragover', (event) => {
      event.preventDefault();
      section.classList.add('drop-target');
    });
    section.addEventListener('dragleave', () => section.classList.remove('drop-target'));
    section.addEventListener('drop', (event) => {
      event.preventDefault();
      section.classList.remove('drop-target');
      const dragged = board.candidates.find((c) => c.id === event.dataTransfer?.getData('text/plain'));
      if (dragged) requestMove(board, dragged, stage);
    });
  }
  return section;
}

function card(board: Board, candidate: StagedCandidate, stage: string): HTMLElement {
  const manager = board.app.isManager();
  const item = h(
    'li',
    { class: 'board-card', 'data-candidate': candidate.id, tabindex: manager ? '0' : undefined, draggable: manager ? 'true' : undefined },
    h('a', { href: pathTo('/candidates/:id', { id: candidate.id }) }, candidate.name),
    candidate.stage_reason ? h('p', { class: 'muted small' }, candidate.stage_reason) : null,
    candidate.stage_entered_at ? h('p', { class: 'muted small', 'data-in-stage': '' }, `In this stage ${timeInStageText(board.asOf - candidate.stage_entered_at)}`) : null,
  );
  if (!manager) return item;
  const selectId = uid('move');
  const select = h(
    'select',
    { id: selectId, name: 'stage' },
    board.stages.map((s) => h('option', { value: s }, stageTitle(board.app.playbook, s))),
  );
  select.value = stage;
  select.addEventListener('change', () => {
    if (select.value !== stage) requestMove(board, candidate, select.value, () => (select.value = stage));
  });
  item.append(h('label', { for: selectId, class: 'visually-hidden' }, `Stage of ${candidate.name}`), select);
  item.addEventListener('keydown', (event) => {
    if (event.target !== item || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const target = neighbourStage(board.stages, stage, event.key === 'ArrowLeft' ? -1 : 1);
    if (target) requestMove(board, candidate, target);
  });
  item.addEventListener('dragstart', (event) => event.dataTransfer?.setData('text/plain', candidate.id));
  return item;
}

// Moves `candidate` to `stage`, asking first why when the stage needs it.
function requestMove(board: Board, candidate: StagedCandidate, stage: string, onCancel: () => void = () => {}): void {
  if (needsReason(board.app.playbook, stage)) {
    askReason(board, candidate, stage, onCancel);
    return;
  }
  void move(board, candidate, stage, '');
}

async function move(board: Board, candidate: StagedCandidate, stage: string, reason: string): Promise<string | null> {
  const checked = stageMove(board.app.playbook, stage, reason);
  if ('error' in checked) return checked.error;
  try {
    await board.app.api.patch(`/candidates/${encodeURIComponent(candidate.id)}`, checked.body);
  } catch (error) {
    board.status.setAttribute('role', 'alert');
    board.status.textContent = `${candidate.name} was not moved: ${messageOf(error)}`;
    return messageOf(error);
  }
  board.status.setAttribute('role', 'status');
  board.status.textContent = `${candidate.name} moved to ${stageTitle(board.app.playbook, stage)}.`;
  const fresh = await loadBoard(board.app, board.opening.id, board.status);
  if (fresh) drawBoard({ ...fresh, focusAfter: candidate.id });
  return null;
}

// The inline step that asks why before a move to rejected or withdrawn;
// Escape or Cancel closes it and leaves the candidate where they were.
function askReason(board: Board, candidate: StagedCandidate, stage: string, onCancel: () => void): void {
  const cardEl = board.app.main.querySelector<HTMLElement>(`[data-candidate="${CSS.escape(candidate.id)}"]`);
  cardEl?.querySelector('.reason-step')?.remove();
  const areaId = uid('why');
  const errorId = `${areaId}-error`;
  const area = h('textarea', { id: areaId, name: 'stage_reason', rows: 2, required: true, 'aria-describedby': errorId });
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const close = () => {
    step.remove();
    onCancel();
    cardEl?.focus();
  };
  const step = h(
    'form',
    { class: 'reason-step', novalidate: true, 'data-reason-for': stage },
    h('label', { for: areaId }, stage === 'withdrawn' ? `Why did ${candidate.name} withdraw?` : `Why is ${candidate.name} rejected?`),
    area,
    error,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, `Move to ${stageTitle(board.app.playbook, stage)}`), h('button', { type: 'button', class: 'secondary', onclick: close }, 'Cancel')),
  );
  step.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  step.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = await move(board, candidate, stage, area.value);
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
      area.setAttribute('aria-invalid', 'true');
      area.focus();
    }
  });
  (cardEl ?? board.app.main).append(step);
  area.focus();
}
