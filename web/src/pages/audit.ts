// The audit log (admins): every write, newest first, as GET /api/v1/audit
// returns it, with filters for the object type, object id and actor kept in
// the URL query, and previous/next pages. Anyone else gets the API's 403,
// shown as a sentence rather than a broken page.
import type { App } from '../app';
import { ApiError, messageOf } from '../api/client';
import type { AuditEntry, Listing, User } from '../api/types';
import { h, replace } from '../lib/dom';
import { field } from '../lib/forms';
import { emptyState, errorState, pageHeader } from './common';
import {
  AUDIT_PAGE_SIZE,
  NO_FILTERS,
  anyFilter,
  auditPath,
  auditQuery,
  filtersFromSearch,
  formatEntry,
  pageOffsets,
  rangeText,
  type AuditFilters,
} from './audit_model';

// The nouns the server audits under (the store's record names, plus the
// backup's "database"); the object-type field suggests them, any text goes.
const OBJECT_TYPES = ['api_token', 'brief', 'candidate', 'database', 'decision', 'interview', 'opening', 'plan', 'proposal', 'scorecard', 'team_member', 'user'];

export async function auditPage(app: App): Promise<void> {
  const start = filtersFromSearch(location.search);
  let first: Listing<AuditEntry>;
  try {
    first = await app.api.get<Listing<AuditEntry>>('/audit', auditQuery(start));
  } catch (error) {
    replace(app.main, pageHeader('Audit log'), deniedOrError(error));
    return;
  }
  const users = await auditUsers(app);
  const filterForm = auditFilterForm(start, users);
  const view = auditResults(app, users, start);
  filterForm.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void view.load(filterForm.read());
  });
  filterForm.form.addEventListener('reset', (event) => {
    event.preventDefault();
    filterForm.clear();
    void view.load({ ...NO_FILTERS });
  });
  replace(
    app.main,
    pageHeader('Audit log'),
    h('p', { class: 'muted' }, 'Every change made through the API, newest first. Entries cannot be edited or deleted.'),
    filterForm.form,
    view.results,
    view.pager,
  );
  view.show(first);
}

// Names for the actors; the log still reads without them (raw ids).
async function auditUsers(app: App): Promise<User[]> {
  try {
    return (await app.api.get<Listing<User>>('/users', { limit: 500 })).items;
  } catch {
    return [];
  }
}

// The filters: object type (suggesting the audited nouns), object id, actor (suggesting the users).
function auditFilterForm(filters: AuditFilters, users: User[]): { form: HTMLFormElement; read(): AuditFilters; clear(): void } {
  const objectType = field({ label: 'Object type', name: 'object_type', value: filters.object_type, placeholder: 'e.g. candidate' });
  objectType.control.setAttribute('list', 'audit-object-types');
  const objectId = field({ label: 'Object id', name: 'object_id', value: filters.object_id });
  const actor = field({ label: 'Actor', name: 'actor', value: filters.actor, hint: 'A user id, or e.g. anonymous' });
  actor.control.setAttribute('list', 'audit-actors');
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter the audit log', novalidate: true },
    objectType.wrapper,
    objectId.wrapper,
    actor.wrapper,
    h('datalist', { id: 'audit-object-types' }, OBJECT_TYPES.map((t) => h('option', { value: t }))),
    h('datalist', { id: 'audit-actors' }, users.map((u) => h('option', { value: u.id, label: `${u.name} (${u.email})` }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply filters'), h('button', { type: 'reset', class: 'secondary' }, 'Clear')),
  );
  const controls = [objectType, objectId, actor].map((f) => f.control);
  return {
    form,
    read: () => ({ object_type: controls[0].value.trim(), object_id: controls[1].value.trim(), actor: controls[2].value.trim(), offset: 0 }),
    clear: () => controls.forEach((control) => (control.value = '')),
  };
}

interface AuditResults {
  results: HTMLElement;
  pager: HTMLElement;
  show(listing: Listing<AuditEntry>): void;
  load(filters: AuditFilters): Promise<void>;
}

// The entries with "entries X–Y of N" between Previous and Next; load() keeps the filters in the URL.
function auditResults(app: App, users: User[], start: AuditFilters): AuditResults {
  let filters = start;
  let offsets = { previous: null as number | null, next: null as number | null };
  const results = h('div', { class: 'audit-results', 'aria-live': 'polite' });
  const range = h('p', { class: 'muted', role: 'status', 'data-range': '' });
  const previous = h('button', { type: 'button', class: 'secondary', onclick: () => offsets.previous !== null && void view.load({ ...filters, offset: offsets.previous }) }, 'Previous');
  const next = h('button', { type: 'button', class: 'secondary', onclick: () => offsets.next !== null && void view.load({ ...filters, offset: offsets.next }) }, 'Next');
  const view: AuditResults = {
    results,
    pager: h('nav', { class: 'pager', 'aria-label': 'Audit log pages' }, previous, range, next),
    show(listing) {
      const shown = listing.items.length;
      range.textContent = rangeText(listing.offset ?? filters.offset, shown, listing.total);
      offsets = pageOffsets(listing.offset ?? filters.offset, listing.limit || AUDIT_PAGE_SIZE, listing.total);
      previous.disabled = offsets.previous === null;
      next.disabled = offsets.next === null;
      view.pager.hidden = listing.total === 0;
      replace(results, shown ? entriesTable(listing.items, users) : emptyState(anyFilter(filters) ? 'No entry matches these filters.' : 'The audit log is empty.'));
    },
    async load(to) {
      filters = to;
      history.replaceState(null, '', auditPath(filters));
      results.setAttribute('aria-busy', 'true');
      range.textContent = 'Loading entries…';
      previous.disabled = true;
      next.disabled = true;
      try {
        view.show(await app.api.get<Listing<AuditEntry>>('/audit', auditQuery(filters)));
      } catch (error) {
        range.textContent = '';
        replace(results, deniedOrError(error));
      } finally {
        results.removeAttribute('aria-busy');
      }
    },
  };
  return view;
}

function entriesTable(items: AuditEntry[], users: User[]): HTMLElement {
  const captionId = 'audit-caption';
  return h(
    'div',
    // Scrolls sideways on its own at narrow widths; focusable so the keyboard can scroll it.
    { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    h(
      'table',
      { class: 'table audit' },
      h('caption', { id: captionId }, 'Audit log entries, newest first'),
      h('thead', null, h('tr', null, ['When', 'Who', 'Action', 'Object', 'Detail'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        null,
        items.map((entry) => {
          const row = formatEntry(entry, users);
          return h(
            'tr',
            { 'data-seq': row.seq, 'data-action': row.action },
            h('td', null, h('time', { datetime: row.iso || undefined }, row.when)),
            h('td', { title: entry.actor }, row.who),
            h('td', null, h('code', null, row.action)),
            h('td', { class: 'audit-object' }, row.object),
            h('td', { class: 'audit-detail' }, row.detail),
          );
        }),
      ),
    ),
  );
}

// A 403 (anyone but an admin) as a plain sentence; other failures as they come.
function deniedOrError(error: unknown): HTMLElement {
  if (error instanceof ApiError && error.status === 403) {
    return h(
      'div',
      { class: 'banner banner-error', role: 'alert', 'data-denied': '' },
      h('p', null, h('strong', null, 'Not allowed. '), 'Only admins can read the audit log.'),
      h('p', null, `The server said: ${messageOf(error)}`),
    );
  }
  return errorState(error);
}
