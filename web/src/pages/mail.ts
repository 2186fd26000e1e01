// The mail outbox (admins): every notification email the server queued,
// newest first, as GET /api/v1/mail returns it — what was sent, what waits
// for a retry and why, and what failed for good — with a state filter kept
// in the URL query and previous/next pages.
import type { App } from '../app';
import type { Listing, OutboxMail } from '../api/types';
import { h, replace } from '../lib/dom';
import { field } from '../lib/forms';
import { pageOffsets, rangeText } from './audit_model';
import { emptyState, errorState, pageHeader } from './common';
import { MAIL_PAGE_SIZE, MAIL_STATES, STATE_LABELS, formatMail, mailFiltersFromSearch, mailPath, mailQuery, type MailFilters } from './mail_model';

const STATE_BADGES = { pending: 'warn', sent: 'good', failed: 'bad' } as const;

export async function mailPage(app: App): Promise<void> {
  let filters = mailFiltersFromSearch(location.search);
  const state = field({
    label: 'State',
    name: 'state',
    value: filters.state,
    options: [{ value: '', label: 'Any state' }, ...MAIL_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }))],
  });
  const results = h('div', { class: 'mail-results', 'aria-live': 'polite' });
  const range = h('p', { class: 'muted', role: 'status', 'data-range': '' });
  let offsets = { previous: null as number | null, next: null as number | null };
  const previous = h('button', { type: 'button', class: 'secondary', onclick: () => offsets.previous !== null && void load({ ...filters, offset: offsets.previous }) }, 'Previous');
  const next = h('button', { type: 'button', class: 'secondary', onclick: () => offsets.next !== null && void load({ ...filters, offset: offsets.next }) }, 'Next');
  const pager = h('nav', { class: 'pager', 'aria-label': 'Mail outbox pages' }, previous, range, next);

  async function load(to: MailFilters): Promise<void> {
    filters = to;
    history.replaceState(null, '', mailPath(filters));
    results.setAttribute('aria-busy', 'true');
    try {
      const listing = await app.api.get<Listing<OutboxMail>>('/mail', mailQuery(filters));
      const offset = listing.offset ?? filters.offset;
      range.textContent = rangeText(offset, listing.items.length, listing.total);
      offsets = pageOffsets(offset, listing.limit || MAIL_PAGE_SIZE, listing.total);
      previous.disabled = offsets.previous === null;
      next.disabled = offsets.next === null;
      pager.hidden = listing.total === 0;
      replace(results, listing.items.length ? mailTable(listing.items) : emptyState(emptyText(filters)));
    } catch (error) {
      pager.hidden = true;
      replace(results, errorState(error));
    } finally {
      results.removeAttribute('aria-busy');
    }
  }

  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter the mail outbox', novalidate: true },
    state.wrapper,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load({ state: state.control.value as MailFilters['state'], offset: 0 });
  });
  replace(
    app.main,
    pageHeader('Mail outbox'),
    h('p', { class: 'muted' }, 'The notification emails, newest first. A server with SMTP configured sends waiting emails and retries failures with growing pauses before giving up.'),
    form,
    results,
    pager,
  );
  await load(filters);
}

function emptyText(filters: MailFilters): string {
  if (filters.state) return `No email is in the state “${STATE_LABELS[filters.state]}”.`;
  return 'No email has been queued yet. With notifications off (serve without --smtp) none is.';
}

function mailTable(items: OutboxMail[]): HTMLElement {
  const captionId = 'mail-caption';
  return h(
    'div',
    // Scrolls sideways on its own at narrow widths; focusable so the keyboard can scroll it.
    { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    h(
      'table',
      { class: 'table mail' },
      h('caption', { id: captionId }, 'Notification emails, newest first'),
      h('thead', null, h('tr', null, ['Email', 'To', 'State', 'Attempts', 'Last error', 'Queued', 'Sent or next try'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        null,
        items.map((mail) => {
          const row = formatMail(mail);
          return h(
            'tr',
            { 'data-mail': row.id, 'data-state': row.state, 'data-kind': mail.kind },
            h('td', null, row.kind),
            h('td', null, row.recipient),
            h('td', null, h('span', { class: `badge badge-${STATE_BADGES[row.state] ?? 'neutral'}` }, row.stateText)),
            h('td', null, String(row.attempts)),
            h('td', { class: 'mail-error' }, row.lastError),
            h('td', null, row.queued),
            h('td', null, row.when),
          );
        }),
      ),
    ),
  );
}
