// The application shell: who is signed in, the playbook, the navigation and
// which page is shown. Pages are functions (app, params) → Promise<void> that
// render into app.main; links with a same-origin href navigate without a
// reload (history API). Each navigation takes a token (shell_model.ts): a
// page still loading when the next navigation begins renders into a
// detached element, so only the current page ever reaches the screen, and
// its `app.signal` aborts.
import { ApiClient } from './api/client';
import type { PlaybookSummary, SessionInfo, SessionUser } from './api/types';
import { clearAllDrafts, draftStore, type DraftStore } from './lib/drafts';
import { h, replace } from './lib/dom';
import { matchRoute } from './lib/router';
import { accessTo, homeFor, Navigations, navFor, type NavigationToken, type RouteEntry } from './shell/shell_model';
import { headerView, loadingView, notAllowedView, notFoundView, pageFailedView, staleNotice } from './shell/shell_view';

export { homeFor } from './shell/shell_model';

export interface App {
  api: ApiClient;
  user: SessionUser | null;
  playbook: PlaybookSummary | null;
  drafts: DraftStore;
  main: HTMLElement;
  // Aborted once the user has moved on from the page being rendered.
  signal: AbortSignal;
  navigate(path: string, options?: { replace?: boolean }): void;
  signedIn(session: SessionInfo): void;
  signOut(): Promise<void>;
  isManager(): boolean;
}

export type Page = (app: App, params: Record<string, string>) => Promise<void> | void;

export type AppWithRender = App & { render: () => Promise<void> };

export function createApp(root: HTMLElement, routes: RouteEntry<Page>[]): AppWithRender {
  const header = h('header', { class: 'top' });
  const main = h('main', { id: 'main', tabindex: '-1' });
  const notice = h('div', { class: 'notice' });
  root.replaceChildren(header, notice, main);
  const navigations = new Navigations();

  const renderHeader = () => {
    replace(notice, staleNotice(app.playbook?.stale));
    const items = navFor(routes, app.user?.role);
    replace(header, ...headerView(app.user, items, location.pathname, homeFor(app.user?.role), () => void app.signOut()));
  };
  const app: AppWithRender = {
    ...sessionParts(() => app, renderHeader),
    api: new ApiClient(),
    user: null,
    playbook: null,
    drafts: draftStore('anonymous'),
    main,
    signal: new AbortController().signal,
    navigate(path, options) {
      if (options?.replace) history.replaceState(null, '', path);
      else history.pushState(null, '', path);
      void app.render();
    },
    render: () => renderPage(app, routes, navigations.begin(), renderHeader),
  };
  app.api.onUnauthenticated = () => {
    if (location.pathname === '/signin') return;
    app.user = null;
    renderHeader();
    app.navigate(`/signin?next=${encodeURIComponent(location.pathname)}`, { replace: true });
  };
  interceptLinks(app);
  window.addEventListener('popstate', () => void app.render());
  return app;
}

// Signing in and out, and the role test, over the app `self()` returns.
function sessionParts(self: () => App, renderHeader: () => void): Pick<App, 'signedIn' | 'signOut' | 'isManager'> {
  return {
    signedIn(session) {
      const app = self();
      app.user = session.user;
      app.drafts = draftStore(session.user.id);
      if (session.csrf_token) app.api.setCsrfToken(session.csrf_token);
      renderHeader();
    },
    async signOut() {
      const app = self();
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
      const role = self().user?.role;
      return role === 'admin' || role === 'hiring_manager';
    },
  };
}

// The app as one page sees it: `main` is the real one while the page is
// current and a detached element once the user has moved on.
export function pageView(app: App, token: NavigationToken): App {
  const detached = document.createElement('main');
  const view = Object.create(app) as App;
  Object.defineProperty(view, 'main', { get: () => (token.isCurrent() ? app.main : detached) });
  Object.defineProperty(view, 'signal', { value: token.signal });
  return view;
}

async function renderPage(app: App, routes: RouteEntry<Page>[], token: NavigationToken, renderHeader: () => void): Promise<void> {
  const path = location.pathname;
  const match = matchRoute(routes.map((route) => ({ pattern: route.pattern, value: route })), path);
  renderHeader();
  if (!match) {
    document.title = 'Not found · firsthire';
    replace(app.main, ...notFoundView());
    return;
  }
  const { route, params } = match;
  const access = accessTo(route, app.user);
  if (access === 'signin') return app.navigate(`/signin?next=${encodeURIComponent(path)}`, { replace: true });
  if (access === 'forbidden') {
    document.title = 'Not allowed · firsthire';
    replace(app.main, ...notAllowedView());
    return;
  }
  document.title = `${route.title} · firsthire`;
  const view = pageView(app, token);
  view.main.setAttribute('aria-busy', 'true');
  replace(view.main, loadingView());
  try {
    await route.page(view, params);
  } catch (error) {
    replace(view.main, ...pageFailedView(route.title, error));
  } finally {
    view.main.removeAttribute('aria-busy');
  }
}

// Same-origin links navigate inside the app (not /api/ ones, downloads or
// links to another window).
function interceptLinks(app: App): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    event.preventDefault();
    app.navigate(url.pathname + url.search);
    app.main.focus();
  });
}

export async function start(app: AppWithRender): Promise<void> {
  const onUnauthenticated = app.api.onUnauthenticated;
  app.api.onUnauthenticated = () => {};
  try {
    app.signedIn(await app.api.get<SessionInfo>('/session'));
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
  await app.render();
}
