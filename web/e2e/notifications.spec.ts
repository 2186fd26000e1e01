// Notifications by email, end to end: the server (global_setup.ts) sends
// through a real mail server (Debian's aiosmtpd) that keeps each message as
// a file in E2E_MAIL_DIR. An admin invites a user, the invitation arrives,
// the invitee opens its link, sets a password and signs in; an interview
// assigned to them arrives with its calendar invitation (.ics).
import { expect, test } from '@playwright/test';
import { MAIL_FROM, api, axeBothWidths, baseUrl, idle, ok, signIn } from './helpers';
import { attachment, mailTo } from './mail';

test.describe.configure({ mode: 'serial' });

const INVITEE = { name: 'Nora Newhire', email: 'nora@example.test' };
const NEW_PASSWORD = 'a fresh and long passphrase';

let inviteeId = '';

test('an invitation arrives by email; its link sets a password and the invitee signs in', async ({ browser }) => {
  const base = baseUrl();
  const admin = await signIn(await browser.newContext(), 'admin@example.test');
  await admin.goto(`${base}/users`);
  await idle(admin);
  const form = admin.locator('form[aria-labelledby="invite-h"]');
  await form.getByLabel('Name').fill(INVITEE.name);
  await form.getByLabel('Email').fill(INVITEE.email);
  await form.getByRole('button', { name: 'Invite' }).click();
  await admin.getByText(`It was also emailed to ${INVITEE.name}.`).waitFor();
  const shown = await admin.locator('input[data-one-time-link]').inputValue();

  const mail = await mailTo(INVITEE.email, (text) => text.includes('/set-password?token='));
  ok(mail.includes(`From: "firsthire" <${MAIL_FROM}>`), 'the invitation comes from --smtp-from');
  ok(mail.includes(`Hello ${INVITEE.name},`), 'the invitation greets the invitee by name');
  const link = mail.match(/https?:\/\/\S+\/set-password\?token=[0-9a-f]+/)?.[0] ?? '';
  ok(link === shown, `the emailed link is the one the admin was shown (${link} / ${shown})`);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await idle(invitee);
  await invitee.getByLabel(/^New password/).fill(NEW_PASSWORD);
  await invitee.getByLabel('The new password again').fill(NEW_PASSWORD);
  await invitee.getByRole('button', { name: 'Set password' }).click();
  await invitee.waitForURL((url) => url.pathname.startsWith('/signin'));
  await invitee.getByLabel('Email').fill(INVITEE.email);
  await invitee.getByLabel('Password').fill(NEW_PASSWORD);
  await invitee.getByRole('button', { name: 'Sign in' }).click();
  await invitee.waitForURL((url) => !url.pathname.startsWith('/signin'));
  const me = await invitee.request.get(`${base}/api/v1/session`);
  ok(me.ok(), `the invitee is signed in (${me.status()})`);
  inviteeId = String(((await me.json()) as { user?: { id?: string } }).user?.id ?? '');
  ok(inviteeId !== '', 'the session names the invitee');
});

test('an interview assigned to them arrives with its calendar invitation', async ({ browser }) => {
  const manager = await signIn(await browser.newContext(), 'maria@example.test');
  const candidate = await api<{ id: string }>(manager, 'POST', '/candidates', { name: 'Quinn Mailtest' });
  const due = Date.UTC(2030, 0, 15, 9, 30);
  await api(manager, 'POST', '/interviews', {
    candidate_id: candidate.id,
    interviewer_id: inviteeId,
    kind: 'technical',
    due_at: due,
  });
  const mail = await mailTo(INVITEE.email, (text) => text.includes('Subject: Interview to score: Quinn Mailtest'));
  ok(mail.includes('2030-01-15 09:30 UTC'), 'the email says when the scorecard is due');
  ok(mail.includes(`/candidates/${String(candidate.id)}`), "the email links the candidate's page");
  const ics = attachment(mail, 'text/calendar; method=REQUEST');
  for (const line of ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'DTSTART:20300115T093000Z', 'SUMMARY:Interview: Quinn Mailtest (technical)', 'END:VEVENT']) {
    ok(ics.includes(`${line}\r\n`), `the .ics has ${line}`);
  }
  ok(/\r\nUID:interview-[0-9a-f]+@firsthire\r\n/.test(ics), 'the event has a UID');
  ok(/ORGANIZER;CN="Maria Manager":mailto:maria@example\.test/.test(ics.replace(/\r\n /g, '')), 'the manager who assigned it organizes');
  ok(/ATTENDEE;[^\r]*mailto:nora@example\.test/.test(ics.replace(/\r\n /g, '')), 'the invitee attends');
});

test('the mail outbox shows an admin what was sent, and no one else', async ({ browser }) => {
  const base = baseUrl();
  const admin = await signIn(await browser.newContext(), 'admin@example.test');
  await admin.goto(`${base}/users`);
  await idle(admin);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mail', exact: true }).click();
  await admin.waitForURL((url) => url.pathname === '/mail');
  await idle(admin);
  const state = admin.getByLabel('State');
  await state.selectOption('sent');
  // Both emails of the tests above reached the mail server; the sender marks them sent just after.
  const invitation = admin.locator('tr[data-kind="invite"][data-state="sent"]', { hasText: INVITEE.email });
  const assignment = admin.locator('tr[data-kind="assignment"][data-state="sent"]', { hasText: INVITEE.email });
  await expect
    .poll(async () => {
      await admin.getByRole('button', { name: 'Show' }).click();
      await admin.locator('.mail-results:not([aria-busy])').waitFor();
      return [await invitation.count(), await assignment.count()];
    }, { message: 'the invitation and the assignment are listed as sent' })
    .toEqual([1, 1]);
  ok(new URL(admin.url()).search === '?state=sent', `the filter is kept in the URL (${admin.url()})`);
  const cells = await invitation.locator('td').allTextContents();
  ok(cells[0] === 'Invitation' && cells[2] === 'Sent' && cells[3] === '1' && cells[6].startsWith('sent '), `the invitation's row reads plainly: ${cells.join(' | ')}`);
  await axeBothWidths(admin, 'mail outbox');

  const manager = await signIn(await browser.newContext(), 'maria@example.test');
  ok((await manager.getByRole('link', { name: 'Mail', exact: true }).count()) === 0, 'a hiring manager sees no mail link');
  const refused = await manager.request.get(`${base}/api/v1/mail`);
  ok(refused.status() === 403, `a hiring manager cannot read the outbox (${refused.status()})`);
});
