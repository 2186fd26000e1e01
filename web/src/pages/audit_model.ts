// The audit-log page's pure logic: filters read from and written to the URL
// query, the API query they make, the page range text and the previous/next
// offsets, and how one entry reads (local time, the actor's name when the
// actor is a known user, the object as type + id).
import type { AuditEntry, User } from '../api/types';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  object_type: string;
  object_id: string;
  actor: string;
  offset: number;
}

export const NO_FILTERS: AuditFilters = { object_type: '', object_id: '', actor: '', offset: 0 };

// The filters a URL query (`location.search`) holds; anything missing or
// malformed is "any" (offset: 0).
export function filtersFromSearch(search: string): AuditFilters {
  const query = new URLSearchParams(search);
  const offset = Number(query.get('offset') ?? '0');
  return {
    object_type: (query.get('object_type') ?? '').trim(),
    object_id: (query.get('object_id') ?? '').trim(),
    actor: (query.get('actor') ?? '').trim(),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

function set(filters: AuditFilters): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of ['object_type', 'object_id', 'actor'] as const) {
    const value = filters[key].trim();
    if (value) pairs.push([key, value]);
  }
  return pairs;
}

// What GET /api/v1/audit is asked: the filters that are set, the page size
// and the offset.
export function auditQuery(filters: AuditFilters, limit = AUDIT_PAGE_SIZE): Record<string, string | number> {
  return { ...Object.fromEntries(set(filters)), limit, offset: Math.max(0, filters.offset) };
}

// The page's own URL for these filters ("/audit?object_type=candidate&offset=50");
// the defaults are left out, so no filter is plain "/audit".
export function auditPath(filters: AuditFilters): string {
  const pairs = set(filters);
  if (filters.offset > 0) pairs.push(['offset', String(filters.offset)]);
  const text = new URLSearchParams(pairs).toString();
  return `/audit${text ? `?${text}` : ''}`;
}

export function anyFilter(filters: AuditFilters): boolean {
  return set(filters).length > 0;
}

// "entries 51–100 of 120" for the page shown; "No entries" when there are none.
export function rangeText(offset: number, shown: number, total: number): string {
  if (total <= 0 || shown <= 0) return total > 0 ? `No entries on this page (${total} in all)` : 'No entries';
  return `entries ${offset + 1}–${offset + shown} of ${total}`;
}

// The offsets of the previous and next pages; null when there is none.
export function pageOffsets(offset: number, limit: number, total: number): { previous: number | null; next: number | null } {
  return {
    previous: offset > 0 ? Math.max(0, offset - limit) : null,
    next: offset + limit < total ? offset + limit : null,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// `at` (ms since 1970, UTC) as the browser's local date and time,
// "2026-11-23 15:57:02".
export function formatWhen(at: number): string {
  const d = new Date(at);
  if (!Number.isFinite(at) || Number.isNaN(d.getTime())) return '–';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

// Who did it: "Name (email)" when the actor is a known user id, else the raw
// actor ("anonymous", a removed user's id…).
export function actorLabel(actor: string, users: readonly User[]): string {
  if (!actor) return '–';
  const user = users.find((u) => u.id === actor);
  if (!user) return actor;
  if (user.name && user.email) return `${user.name} (${user.email})`;
  return user.name || user.email || actor;
}

export function objectLabel(entry: Pick<AuditEntry, 'object_type' | 'object_id'>): string {
  return [entry.object_type, entry.object_id].filter(Boolean).join(' ') || '–';
}

export interface AuditRow {
  seq: number;
  when: string;
  iso: string;
  who: string;
  action: string;
  object: string;
  detail: string;
}

// One entry as the table shows it.
export function formatEntry(entry: AuditEntry, users: readonly User[]): AuditRow {
  const date = new Date(entry.at);
  return {
    seq: entry.seq,
    when: formatWhen(entry.at),
    iso: Number.isNaN(date.getTime()) ? '' : date.toISOString(),
    who: actorLabel(entry.actor, users),
    action: entry.action,
    object: objectLabel(entry),
    detail: entry.detail,
  };
}
