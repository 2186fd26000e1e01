// The team's members for admins and hiring managers: each with "Edit" (the
// form below, at /team?edit=ID, sends a PATCH) and "Delete" (after a
// confirmation). The server refuses anyone else (docs/api.md, roles).
import type { App } from '../app';
import type { TeamMember } from '../api/types';
import { confirmDialog } from '../lib/confirm';
import { h } from '../lib/dom';
import { checkbox, field, formBanner, markInvalid, setBanner, showApiError } from '../lib/forms';
import { memberBody, memberLevels, memberProblems } from './edit_model';

type Trait = { id: string; title: string };

export function membersSection(app: App, members: TeamMember[]): HTMLElement | null {
  if (!members.length) return null;
  const banner = formBanner();
  return h(
    'section',
    { 'aria-labelledby': 'members-h' },
    h('h2', { id: 'members-h' }, 'Members'),
    banner,
    h(
      'ul',
      { class: 'members' },
      members.map((m) =>
        h(
          'li',
          { 'data-member': m.id, class: 'edit-actions' },
          h('span', null, m.name),
          h('a', { class: 'button secondary', href: `/team?edit=${encodeURIComponent(m.id)}` }, 'Edit', h('span', { class: 'visually-hidden' }, ` ${m.name}`)),
          h('button', { type: 'button', class: 'secondary danger', 'data-action': 'delete-member', onclick: () => void removeMember(app, m, banner) }, 'Delete', h('span', { class: 'visually-hidden' }, ` ${m.name}`), '…'),
        ),
      ),
    ),
  );
}

async function removeMember(app: App, member: TeamMember, banner: HTMLElement): Promise<void> {
  const sure = await confirmDialog({
    title: `Delete ${member.name}?`,
    message: `${member.name} leaves the team: the heat map, coverage and best next hire no longer count their traits. This cannot be undone.`,
    confirm: 'Delete member',
    danger: true,
  });
  if (!sure) return;
  try {
    await app.api.delete(`/team-members/${encodeURIComponent(member.id)}`);
    app.navigate('/team', { replace: true });
  } catch (error) {
    setBanner(banner, `${member.name} was not deleted: ${(error as Error).message}`, 'error');
  }
}

// The edit form of one member: name, every trait level, writes code.
export function memberEditForm(app: App, traits: Trait[], member: TeamMember): HTMLElement {
  const name = field({ label: 'Name', name: 'name', required: true, value: member.name });
  const current = memberLevels(member, traits.map((t) => t.id));
  const levels = traits.map((t) => field({ label: `${t.title} (0–5)`, name: `traits.${t.id}`, type: 'number', min: 0, max: 5, value: current[t.id] }));
  const codes = checkbox('Writes code', 'codes', member.codes);
  const banner = formBanner();
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'edit-member-h', 'data-edit': 'member' },
    h('h2', { id: 'edit-member-h' }, `Edit ${member.name}`),
    banner,
    name.wrapper,
    h('div', { class: 'row wrap' }, levels.map((l) => l.wrapper)),
    codes.wrapper,
    h('div', { class: 'edit-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save member'), h('a', { class: 'button secondary', href: '/team' }, 'Cancel')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(traits.map((t, i) => [t.id, Number(levels[i].control.value || 0)]));
    const problems = memberProblems(name.control.value, values);
    if (problems.length) {
      for (const p of problems) {
        const control = form.querySelector<HTMLElement>(`[name="${CSS.escape(p.name)}"]`);
        if (control) markInvalid(form, control, p.message);
      }
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    try {
      await app.api.patch(`/team-members/${encodeURIComponent(member.id)}`, memberBody(name.control.value, values, (codes.control as HTMLInputElement).checked));
      app.navigate('/team', { replace: true });
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return form;
}
