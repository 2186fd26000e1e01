// The mail outbox: the pure logic (state filter ↔ URL and API query, how an
// email reads) and the page with a fake API (the table, the filter, paging,
// the empty states), and the navigation entry for admins only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROUTES } from '../routes';
import { accessTo, navFor } from '../shell/shell_model';
import type { OutboxMail } from '../api/types';
import { fakeApp, settle } from '../testing/fake_app';
import { aUser } from '../testing/fixtures';
import { mailPage } from './mail';
import { ALL_MAIL, formatMail, kindLabel, mailFiltersFromSearch, mailPath, mailQuery } from './mail_model';

const admin = aUser({ id: 'u-ad', email: 'ad@x.test', name: 'Ada', role: 'admin' });
const at = new Date(2026, 10, 23, 9, 5, 7).getTime(); // local time
const later = new Date(2026, 10, 23, 9, 15, 0).getTime();
const sent: OutboxMail = { id: 'm1', kind: 'invite', recipient: 'nia@x.test', state: 'sent', attempts: 1, last_error: '', next_attempt_at: at, created_at: at, sent_at: later };
const retrying: OutboxMail = { ...sent, id: 'm2', kind: 'assignment', state: 'pending', attempts: 2, last_error: 'connecting to mail:25: refused', sent_at: 0, next_attempt_at: later };
const failed: OutboxMail = { ...retrying, id: 'm3', kind: 'reminder', state: 'failed', attempts: 8, last_error: '550 no such user' };

describe('mail model', () => {
  it('reads the state filter and offset from the URL, ignoring what is not one', () => {
    expect(mailFiltersFromSearch('')).toEqual(ALL_MAIL);
    expect(mailFiltersFromSearch('?state=failed&offset=50')).toEqual({ state: 'failed', offset: 50 });
    expect(mailFiltersFromSearch('?state=lost&offset=-1')).toEqual(ALL_MAIL);
  });

  it('asks the API for the state only when one is chosen, and writes it into the page URL', () => {
    expect(mailQuery(ALL_MAIL)).toEqual({ limit: 50, offset: 0 });
    expect(mailQuery({ state: 'pending', offset: 100 }, 20)).toEqual({ state: 'pending', limit: 20, offset: 100 });
    expect(mailPath(ALL_MAIL)).toBe('/mail');
    expect(mailPath({ state: 'sent', offset: 50 })).toBe('/mail?state=sent&offset=50');
    expect(mailFiltersFromSearch(mailPath({ state: 'failed', offset: 150 }).slice('/mail'.length))).toEqual({ state: 'failed', offset: 150 });
  });

  it('says what each email is, in words', () => {
    expect(kindLabel('invite')).toBe('Invitation');
    expect(kindLabel('scorecards_in')).toBe('All scorecards in');
    expect(kindLabel('weekly_digest')).toBe('Weekly digest'); // a kind this page does not know yet
  });

  it('shows when a sent email left, when a waiting one is tried again, and a failure’s error', () => {
    expect(formatMail(sent)).toEqual({
      id: 'm1',
      kind: 'Invitation',
      recipient: 'nia@x.test',
      state: 'sent',
      stateText: 'Sent',
      attempts: 1,
      lastError: '–',
      queued: '2026-11-23 09:05:07',
      when: 'sent 2026-11-23 09:15:00',
    });
    expect(formatMail(retrying).when).toBe('next try 2026-11-23 09:15:00');
    expect(formatMail(retrying).lastError).toBe('connecting to mail:25: refused');
    expect(formatMail({ ...retrying, attempts: 0, last_error: '' }).when).toBe('at the next round');
    expect(formatMail(failed)).toMatchObject({ stateText: 'Failed (given up)', lastError: '550 no such user', when: '–' });
  });

  it('puts the outbox in the admin area of the navigation, for admins only', () => {
    const route = ROUTES.find((r) => r.pattern === '/mail')!;
    expect(navFor(ROUTES, 'admin').map((i) => i.href).slice(-3)).toEqual(['/users', '/audit', '/mail']);
    for (const role of ['hiring_manager', 'interviewer'] as const) {
      expect(navFor(ROUTES, role).map((i) => i.href)).not.toContain('/mail');
      expect(accessTo(route, aUser({ id: 'u-x', email: 'x@x.test', name: 'X', role }))).toBe('forbidden');
    }
    expect(accessTo(route, admin)).toBe('open');
  });
});

