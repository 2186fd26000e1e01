// The shell's DOM: the header with the navigation, the stale-playbook
// notice, and the pages the shell itself shows (not found, not allowed, a
// page's failure, loading).
import type { SessionUser } from '../api/types';
import { h, type Child } from '../lib/dom';
import type { NavItem } from './shell_model';

export function headerView(user: SessionUser | null, items: NavItem[], pathname: string, home: string, signOut: () => void): Child[] {
  if (!user) return [h('a', { class: 'brand', href: '/signin' }, 'firsthire')];
  return [
    h('a', { class: 'brand', href: home }, 'firsthire'),
    h('nav', { 'aria-label': 'Main' }, h('ul', null, items.map((item) => navLink(item, pathname)))),
    h(
      'div',
      { class: 'who' },
      h('a', { href: '/account', title: 'Your account and password' }, `${user.name} · ${user.role.replace('_', ' ')}`),
      h('button', { type: 'button', class: 'link', onclick: signOut }, 'Sign out'),
    ),
  ];
}

function navLink(item: NavItem, pathname: string): HTMLElement {
  const current = pathname.startsWith(item.href) ? 'page' : undefined;
  return h('li', null, h('a', { href: item.href, 'aria-current': current }, item.label));
}

// The server's stale-playbook warning (GET /playbook `stale`), or nothing.
export function staleNotice(stale: string | null | undefined): HTMLElement | null {
  return stale ? h('p', { class: 'banner banner-warn', role: 'status', 'data-stale-playbook': '' }, stale) : null;
}

export function notFoundView(): Child[] {
  return [h('h1', null, 'Page not found'), h('p', null, h('a', { href: '/' }, 'Go to the start page'))];
}

export function notAllowedView(): Child[] {
  return [h('h1', null, 'Not allowed'), h('p', null, 'Your role cannot open this page.')];
}

export function loadingView(): HTMLElement {
  return h('p', { class: 'loading' }, 'Loading…');
}

export function pageFailedView(title: string, error: unknown): Child[] {
  return [h('h1', null, title), h('p', { class: 'banner banner-error', role: 'alert' }, String((error as Error)?.message ?? error))];
}
