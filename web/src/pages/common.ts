// Pieces every page uses: headings with actions, empty and error states,
// titles from the playbook, and small formatters.
import { messageOf } from '../api/client';
import type { PlaybookSummary } from '../api/types';
import { h, humanize, type Child } from '../lib/dom';

export function pageHeader(title: string, ...actions: Child[]): HTMLElement {
  return h('div', { class: 'page-header' }, h('h1', null, title), actions.length ? h('div', { class: 'actions' }, actions) : null);
}

export function emptyState(text: string, ...actions: Child[]): HTMLElement {
  return h('div', { class: 'empty' }, h('p', null, text), actions);
}

export function errorState(error: unknown): HTMLElement {
  return h('p', { class: 'banner banner-error', role: 'alert' }, messageOf(error));
}

export function linkButton(href: string, label: string, kind: 'primary' | 'secondary' = 'primary'): HTMLElement {
  return h('a', { class: `button ${kind}`, href }, label);
}

// The playbook rule behind a conclusion, folded behind a "Why?" disclosure
// so the sentence reads plainly and the rule id is one click away.
export function ruleTag(rule: string): HTMLElement {
  return h(
    'details',
    { class: 'why', 'data-rule': rule },
    h('summary', null, 'Why?'),
    h('span', { class: 'why-body' }, 'This comes from the playbook rule ', h('code', { class: 'rule' }, rule), '. The playbook holds every rule and its wording; an admin can change it.'),
  );
}

// A reason with the playbook rule that produced it (behind "Why?").
export function reasoned(reason: string, rule: string): HTMLElement {
  return h('div', { class: 'reason' }, h('span', { class: 'reason-text' }, reason), ' ', ruleTag(rule));
}

// A fit score in words, for a route's or an option's points: the sign and
// size said as a person would ("strong fit", "poor fit") instead of "+4/−1".
export function fitWords(points: number): string {
  if (points >= 4) return 'strong fit';
  if (points >= 2) return 'good fit';
  if (points >= 1) return 'slight fit';
  if (points > -1) return 'neutral';
  if (points > -3) return 'poor fit';
  return 'very poor fit';
}

// A share of a maximum as a whole percentage ("78%"); "–" without a maximum.
export function percentOf(value: number | null | undefined, max: number | null | undefined): string {
  if (value == null || max == null || !Number.isFinite(value) || !Number.isFinite(max) || max <= 0) return '–';
  return `${Math.round((100 * value) / max)}%`;
}

type TitledList = { id: string; title: string }[] | undefined;

function titleIn(list: TitledList, id: string): string {
  return list?.find((item) => item.id === id)?.title ?? humanize(id);
}

export function categoryTitle(playbook: PlaybookSummary | null, id: string): string {
  return titleIn(playbook?.categories, id);
}
export function traitTitle(playbook: PlaybookSummary | null, id: string): string {
  return titleIn(playbook?.traits, id);
}
export function archetypeTitle(playbook: PlaybookSummary | null, id: string): string {
  return titleIn(playbook?.archetypes, id);
}
export function routeTitle(playbook: PlaybookSummary | null, id: string): string {
  return titleIn(playbook?.routes?.list, id);
}
export function flagTitle(playbook: PlaybookSummary | null, id: string): string {
  return titleIn(playbook?.red_flags, id);
}

// The trait ids in the playbook's order.
export function traitIds(playbook: PlaybookSummary | null): string[] {
  return playbook?.traits?.map((t) => t.id) ?? [];
}

// The interview categories' ids in the playbook's order.
export function categoryIds(playbook: PlaybookSummary | null): string[] {
  return playbook?.categories?.map((c) => c.id) ?? [];
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function badge(text: string, kind: 'good' | 'bad' | 'warn' | 'neutral'): HTMLElement {
  return h('span', { class: `badge badge-${kind}` }, text);
}

// A one-time notice for the next page (e.g. "erased" on the candidates list
// after an erasure): kept in sessionStorage so a reload in between keeps it;
// takeFlash() reads and forgets it.
const FLASH_KEY = 'firsthire.flash';

export function setFlash(text: string, storage: Storage | null = sessionStorageOrNull(), key = FLASH_KEY): void {
  try {
    storage?.setItem(key, text);
  } catch {
    // storage full or refused: the notice is a courtesy
  }
}

export function takeFlash(storage: Storage | null = sessionStorageOrNull(), key = FLASH_KEY): string {
  try {
    const text = storage?.getItem(key) ?? '';
    storage?.removeItem(key);
    return text;
  } catch {
    return '';
  }
}

export function sessionStorageOrNull(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