describe('mail page', () => {
  beforeEach(() => history.replaceState(null, '', '/mail'));
  afterEach(() => history.replaceState(null, '', '/'));

  it('lists the emails with their state, attempts and last error, filters by state and pages', async () => {
    const asked: URLSearchParams[] = [];
    const { app } = fakeApp(
      {
        'GET /mail': (_body, url) => {
          asked.push(url.searchParams);
          const offset = Number(url.searchParams.get('offset'));
          if (url.searchParams.get('state') === 'sent') return [200, { items: [], total: 0, limit: 50, offset }];
          return [200, { items: offset ? [failed] : [sent, retrying], total: 60, limit: 50, offset }];
        },
      },
      admin,
    );
    await mailPage(app);
    expect(app.main.querySelector('h1')?.textContent).toBe('Mail outbox');
    expect(asked[0].get('state')).toBeNull();
    const rows = Array.from(app.main.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['sent', 'pending']);
    expect(Array.from(rows[1].querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      'Interview assignment',
      'nia@x.test',
      'Waiting to be sent',
      '2',
      'connecting to mail:25: refused',
      '2026-11-23 09:05:07',
      'next try 2026-11-23 09:15:00',
    ]);
    expect(app.main.querySelector('[data-range]')?.textContent).toBe('entries 1–2 of 60');
    const control = app.main.querySelector('select[name=state]') as HTMLSelectElement;
    expect(app.main.querySelector(`label[for="${control.id}"]`)?.textContent).toContain('State');

    Array.from(app.main.querySelectorAll('button')).find((b) => b.textContent === 'Next')!.click();
    await settle();
    expect(asked[1].get('offset')).toBe('50');
    expect(location.pathname + location.search).toBe('/mail?offset=50');
    expect(app.main.querySelector('tbody tr')?.getAttribute('data-state')).toBe('failed');

    control.value = 'sent';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(asked[2].get('state')).toBe('sent');
    expect(asked[2].get('offset')).toBe('0');
    expect(location.search).toBe('?state=sent');
    expect(app.main.textContent).toContain('No email is in the state “Sent”.');
    expect((app.main.querySelector('nav.pager') as HTMLElement).hidden).toBe(true);
  });

  it('starts from the state in the URL and says when nothing was ever queued', async () => {
    history.replaceState(null, '', '/mail?state=failed');
    const asked: string[] = [];
    const { app } = fakeApp({ 'GET /mail': (_b, url) => (asked.push(url.searchParams.get('state') ?? ''), [200, { items: [], total: 0, limit: 50, offset: 0 }]) }, admin);
    await mailPage(app);
    expect(asked).toEqual(['failed']);
    expect((app.main.querySelector('select[name=state]') as HTMLSelectElement).value).toBe('failed');

    history.replaceState(null, '', '/mail');
    const empty = fakeApp({ 'GET /mail': () => [200, { items: [], total: 0, limit: 50, offset: 0 }] }, admin);
    await mailPage(empty.app);
    expect(empty.app.main.textContent).toContain('No email has been queued yet.');
    expect(empty.app.main.querySelector('table')).toBeNull();
  });

  it('shows the API’s error as a sentence', async () => {
    const { app } = fakeApp({ 'GET /mail': () => [500, { error: { code: 'internal', message: 'the database is unreachable' } }] }, admin);
    await mailPage(app);
    expect(app.main.querySelector('[role=alert]')?.textContent).toContain('the database is unreachable');
  });
});
