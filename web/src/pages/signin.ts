// Sign in: email and password → POST /login; on success go to `?next=` (a
// path on this site only) or the role's start page.
import type { App } from '../app';
import { homeFor } from '../shell/shell_model';
import { ApiError } from '../api/client';
import type { SessionInfo } from '../api/types';
import { h, replace } from '../lib/dom';
import { clearErrors, field, formBanner, setBanner, showApiError } from '../lib/forms';
import { takeFlash } from './common';

// `next` only when it is a path on this site (never "//evil" or a URL).
export function safeNext(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next === '/signin') {
    return fallback;
  }
  return next;
}

export async function signInPage(app: App): Promise<void> {
  const email = field({ label: 'Email', name: 'email', type: 'email', required: true, autocomplete: 'username' });
  const password = field({
    label: 'Password',
    name: 'password',
    type: 'password',
    required: true,
    autocomplete: 'current-password',
  });
  const banner = formBanner();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'card narrow', novalidate: true }, banner, email.wrapper, password.wrapper, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // A message from the previous try (e.g. "email is required") must not
    // stay under a field the user has filled since.
    clearErrors(form);
    setBanner(banner, '');
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    try {
      const session = await app.api.post<SessionInfo>('/login', {
        email: email.control.value.trim(),
        password: password.control.value,
      });
      app.signedIn(session);
      const next = new URLSearchParams(location.search).get('next');
      app.navigate(safeNext(next, homeFor(session.user.role)), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setBanner(banner, 'That email and password do not match an active account.');
        password.control.focus();
      } else if (error instanceof ApiError && error.status === 429) {
        setBanner(banner, 'Too many failed sign-ins. Wait a few minutes, then try again.');
      } else {
        showApiError(form, banner, error);
      }
    } finally {
      submit.disabled = false;
      submit.textContent = 'Sign in';
    }
  });
  // A notice from the page before (e.g. "Your password is set").
  const flash = takeFlash();
  replace(
    app.main,
    h('h1', null, 'Sign in to firsthire'),
    h('p', { class: 'lede' }, 'Structured hiring for teams that build LLM products.'),
    flash ? h('p', { class: 'banner banner-ok', role: 'status', 'data-flash': '' }, flash) : null,
    form,
  );
  email.control.focus();
}
