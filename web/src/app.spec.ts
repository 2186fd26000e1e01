// The shell: navigation per role and what signing out leaves behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, navFor } from './app';
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
    expect(navFor('interviewer').map((i) => i.href)).not.toContain('/users');
    expect(navFor('admin').map((i) => i.href)).toContain('/audit');
    for (const role of ['admin', 'hiring_manager', 'interviewer'] as const) {
      expect(navFor(role).find((i) => i.href === '/my-interviews')?.label, role).toBe('My interviews');
    }
  });
});
