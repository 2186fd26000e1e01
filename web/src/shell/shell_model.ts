// The shell's decisions, without the DOM: which navigation entries a role
// sees, where a role starts, whether a route may open for the signed-in user,
// and the navigation token that tells a page whether it is still the one
// being shown.
import type { Role, SessionUser } from '../api/types';

// One entry of the route table (src/routes.ts). `roles` says who may open
// the page and who sees its `nav` entry (everyone signed in when absent);
// `refusedBy: 'server'` opens the page for anyone signed in all the same, so
// the server's own refusal is shown as a sentence on the page.
export interface RouteEntry<P> {
  pattern: string;
  page: P;
  title: string;
  public?: boolean;
  roles?: Role[];
  nav?: string;
  refusedBy?: 'server';
}

export interface NavItem {
  href: string;
  label: string;
}

export const MANAGERS: Role[] = ['admin', 'hiring_manager'];
// The admin area of the navigation: users, the audit log, the mail outbox.
export const ADMINS: Role[] = ['admin'];

// The nav entries `role` may use, in the route table's order.
export function navFor<P>(routes: RouteEntry<P>[], role: Role | undefined): NavItem[] {
  if (!role) return [];
  return routes
    .filter((route) => route.nav && (!route.roles || route.roles.includes(role)))
    .map((route) => ({ href: route.pattern, label: route.nav ?? '' }));
}

export function homeFor(role: Role | undefined): string {
  return role === 'interviewer' ? '/candidates' : '/briefs';
}

export type Access = 'open' | 'signin' | 'forbidden';

// Whether `route` opens for `user`: the sign-in page first when nobody is
// signed in, a refusal when the role is not among the route's.
export function accessTo<P>(route: RouteEntry<P>, user: SessionUser | null): Access {
  if (route.public) return 'open';
  if (!user) return 'signin';
  if (route.roles && route.refusedBy !== 'server' && !route.roles.includes(user.role)) return 'forbidden';
  return 'open';
}

// A navigation: current until the next one begins, when its signal aborts.
export interface NavigationToken {
  readonly signal: AbortSignal;
  isCurrent(): boolean;
}

// Hands out navigation tokens; beginning one ends the one before.
export class Navigations {
  private serial = 0;
  private controller: AbortController | null = null;

  begin(): NavigationToken {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.serial += 1;
    const mine = this.serial;
    return { signal: controller.signal, isCurrent: () => mine === this.serial };
  }
}
