// User administration (admins): invite (an account without a password until
// one is set), change role, deactivate and reactivate.
import type { App } from '../app';
import type { Listing, Role, User, UserCreated } from '../api/types';
import { h, replace, uid } from '../lib/dom';
import { field, formBanner, setBanner, showApiError } from '../lib/forms';
import { linkNotice } from './account_model';
import { errorState, pageHeader, sessionStorageOrNull, setFlash, takeFlash } from './common';

const ROLES: { value: Role; label: string }[] = [
  { value: 'interviewer', label: 'Interviewer' },
  { value: 'hiring_manager', label: 'Hiring manager' },
  { value: 'admin', label: 'Admin' },
];

export async function usersPage(app: App): Promise<void> {
  let users: User[];
  try {
    users = (await app.api.get<Listing<User>>('/users', { limit: 500 })).items;
  } catch (error) {
    replace(app.main, pageHeader('Users'), errorState(error));
    return;
  }
  const banner = formBanner();
  const linkBox = h('section', { class: 'link-box', 'aria-live': 'polite', hidden: true });
  // The invitation link of the user just invited, kept across the reload.
  const kept = takeFlash(sessionStorageOrNull(), LINK_FLASH);
  replace(
    app.main,
    pageHeader('Users'),
    banner,
    linkBox,
    h(
      'table',
      { class: 'table' },
      h('caption', { class: 'visually-hidden' }, 'Users'),
      h('thead', null, h('tr', null, ['Name', 'Email', 'Role', 'State', ''].map((t) => h('th', { scope: 'col' }, t || h('span', { class: 'visually-hidden' }, 'Actions'))))),
      h('tbody', null, users.map((user) => userRow(app, user, banner, linkBox))),
    ),
    inviteForm(app),
  );
  if (kept) showKeptLink(linkBox, kept);
}

// A user's row: the role menu (saved when changed), a reset link, deactivate or reactivate.
function userRow(app: App, user: User, banner: HTMLElement, linkBox: HTMLElement): HTMLElement {
  const roleId = uid('role');
  const role = h('select', { id: roleId, name: 'role' }, ROLES.map((r) => h('option', { value: r.value }, r.label)));
  role.value = user.role;
  const patch = async (body: Partial<User>, undo: () => void) => {
    try {
      await app.api.patch(`/users/${encodeURIComponent(user.id)}`, body);
      setBanner(banner, `Saved ${user.name}.`, 'ok');
    } catch (error) {
      undo();
      showApiError(app.main, banner, error);
    }
  };
  role.addEventListener('change', () => {
    const previous = user.role;
    void patch({ role: role.value as Role }, () => (role.value = previous)).then(() => (user.role = role.value as Role));
  });
  const active = user.active !== false;
  const reset = async () => {
    try {
      const answer = await app.api.post<{ reset_url?: string; emailed?: boolean }>(`/users/${encodeURIComponent(user.id)}/reset`);
      showLink(linkBox, linkNotice('reset', user.name, answer?.reset_url, answer?.emailed === true));
    } catch (error) {
      showApiError(app.main, banner, error);
    }
  };
  const toggle = () => void patch({ active: !active }, () => {}).then(() => app.navigate('/users', { replace: true }));
  return h(
    'tr',
    { 'data-user': user.email },
    h('th', { scope: 'row' }, user.name),
    h('td', null, user.email),
    h('td', null, h('label', { for: roleId, class: 'visually-hidden' }, `Role of ${user.name}`), role),
    h('td', null, active ? 'Active' : 'Deactivated'),
    h(
      'td',
      null,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: reset }, 'Reset link'),
        h('button', { type: 'button', class: 'secondary', onclick: toggle }, active ? 'Deactivate' : 'Reactivate'),
      ),
    ),
  );
}

// Inviting: the account exists at once; its one-time link is shown after the reload.
function inviteForm(app: App): HTMLElement {
  const name = field({ label: 'Name', name: 'name', required: true });
  const email = field({ label: 'Email', name: 'email', type: 'email', required: true });
  const role = field({ label: 'Role', name: 'role', options: ROLES, value: 'interviewer' });
  const inviteBanner = formBanner();
  const invite = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'invite-h' },
    h('h2', { id: 'invite-h' }, 'Invite someone'),
    h('p', { class: 'muted' }, 'The account exists at once and can be given interviews. You get a one-time link for them to set a password; they sign in after that.'),
    inviteBanner,
    h('div', { class: 'row' }, name.wrapper, email.wrapper, role.wrapper),
    h('button', { type: 'submit', class: 'primary' }, 'Invite'),
  );
  invite.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const answer = await app.api.post<UserCreated>('/users', { name: name.control.value.trim(), email: email.control.value.trim(), role: role.control.value });
      const notice = linkNotice('invite', answer?.user?.name ?? name.control.value.trim(), answer?.invite_url ?? undefined, answer?.emailed === true);
      if (notice) setFlash(JSON.stringify(notice), sessionStorageOrNull(), LINK_FLASH);
      app.navigate('/users', { replace: true });
    } catch (error) {
      showApiError(invite, inviteBanner, error);
    }
  });
  return invite;
}

function showKeptLink(linkBox: HTMLElement, kept: string): void {
  try {
    showLink(linkBox, JSON.parse(kept));
  } catch {
    // an unreadable notice is dropped
  }
}

const LINK_FLASH = 'firsthire.users.link';

// Shows a one-time link to pass on, selectable, with a copy button.
function showLink(box: HTMLElement, notice: ReturnType<typeof linkNotice>): void {
  if (!notice) return;
  const inputId = uid('link');
  const input = h('input', { id: inputId, type: 'text', readonly: true, value: notice.url, 'data-one-time-link': '' });
  const status = h('span', { role: 'status', class: 'muted small' });
  const copy = h('button', { type: 'button', class: 'secondary', onclick: async () => {
    try {
      await navigator.clipboard.writeText(notice.url);
      status.textContent = 'Copied.';
    } catch {
      input.select();
      status.textContent = 'Select the link and copy it.';
    }
  } }, 'Copy link');
  replace(box, h('h2', null, notice.heading), h('p', null, notice.text), h('label', { for: inputId }, 'Link'), h('div', { class: 'row' }, input, copy, status));
  box.className = 'link-box card';
  box.hidden = false;
  input.focus();
  input.select();
}
