// Candidates: the list with text search and filters, and the import from a
// CSV file or JSON Resume, read by the server (all rows or, when asked, the
// good ones only) with a per-row error report.
import type { App } from '../app';
import type { Listing, Opening, PlaybookSummary, StagedCandidate } from '../api/types';
import { candidateCount, candidateListPath, type CandidateListParams } from './candidates_model';
import { importContentType, importQuery, outcomeOfAnswer, outcomeOfError, outcomeRows, outcomeSummary, type ImportAnswer, type ImportOutcome } from './candidate_import_model';
import { debounce } from '../lib/drafts';
import { h, humanize, replace, type Child } from '../lib/dom';
import { field } from '../lib/forms';
import { pathTo } from '../lib/router';
import { emptyState, errorState, pageHeader, takeFlash } from './common';
import { stageIds, stageTitle } from './labels';
import { isClosed } from './edit_model';

export async function candidateListPage(app: App): Promise<void> {
  const openings = await openingList(app);
  const filters = candidateFilters(app, new URLSearchParams(location.search), openings);
  const results = h('div', { 'aria-live': 'polite' });
  const count = h('p', { class: 'muted', role: 'status' });
  const load = async () => {
    const params = filters.params();
    history.replaceState(null, '', candidateListPath(params));
    results.setAttribute('aria-busy', 'true');
    try {
      const listing = withStage(await app.api.get<Listing<StagedCandidate>>('/candidates', params), params.stage);
      count.textContent = candidateCount(listing.total);
      replace(results, listing.items.length ? candidatesTable(app, listing.items, openings) : emptyState(params.q || params.stage || params.opening_id ? 'No candidate matches.' : 'No candidates yet.'));
    } catch (error) {
      replace(results, errorState(error));
    } finally {
      results.removeAttribute('aria-busy');
    }
  };
  filters.onChange(() => void load());
  // A notice left by the page before (the erasure of a candidate).
  const flash = takeFlash();
  replace(
    app.main,
    pageHeader('Candidates'),
    flash ? h('p', { class: 'banner banner-ok', role: 'status', 'data-flash': '' }, flash) : null,
    filters.form,
    count,
    results,
    app.isManager() ? importSection(app, openings, () => void load()) : null,
  );
  await load();
}

async function openingList(app: App): Promise<Opening[]> {
  try {
    return (await app.api.get<Listing<Opening>>('/openings', { limit: 200 })).items;
  } catch {
    return [];
  }
}

interface CandidateFilters {
  form: HTMLFormElement;
  params(): CandidateListParams;
  onChange(load: () => void): void;
}

// Search (as the user types), the pipeline stage (the playbook's stages) and the opening.
function candidateFilters(app: App, query: URLSearchParams, openings: Opening[]): CandidateFilters {
  const search = field({ label: 'Search candidates', name: 'q', type: 'search', value: query.get('q') ?? '', placeholder: 'name, email, notes…' });
  const stage = field({
    label: 'Stage',
    name: 'stage',
    value: query.get('stage') ?? '',
    options: [{ value: '', label: 'Any stage' }, ...stageIds(app.playbook).map((id) => ({ value: id, label: stageTitle(app.playbook, id) }))],
  });
  const opening = field({
    label: 'Opening',
    name: 'opening_id',
    value: query.get('opening_id') ?? '',
    options: [{ value: '', label: 'Any opening' }, ...openings.map((o) => ({ value: o.id, label: o.title }))],
  });
  const form = h('form', { class: 'filters', role: 'search' }, search.wrapper, stage.wrapper, opening.wrapper);
  return {
    form,
    params: () => ({ q: search.control.value.trim(), stage: stage.control.value, opening_id: opening.control.value, limit: 100 }),
    onChange(load) {
      search.control.addEventListener('input', debounce(load, 250));
      stage.control.addEventListener('change', load);
      opening.control.addEventListener('change', load);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        load();
      });
    },
  };
}

