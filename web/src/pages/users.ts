// User administration (admins): invite (an account without a password until
// one is set), change role, deactivate and reactivate.
import type { App } from '../app';
import type { Listing, Role, User } from '../api/types';
import { h, replace, uid } from '../lib/dom';
import { field, formBanner, setBanner, showApiError } from '../lib/forms';
import { errorState, pageHeader } from './common';

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
  const rows = users.map((user) => {
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
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        onclick: () => void patch({ active: !active }, () => {}).then(() => app.navigate('/users', { replace: true })),
      },
      active ? 'Deactivate' : 'Reactivate',
    );
    return h(
      'tr',
      { 'data-user': user.email },
      h('th', { scope: 'row' }, user.name),
      h('td', null, user.email),
      h('td', null, h('label', { for: roleId, class: 'visually-hidden' }, `Role of ${user.name}`), role),
      h('td', null, active ? 'Active' : 'Deactivated'),
      h('td', null, toggle),
    );
  });

  const name = field({ label: 'Name', name: 'name', required: true });
  const email = field({ label: 'Email', name: 'email', type: 'email', required: true });
  const role = field({ label: 'Role', name: 'role', options: ROLES, value: 'interviewer' });
  const inviteBanner = formBanner();
  const invite = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'invite-h' },
    h('h2', { id: 'invite-h' }, 'Invite someone'),
    h('p', { class: 'muted' }, 'The account exists at once and can be given interviews; it can sign in once a password is set.'),
    inviteBanner,
    h('div', { class: 'row' }, name.wrapper, email.wrapper, role.wrapper),
    h('button', { type: 'submit', class: 'primary' }, 'Invite'),
  );
  invite.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await app.api.post('/users', { name: name.control.value.trim(), email: email.control.value.trim(), role: role.control.value });
      app.navigate('/users', { replace: true });
    } catch (error) {
      showApiError(invite, inviteBanner, error);
    }
  });

  replace(
    app.main,
    pageHeader('Users'),
    banner,
    h(
      'table',
      { class: 'table' },
      h('caption', { class: 'visually-hidden' }, 'Users'),
      h('thead', null, h('tr', null, ['Name', 'Email', 'Role', 'State', ''].map((t) => h('th', { scope: 'col' }, t || h('span', { class: 'visually-hidden' }, 'Actions'))))),
      h('tbody', null, rows),
    ),
    invite,
  );
}
