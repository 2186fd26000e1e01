// Accounts: setting a password from a one-time link, changing one's own,
// and the links an admin gets on the users page.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApp, settle } from '../testing/fake_app';
import { accountPage, setPasswordPage } from './account';
import { linkNotice, newPasswordProblems, tokenFrom } from './account_model';
import { takeFlash } from './common';
import { signInPage } from './signin';
import { usersPage } from './users';
import { aUser } from '../testing/fixtures';

const admin = aUser({ id: 'u-ad', email: 'ad@x.test', name: 'Ad', role: 'admin' });
const ana = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

function fill(root: HTMLElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) (root.querySelector(`[name="${name}"]`) as HTMLInputElement).value = value;
}
function submit(root: HTMLElement) {
  root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
}

describe('account model', () => {
  it('checks the new password’s length and that it was typed twice the same', () => {
    expect(newPasswordProblems('short', 'short').map((p) => p.name)).toEqual(['password']);
    expect(newPasswordProblems('long enough now', 'long enough noW').map((p) => p.name)).toEqual(['confirm']);
    expect(newPasswordProblems('long enough now', 'long enough now')).toEqual([]);
    expect(tokenFrom('?token=abc123')).toBe('abc123');
    expect(tokenFrom('')).toBe('');
    expect(linkNotice('invite', 'Ben', undefined)).toBeNull();
    expect(linkNotice('reset', 'Ben', 'http://x/set-password?token=t')!.text).toContain('within 72 hours');
  });

  it('says whether the server also emailed the link', () => {
    expect(linkNotice('invite', 'Ben', 'http://x/set-password?token=t')!.text).toContain('It was not emailed');
    const mailed = linkNotice('reset', 'Ben', 'http://x/set-password?token=t', true)!.text;
    expect(mailed).toContain('It was also emailed to Ben.');
    expect(mailed).not.toContain('not emailed');
  });
});

describe('set-password page', () => {
  it('says so when the link has no token', async () => {
    history.replaceState(null, '', '/set-password');
    const { app } = fakeApp({}, null);
    await setPasswordPage(app);
    expect(app.main.textContent).toContain('This link is incomplete');
    expect(app.main.querySelector('form')).toBeNull();
  });

  it('refuses two different passwords here, then sets it and sends the user to sign in', async () => {
    history.replaceState(null, '', '/set-password?token=tok-1');
    const { app, calls, navigated } = fakeApp({ 'POST /password': () => [204] }, null);
    await setPasswordPage(app);
    fill(app.main, { password: 'correct horse', confirm: 'correct hose' });
    submit(app.main);
    await settle();
    expect(calls).toHaveLength(0);
    expect(app.main.querySelector('[data-error-for="confirm"]')!.textContent).toContain('differ');
    fill(app.main, { confirm: 'correct horse' });
    submit(app.main);
    await settle();
    expect(calls[0]).toEqual({ method: 'POST', path: '/password', body: { token: 'tok-1', password: 'correct horse' } });
    expect(navigated).toEqual(['/signin']);
    // The sign-in page then says the password is set.
    const signin = fakeApp({}, null);
    await signInPage(signin.app);
    expect(signin.app.main.querySelector('[data-flash]')!.textContent).toContain('Your password is set');
  });

  it('shows the server’s refusal of a used or expired link', async () => {
    history.replaceState(null, '', '/set-password?token=old');
    const { app, navigated } = fakeApp({ 'POST /password': () => [410, { error: { code: 'gone', message: 'this link has expired' } }] }, null);
    await setPasswordPage(app);
    fill(app.main, { password: 'correct horse', confirm: 'correct horse' });
    submit(app.main);
    await settle();
    expect(navigated).toEqual([]);
    const banner = app.main.querySelector('.banner')!.textContent!;
    expect(banner).toContain('This link has expired');
    expect(banner).toContain('ask an admin for a new one');
  });
});

describe('account page', () => {
  it('changes the password with the current one', async () => {
    const { app, calls } = fakeApp({ 'PUT /me/password': () => [204] }, ana);
    await accountPage(app);
    fill(app.main, { current: 'old password', password: 'new password', confirm: 'new password' });
    submit(app.main);
    await settle();
    expect(calls[0]).toEqual({ method: 'PUT', path: '/me/password', body: { current: 'old password', password: 'new password' } });
    expect(app.main.querySelector('.banner')!.textContent).toBe('Your password is changed.');
    expect((app.main.querySelector('[name=password]') as HTMLInputElement).value).toBe('');
  });

  it('shows a wrong current password beside its field', async () => {
    const { app } = fakeApp({ 'PUT /me/password': () => [422, { error: { code: 'invalid_input', message: 'the current password is wrong', field: 'current' } }] }, ana);
    await accountPage(app);
    fill(app.main, { current: 'nope', password: 'new password', confirm: 'new password' });
    submit(app.main);
    await settle();
    expect(app.main.querySelector('[data-error-for="current"]')!.textContent).toBe('the current password is wrong');
  });
});

describe('users page links', () => {
  const users = { items: [admin, { id: 'u-ben', email: 'ben@x.test', name: 'Ben', role: 'interviewer', active: true }], total: 2, limit: 500, offset: 0 };

  it('keeps the invitation link across the reload and shows it', async () => {
    const { app, calls, navigated } = fakeApp(
      {
        'GET /users': () => [200, users],
        'POST /users': (body) => [201, { user: { id: 'u-cy', ...(body as object) }, invite_url: 'http://h/set-password?token=inv' }],
      },
      admin,
    );
    await usersPage(app);
    const invite = app.main.querySelectorAll('form')[0];
    fill(invite as HTMLElement, { name: 'Cy', email: 'cy@x.test' });
    invite.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Cy', email: 'cy@x.test', role: 'interviewer' });
    expect(navigated).toEqual(['/users']);
    await usersPage(app);
    const link = app.main.querySelector('[data-one-time-link]') as HTMLInputElement;
    expect(link.value).toBe('http://h/set-password?token=inv');
    expect(app.main.querySelector('.link-box')!.textContent).toContain('Invitation link for Cy');
    // Shown once: the next visit has no link.
    await usersPage(app);
    expect(app.main.querySelector('[data-one-time-link]')).toBeNull();
  });

  it('gives a reset link for a user', async () => {
    const { app, calls } = fakeApp(
      { 'GET /users': () => [200, users], 'POST /users/u-ben/reset': () => [200, { reset_url: 'http://h/set-password?token=rst' }] },
      admin,
    );
    await usersPage(app);
    const row = app.main.querySelector('tr[data-user="ben@x.test"]')!;
    Array.from(row.querySelectorAll('button')).find((b) => b.textContent === 'Reset link')!.click();
    await settle();
    expect(calls.at(-1)).toMatchObject({ method: 'POST', path: '/users/u-ben/reset' });
    expect((app.main.querySelector('[data-one-time-link]') as HTMLInputElement).value).toBe('http://h/set-password?token=rst');
    expect(app.main.querySelector('.link-box')!.textContent).toContain('Password reset link for Ben');
    expect(takeFlash()).toBe('');
  });
});