function candidatesTable(app: App, items: StagedCandidate[], openings: Opening[]): HTMLElement {
  const row = (c: StagedCandidate) =>
    h(
      'tr',
      null,
      h('td', null, h('a', { href: pathTo('/candidates/:id', { id: c.id }) }, c.name)),
      h('td', null, String(c.profile?.role ?? '')),
      h('td', null, openings.find((o) => o.id === c.opening_id)?.title ?? ''),
      h('td', { 'data-stage': c.stage ?? '' }, candidateStageText(app.playbook, c)),
    );
  return h(
    'table',
    { class: 'table' },
    h('caption', { class: 'visually-hidden' }, 'Candidates'),
    h('thead', null, h('tr', null, ['Name', 'Role', 'Opening', 'Stage'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', null, items.map(row)),
  );
}

function importSection(app: App, openings: Opening[], onDone: () => void): HTMLElement {
  const file = field({ label: 'CSV or JSON Resume file', name: 'file', type: 'file', hint: 'CSV columns: name (required), email, role, cost, codes and the six trait levels 0–5.' });
  file.control.setAttribute('accept', '.csv,.json,text/csv,application/json');
  const opening = field({
    label: 'Add them to opening',
    name: 'import_opening',
    // A closed opening takes no new candidates (the server refuses them too).
    options: [{ value: '', label: 'No opening' }, ...openings.filter((o) => !isClosed(o)).map((o) => ({ value: o.id, label: o.title }))],
  });
  const summary = h('p', { role: 'status', 'aria-live': 'polite' });
  const report = h('div');
  const button = h('button', { type: 'submit', class: 'primary' }, 'Import');
  const form = h('form', { class: 'card', 'aria-labelledby': 'import-h', novalidate: true }, h('h2', { id: 'import-h' }, 'Import candidates'), file.wrapper, opening.wrapper, button, summary, report);

  const send = async (skipBadRows: boolean) => {
    const chosen = (file.control as HTMLInputElement).files?.[0];
    if (!chosen) {
      summary.textContent = 'Choose a file first.';
      file.control.focus();
      return;
    }
    const text = await chosen.text();
    button.disabled = true;
    summary.textContent = 'Importing…';
    const outcome = await app.api
      .postFile<ImportAnswer>('/candidates/import', text, importContentType(chosen.name, text), importQuery(opening.control.value, skipBadRows))
      .then(outcomeOfAnswer, outcomeOfError);
    button.disabled = false;
    summary.textContent = outcomeSummary(outcome);
    replace(report, importReport(outcome, () => void send(true)));
    if (outcome.kind === 'imported') onDone();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(false);
  });
  return form;
}

// The rows the server could not read, with their line, and for a refused
// file the offer to import the good rows only.
function importReport(outcome: ImportOutcome, importGoodRows: () => void): Child[] {
  const rows = outcomeRows(outcome);
  return [
    rows.length
      ? h(
          'table',
          { class: 'table errors' },
          h('caption', null, outcome.kind === 'imported' ? 'Rows skipped' : 'Rows with errors'),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Line'), h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Problem'))),
          h('tbody', null, rows.map((e) => h('tr', { 'data-line': e.line }, h('td', null, e.line), h('td', null, e.field || '—'), h('td', null, e.message)))),
        )
      : null,
    outcome.kind === 'refused' ? h('button', { type: 'button', class: 'secondary', onclick: importGoodRows }, 'Import the good rows') : null,
  ];
}

// A candidate's stage in words; the old status, made readable, for a server
// that does not send stages yet.
export function candidateStageText(playbook: PlaybookSummary | null, candidate: StagedCandidate): string {
  if (candidate.stage) return stageTitle(playbook, candidate.stage);
  return candidate.status ? humanize(candidate.status) : '';
}

// The listing filtered to `stage` on this side too, in case the server does
// not filter by stage; candidates without a stage (older server) stay.
export function withStage(listing: Listing<StagedCandidate>, stage: string): Listing<StagedCandidate> {
  if (!stage || listing.items.every((c) => c.stage === undefined || c.stage === stage)) return listing;
  const items = listing.items.filter((c) => c.stage === undefined || c.stage === stage);
  return { ...listing, items, total: listing.total - (listing.items.length - items.length) };
}
