// The application shell: who is signed in, the playbook, the navigation and
// which page is shown. Pages are functions (app, params) → Promise<void> that
// render into app.main; links with a same-origin href navigate without a
// reload (history API).
import { ApiClient } from './api/client';
import type { PlaybookSummary, Role, SessionInfo, User } from './api/types';
import { clearAllDrafts, draftStore, type DraftStore } from './lib/drafts';
import { h, replace } from './lib/dom';
import { matchRoute, type RouteDef } from './lib/router';

export interface App {
  api: ApiClient;
  user: User | null;
  playbook: PlaybookSummary | null;
  drafts: DraftStore;
  main: HTMLElement;
  navigate(path: string, options?: { replace?: boolean }): void;
  signedIn(session: SessionInfo): void;
  signOut(): Promise<void>;
  isManager(): boolean;
}

export type Page = (app: App, params: Record<string, string>) => Promise<void> | void;

export interface PageRoute {
  page: Page;
  title: string;
  public?: boolean;
  roles?: Role[]; // who may open it; everyone signed in when absent
}

interface NavItem {
  href: string;
  label: string;
  roles?: Role[];
}

const MANAGERS: Role[] = ['admin', 'hiring_manager'];

export const NAV: NavItem[] = [
  { href: '/briefs', label: 'Briefs', roles: MANAGERS },
  { href: '/openings', label: 'Openings' },
  { href: '/candidates', label: 'Candidates' },
  { href: '/my-interviews', label: 'My interviews' },
  { href: '/team', label: 'Team', roles: MANAGERS },
  { href: '/proposals', label: 'Proposals', roles: MANAGERS },
  { href: '/plans', label: 'Plans', roles: MANAGERS },
  { href: '/users', label: 'Users', roles: ['admin'] },
  { href: '/audit', label: 'Audit log', roles: ['admin'] },
];

// The nav entries `role` may use.
export function navFor(role: Role | undefined): NavItem[] {
  if (!role) return [];
  return NAV.filter((item) => !item.roles || item.roles.includes(role));
}

export function homeFor(role: Role | undefined): string {
  return role === 'interviewer' ? '/candidates' : '/briefs';
}

export function createApp(root: HTMLElement, routes: RouteDef<PageRoute>[]): App {
  const header = h('header', { class: 'top' });
  const main = h('main', { id: 'main', tabindex: '-1' });
  // The server's stale-playbook warning (GET /playbook `stale`), shown on every page.
  const notice = h('div', { class: 'notice' });
  root.replaceChildren(header, notice, main);

  const app: App = {
    api: new ApiClient(),
    user: null,
    playbook: null,
    drafts: draftStore('anonymous'),
    main,
    navigate(path, options) {
      if (options?.replace) history.replaceState(null, '', path);
      else history.pushState(null, '', path);
      void render();
    },
    signedIn(session) {
      app.user = session.user;
      app.drafts = draftStore(session.user.id);
      if (session.csrf_token) app.api.setCsrfToken(session.csrf_token);
      renderHeader();
    },
    async signOut() {
      try {
        await app.api.post('/logout');
      } catch {
        // the session is gone either way
      }
      app.user = null;
      app.api.setCsrfToken('');
      // Signing out leaves nothing typed behind in a shared browser.
      clearAllDrafts();
      app.drafts = draftStore('anonymous');
      renderHeader();
      app.navigate('/signin');
    },
    isManager() {
      return app.user?.role === 'admin' || app.user?.role === 'hiring_manager';
    },
  };

  app.api.onUnauthenticated = () => {
    if (location.pathname === '/signin') return;
    app.user = null;
    renderHeader();
    app.navigate(`/signin?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  };

  function renderHeader() {
    const stale = app.playbook?.stale;
    replace(notice, stale ? h('p', { class: 'banner banner-warn', role: 'status', 'data-stale-playbook': '' }, stale) : null);
    const items = navFor(app.user?.role);
    replace(
      header,
      h('a', { class: 'brand', href: app.user ? homeFor(app.user.role) : '/signin' }, 'firsthire'),
      app.user
        ? h(
            'nav',
            { 'aria-label': 'Main' },
            h(
              'ul',
              null,
              items.map((item) =>
                h(
                  'li',
                  null,
                  h(
                    'a',
                    {
                      href: item.href,
                      'aria-current': location.pathname.startsWith(item.href) ? 'page' : undefined,
                    },
                    item.label,
                  ),
                ),
              ),
            ),
          )
        : null,
      app.user
        ? h(
            'div',
            { class: 'who' },
            h('a', { href: '/account', title: 'Your account and password' }, `${app.user.name} · ${app.user.role.replace('_', ' ')}`),
            h('button', { type: 'button', class: 'link', onclick: () => void app.signOut() }, 'Sign out'),
          )
        : null,
    );
  }

  async function render() {
    const path = location.pathname;
    const match = matchRoute(routes, path);
    renderHeader();
    if (!match) {
      document.title = 'Not found · firsthire';
      replace(main, h('h1', null, 'Page not found'), h('p', null, h('a', { href: '/' }, 'Go to the start page')));
      return;
    }
    const { route, params } = match;
    if (!route.public && !app.user) {
      app.navigate(`/signin?next=${encodeURIComponent(path)}`, { replace: true });
      return;
    }
    if (route.roles && app.user && !route.roles.includes(app.user.role)) {
      document.title = 'Not allowed · firsthire';
      replace(main, h('h1', null, 'Not allowed'), h('p', null, 'Your role cannot open this page.'));
      return;
    }
    document.title = `${route.title} · firsthire`;
    main.setAttribute('aria-busy', 'true');
    replace(main, h('p', { class: 'loading' }, 'Loading…'));
    try {
      await route.page(app, params);
    } catch (error) {
      replace(main, h('h1', null, route.title), h('p', { class: 'banner banner-error', role: 'alert' }, String((error as Error)?.message ?? error)));
    } finally {
      main.removeAttribute('aria-busy');
    }
  }

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    app.navigate(url.pathname + url.search);
    main.focus();
  });
  window.addEventListener('popstate', () => void render());

  (app as App & { render: () => Promise<void> }).render = render;
  return app;
}

export async function start(app: App): Promise<void> {
  const onUnauthenticated = app.api.onUnauthenticated;
  app.api.onUnauthenticated = () => {};
  try {
    const session = await app.api.get<SessionInfo>('/session');
    app.signedIn(session);
  } catch {
    app.user = null;
  } finally {
    app.api.onUnauthenticated = onUnauthenticated;
  }
  try {
    app.playbook = await app.api.get<PlaybookSummary>('/playbook');
  } catch {
    app.playbook = null;
  }
  if (location.pathname === '/' || (location.pathname === '/signin' && app.user)) {
    history.replaceState(null, '', app.user ? homeFor(app.user.role) : '/signin');
  }
  await (app as App & { render: () => Promise<void> }).render();
}
