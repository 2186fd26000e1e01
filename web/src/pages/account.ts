// Accounts: the page a one-time link opens to set a password (an invitation
// or a reset: POST /password {token, password}), and a signed-in user's own
// password change (PUT /me/password {current, password}).
import type { App } from '../app';
import { h, replace } from '../lib/dom';
import { clearErrors, field, formBanner, markInvalid, setBanner, showApiError } from '../lib/forms';
import { newPasswordProblems, tokenFrom, MIN_PASSWORD_LENGTH } from './account_model';
import { pageHeader, setFlash } from './common';

function newPasswordFields() {
  return {
    password: field({ label: 'New password', name: 'password', type: 'password', required: true, autocomplete: 'new-password', hint: `At least ${MIN_PASSWORD_LENGTH} characters; a few words make a good one.` }),
    confirm: field({ label: 'The new password again', name: 'confirm', type: 'password', required: true, autocomplete: 'new-password' }),
  };
}

// Checks the two new-password fields here; true when they may be sent.
function checkNewPassword(form: HTMLElement, banner: HTMLElement, fields: ReturnType<typeof newPasswordFields>): boolean {
  clearErrors(form);
  const problems = newPasswordProblems(fields.password.control.value, fields.confirm.control.value);
  for (const problem of problems) markInvalid(form, fields[problem.name].control, problem.message);
  if (problems.length) {
    setBanner(banner, 'Please correct the field marked below.');
    fields[problems[0].name].control.focus();
    return false;
  }
  setBanner(banner, '');
  return true;
}

export async function setPasswordPage(app: App): Promise<void> {
  const token = tokenFrom(location.search);
  if (!token) {
    replace(app.main, pageHeader('Set your password'), h('p', { class: 'banner banner-error', role: 'alert' }, 'This link is incomplete. Open the whole link you were sent, or ask an admin for a new one.'));
    return;
  }
  const fields = newPasswordFields();
  const banner = formBanner();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Set password');
  const form = h('form', { class: 'card narrow', novalidate: true }, banner, fields.password.wrapper, fields.confirm.wrapper, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!checkNewPassword(form, banner, fields)) return;
    submit.disabled = true;
    try {
      await app.api.post('/password', { token, password: fields.password.control.value });
      setFlash('Your password is set. Sign in with your email and the new password.');
      app.navigate('/signin', { replace: true });
    } catch (error) {
      // An expired or used link: the server's sentence, and what to do.
      showApiError(form, banner, error);
      setBanner(banner, `${banner.textContent} If the link has expired or was used, ask an admin for a new one.`);
    } finally {
      submit.disabled = false;
    }
  });
  replace(app.main, pageHeader('Set your password'), h('p', { class: 'lede' }, 'Choose the password you will sign in with.'), form);
  fields.password.control.focus();
}

export async function accountPage(app: App): Promise<void> {
  const current = field({ label: 'Current password', name: 'current', type: 'password', required: true, autocomplete: 'current-password' });
  const fields = newPasswordFields();
  const banner = formBanner();
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Change password');
  const form = h(
    'form',
    { class: 'card narrow', novalidate: true, 'aria-labelledby': 'pw-h' },
    h('h2', { id: 'pw-h' }, 'Change your password'),
    banner,
    current.wrapper,
    fields.password.wrapper,
    fields.confirm.wrapper,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!checkNewPassword(form, banner, fields)) return;
    submit.disabled = true;
    try {
      await app.api.put('/me/password', { current: current.control.value, password: fields.password.control.value });
      for (const control of [current.control, fields.password.control, fields.confirm.control]) control.value = '';
      setBanner(banner, 'Your password is changed.', 'ok');
    } catch (error) {
      showApiError(form, banner, error);
    } finally {
      submit.disabled = false;
    }
  });
  const user = app.user;
  replace(
    app.main,
    pageHeader('Your account'),
    user ? h('p', { class: 'lede' }, `${user.name} · ${user.email} · ${user.role.replace('_', ' ')}`) : null,
    form,
  );
}
