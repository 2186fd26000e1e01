// A test double of the App for page tests: an ApiClient whose fetch answers
// from a table of "METHOD /path" → (body) => [status, json], recording every
// call; navigate() records the path instead of rendering.
import { vi } from 'vitest';
import type { App } from '../app';
import { ApiClient } from '../api/client';
import type { PlaybookSummary, SessionUser } from '../api/types';
import { draftStore } from '../lib/drafts';
import { aPlaybook } from './fixtures';

export type Handler = (body: unknown, url: URL) => [number, unknown?];

// `playbook`: the document GET /playbook gave the app (the default
// playbook's vocabularies and stages unless a test gives its own).
export function fakeApp(handlers: Record<string, Handler>, user: SessionUser | null, playbook: PlaybookSummary | null = aPlaybook()) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetch = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const method = init?.method ?? 'GET';
    // A file (a Blob) is recorded as its text with its type; anything else was JSON.
    const body = init?.body instanceof Blob ? { type: init.body.type, text: await init.body.text() } : init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path: url.pathname.replace('/api/v1', ''), body });
    const handler = handlers[`${method} ${url.pathname.replace('/api/v1', '')}`];
    const [status, json] = handler ? handler(body, url) : [404, { error: { code: 'not_found', message: 'no such thing' } }];
    return new Response(json === undefined ? null : JSON.stringify(json), { status });
  });
  const main = document.createElement('main');
  document.body.replaceChildren(main);
  const navigated: string[] = [];
  const app: App = {
    api: new ApiClient({ fetch, readCookie: () => '' }),
    user,
    playbook,
    drafts: draftStore(user?.id ?? 'anonymous', localStorage),
    main,
    signal: new AbortController().signal,
    navigate: (path: string) => navigated.push(path),
    signedIn: (session) => {
      app.user = session.user;
    },
    signOut: async () => {},
    isManager: () => app.user?.role === 'admin' || app.user?.role === 'hiring_manager',
  };
  return { app, calls, navigated };
}

export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((r) => setTimeout(r, 0));
}
