// The shell: navigation per role and what signing out leaves behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, type Page } from './app';
import { ROUTES } from './routes';
import { navFor, type RouteEntry } from './shell/shell_model';
import { draftStore } from './lib/drafts';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('sign-out', () => {
  it('removes the drafts kept in this browser', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const app = createApp(root, []);
    app.signedIn({ user: { id: 'u1', email: 'a@x.test', name: 'Ana', role: 'interviewer' }, csrf_token: 't' });
    app.drafts.save('scorecard:c1', { scores: { eval_discipline: 4 } });
    draftStore('u1').save('brief:new', { 'workflow.name': 'Triage' });
    expect(localStorage.length).toBe(2);
    await app.signOut();
    expect(localStorage.length).toBe(0);
    expect(app.user).toBeNull();
  });
});

describe('navigation', () => {
  it('gives every role its own entries', () => {
    expect(navFor(ROUTES, 'interviewer').map((i) => i.href)).not.toContain('/users');
    expect(navFor(ROUTES, 'admin').map((i) => i.href)).toContain('/audit');
    for (const role of ['admin', 'hiring_manager', 'interviewer'] as const) {
      expect(navFor(ROUTES, role).find((i) => i.href === '/my-interviews')?.label, role).toBe('My interviews');
    }
  });
});

describe('one route table', () => {
  it('shows a nav entry exactly to the roles that may open its page', () => {
    for (const role of ['admin', 'hiring_manager', 'interviewer'] as const) {
      for (const item of navFor(ROUTES, role)) {
        const route = ROUTES.find((r) => r.pattern === item.href);
        expect(route?.roles === undefined || route.roles.includes(role), `${role} ${item.href}`).toBe(true);
      }
    }
    expect(navFor(ROUTES, 'interviewer').map((i) => i.href)).toEqual(['/openings', '/candidates', '/my-interviews']);
  });
  it('refuses a page to a role outside its roles', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const routes: RouteEntry<Page>[] = [{ pattern: '/secret', title: 'Secret', roles: ['admin'], page: (a) => void (a.main.textContent = 'secret') }];
    const app = createApp(root, routes);
    app.signedIn({ user: { id: 'u1', email: 'a@x.test', name: 'Ana', role: 'interviewer' } });
    history.replaceState(null, '', '/secret');
    await app.render();
    expect(root.querySelector('main h1')?.textContent).toBe('Not allowed');
    app.signedIn({ user: { id: 'u2', email: 'b@x.test', name: 'Bo', role: 'admin' } });
    await app.render();
    expect(root.querySelector('main')?.textContent).toBe('secret');
  });
});

describe('navigation token', () => {
  it('keeps a slow page from overwriting the page the user moved on to', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    let finishSlow: () => void = () => {};
    let slowSignal: AbortSignal | null = null;
    const routes: RouteEntry<Page>[] = [
      {
        pattern: '/slow',
        title: 'Slow',
        page: async (a) => {
          slowSignal = a.signal;
          await new Promise<void>((resolve) => (finishSlow = resolve));
          a.main.replaceChildren('slow page');
        },
      },
      { pattern: '/fast', title: 'Fast', page: (a) => void a.main.replaceChildren('fast page') },
    ];
    const app = createApp(root, routes);
    app.signedIn({ user: { id: 'u1', email: 'a@x.test', name: 'Ana', role: 'admin' } });
    history.replaceState(null, '', '/slow');
    const slow = app.render();
    app.navigate('/fast');
    await Promise.resolve();
    expect(root.querySelector('main')?.textContent).toBe('fast page');
    finishSlow();
    await slow;
    expect(root.querySelector('main')?.textContent).toBe('fast page');
    expect(root.querySelector('main')?.hasAttribute('aria-busy')).toBe(false);
    expect((slowSignal as AbortSignal | null)?.aborted).toBe(true);
  });
  it('lets the current page render when it is slow', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const routes: RouteEntry<Page>[] = [
      { pattern: '/slow', title: 'Slow', page: async (a) => { await new Promise((r) => setTimeout(r, 0)); a.main.replaceChildren('slow page'); } },
    ];
    const app = createApp(root, routes);
    app.signedIn({ user: { id: 'u1', email: 'a@x.test', name: 'Ana', role: 'admin' } });
    history.replaceState(null, '', '/slow');
    await app.render();
    expect(root.querySelector('main')?.textContent).toBe('slow page');
  });
});
