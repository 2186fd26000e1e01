// The mail-outbox page's pure logic: the state filter read from and written
// to the URL query, the API query it makes, and how one queued, sent or
// failed email reads (what it is, its state in words, its times in local time).
import type { OutboxMail } from '../api/types';
import { humanize } from '../lib/dom';
import { formatWhen } from './audit_model';

export const MAIL_PAGE_SIZE = 50;

export type MailState = OutboxMail['state'];
export const MAIL_STATES: readonly MailState[] = ['pending', 'sent', 'failed'];

export interface MailFilters {
  state: MailState | '';
  offset: number;
}

export const ALL_MAIL: MailFilters = { state: '', offset: 0 };

// What each kind of email is, as an admin would say it.
const KIND_LABELS: Record<OutboxMail['kind'], string> = {
  invite: 'Invitation',
  reset: 'Password reset',
  assignment: 'Interview assignment',
  reminder: 'Overdue scorecard reminder',
  scorecards_in: 'All scorecards in',
  scorecard_reopened: 'Scorecard reopened',
};

// The states in words, for the filter and the table.
export const STATE_LABELS: Record<MailState, string> = {
  pending: 'Waiting to be sent',
  sent: 'Sent',
  failed: 'Failed (given up)',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind as OutboxMail['kind']] ?? humanize(kind);
}

// The filter a URL query holds; an unknown state or a bad offset is "any".
export function mailFiltersFromSearch(search: string): MailFilters {
  const query = new URLSearchParams(search);
  const state = query.get('state') ?? '';
  const offset = Number(query.get('offset') ?? '0');
  return {
    state: (MAIL_STATES as readonly string[]).includes(state) ? (state as MailState) : '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

// What GET /api/v1/mail is asked.
export function mailQuery(filters: MailFilters, limit = MAIL_PAGE_SIZE): Record<string, string | number> {
  return { ...(filters.state ? { state: filters.state } : {}), limit, offset: Math.max(0, filters.offset) };
}

// The page's own URL ("/mail?state=failed"); no filter is plain "/mail".
export function mailPath(filters: MailFilters): string {
  const pairs: [string, string][] = [];
  if (filters.state) pairs.push(['state', filters.state]);
  if (filters.offset > 0) pairs.push(['offset', String(filters.offset)]);
  const text = new URLSearchParams(pairs).toString();
  return `/mail${text ? `?${text}` : ''}`;
}

export interface MailRow {
  id: string;
  kind: string;
  recipient: string;
  state: MailState;
  stateText: string;
  attempts: number;
  lastError: string;
  queued: string;
  // When it was sent; for a pending email, when the next attempt is due.
  when: string;
}

// One email as the table shows it. A pending email tried before says when
// it is tried again; a failed one keeps its last error.
export function formatMail(mail: OutboxMail): MailRow {
  let when = '–';
  if (mail.state === 'sent' && mail.sent_at > 0) when = `sent ${formatWhen(mail.sent_at)}`;
  else if (mail.state === 'pending') when = mail.attempts > 0 ? `next try ${formatWhen(mail.next_attempt_at)}` : 'at the next round';
  return {
    id: mail.id,
    kind: kindLabel(mail.kind),
    recipient: mail.recipient,
    state: mail.state,
    stateText: STATE_LABELS[mail.state] ?? humanize(mail.state),
    attempts: mail.attempts,
    lastError: mail.last_error || '–',
    queued: formatWhen(mail.created_at),
    when,
  };
}
