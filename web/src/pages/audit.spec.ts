// The audit log: the pure logic (filters ↔ URL and API query, page range,
// entry formatting, actor names) and the page with a fake API (what an admin
// sees and sends, the 403 for anyone else, the nav link for admins only).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROUTES } from '../routes';
import { navFor } from '../shell/shell_model';
import type { AuditEntry } from '../api/types';
import { fakeApp, settle } from '../testing/fake_app';
import { auditPage } from './audit';
import {
  actorLabel,
  anyFilter,
  auditPath,
  auditQuery,
  filtersFromSearch,
  formatEntry,
  formatWhen,
  NO_FILTERS,
  objectLabel,
  pageOffsets,
  rangeText,
} from './audit_model';
import { aUser } from '../testing/fixtures';

const admin = aUser({ id: 'u-ad', email: 'ad@x.test', name: 'Ada', role: 'admin' });
const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const interviewer = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const users = [admin, manager, interviewer];
const at = new Date(2026, 10, 23, 9, 5, 7).getTime(); // local time
const entry: AuditEntry = { seq: 12, at, actor: 'u-mo', action: 'candidate.create', object_type: 'candidate', object_id: 'c1', detail: '' };
const denied = { error: { code: 'permission_denied', message: 'admins only' } };

describe('audit model', () => {
  it('reads the filters from the URL query, ignoring a bad offset', () => {
    expect(filtersFromSearch('')).toEqual(NO_FILTERS);
    expect(filtersFromSearch('?object_type=candidate&object_id=%20c1%20&actor=u-mo&offset=50')).toEqual({
      object_type: 'candidate',
      object_id: 'c1',
      actor: 'u-mo',
      offset: 50,
    });
    expect(filtersFromSearch('?offset=-5').offset).toBe(0);
    expect(filtersFromSearch('?offset=abc').offset).toBe(0);
    expect(filtersFromSearch('?offset=2.5').offset).toBe(0);
  });

  it('asks the API only for the filters that are set, with limit and offset', () => {
    expect(auditQuery(NO_FILTERS)).toEqual({ limit: 50, offset: 0 });
    expect(auditQuery({ object_type: ' user ', object_id: '', actor: 'anonymous', offset: 100 }, 20)).toEqual({
      object_type: 'user',
      actor: 'anonymous',
      limit: 20,
      offset: 100,
    });
  });

  it('writes the filters back into the page URL, defaults left out', () => {
    expect(auditPath(NO_FILTERS)).toBe('/audit');
    expect(auditPath({ object_type: 'candidate', object_id: 'a b', actor: '', offset: 0 })).toBe('/audit?object_type=candidate&object_id=a+b');
    expect(auditPath({ ...NO_FILTERS, offset: 50 })).toBe('/audit?offset=50');
    const round = { object_type: 'plan', object_id: 'p&1', actor: 'u-mo', offset: 150 };
    expect(filtersFromSearch(auditPath(round).slice('/audit'.length))).toEqual(round);
    expect(anyFilter(NO_FILTERS)).toBe(false);
    expect(anyFilter({ ...NO_FILTERS, offset: 50 })).toBe(false);
    expect(anyFilter({ ...NO_FILTERS, actor: 'x' })).toBe(true);
  });

  it('says which entries the page shows', () => {
    expect(rangeText(0, 50, 120)).toBe('entries 1–50 of 120');
    expect(rangeText(100, 20, 120)).toBe('entries 101–120 of 120');
    expect(rangeText(0, 1, 1)).toBe('entries 1–1 of 1');
    expect(rangeText(0, 0, 0)).toBe('No entries');
    expect(rangeText(200, 0, 120)).toBe('No entries on this page (120 in all)');
  });

  it('offers a previous and a next page only where there is one', () => {
    expect(pageOffsets(0, 50, 120)).toEqual({ previous: null, next: 50 });
    expect(pageOffsets(50, 50, 120)).toEqual({ previous: 0, next: 100 });
    expect(pageOffsets(100, 50, 120)).toEqual({ previous: 50, next: null });
    expect(pageOffsets(0, 50, 50)).toEqual({ previous: null, next: null });
    expect(pageOffsets(30, 50, 200)).toEqual({ previous: 0, next: 80 });
  });

  it('shows the time in local time and the actor by name when known', () => {
    expect(formatWhen(at)).toBe('2026-11-23 09:05:07');
    expect(formatWhen(Number.NaN)).toBe('–');
    expect(actorLabel('u-mo', users)).toBe('Mo (mo@x.test)');
    expect(actorLabel('anonymous', users)).toBe('anonymous');
    expect(actorLabel('u-gone', users)).toBe('u-gone');
    expect(actorLabel('u-x', [aUser({ id: 'u-x', email: '', name: 'X', role: 'admin' })])).toBe('X');
    expect(actorLabel('', users)).toBe('–');
    expect(objectLabel({ object_type: 'candidate', object_id: 'c1' })).toBe('candidate c1');
    expect(objectLabel({ object_type: 'database', object_id: '' })).toBe('database');
    expect(objectLabel({ object_type: '', object_id: '' })).toBe('–');
  });

  it('formats a whole entry', () => {
    expect(formatEntry(entry, users)).toEqual({
      seq: 12,
      when: '2026-11-23 09:05:07',
      iso: new Date(at).toISOString(),
      who: 'Mo (mo@x.test)',
      action: 'candidate.create',
      object: 'candidate c1',
      detail: '',
    });
    expect(formatEntry({ ...entry, actor: 'anonymous', detail: 'bad password' }, []).who).toBe('anonymous');
  });

  it('puts the audit log in the navigation of admins only', () => {
    expect(navFor(ROUTES, 'admin').map((i) => i.href)).toContain('/audit');
    expect(navFor(ROUTES, 'hiring_manager').map((i) => i.href)).not.toContain('/audit');
    expect(navFor(ROUTES, 'interviewer').map((i) => i.href)).not.toContain('/audit');
    expect(navFor(ROUTES, undefined)).toEqual([]);
  });
});

describe('audit page', () => {
  beforeEach(() => history.replaceState(null, '', '/audit'));
  afterEach(() => history.replaceState(null, '', '/'));

  it('lists the entries with names, filters through the URL and pages', async () => {
    const asked: URLSearchParams[] = [];
    const { app } = fakeApp(
      {
        'GET /audit': (_body, url) => {
          asked.push(url.searchParams);
          const offset = Number(url.searchParams.get('offset'));
          const items = url.searchParams.get('object_type') === 'user' ? [] : [{ ...entry, seq: 60 - offset }];
          return [200, { items, total: url.searchParams.get('object_type') === 'user' ? 0 : 60, limit: 50, offset }];
        },
        'GET /users': () => [200, { items: users, total: 3, limit: 500, offset: 0 }],
      },
      admin,
    );
    history.replaceState(null, '', '/audit?object_type=candidate');
    await auditPage(app);
    expect(asked[0].get('object_type')).toBe('candidate');
    expect((app.main.querySelector('input[name=object_type]') as HTMLInputElement).value).toBe('candidate');
    const cells = Array.from(app.main.querySelectorAll('tbody tr td')).map((td) => td.textContent);
    expect(cells).toEqual(['2026-11-23 09:05:07', 'Mo (mo@x.test)', 'candidate.create', 'candidate c1', '']);
    expect(app.main.querySelector('table caption')?.textContent).toContain('Audit log');
    expect(app.main.querySelector('[data-range]')?.textContent).toBe('entries 1–1 of 60');
    // Every control has a label.
    for (const control of Array.from(app.main.querySelectorAll('input'))) {
      expect(app.main.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }

    const next = Array.from(app.main.querySelectorAll('button')).find((b) => b.textContent === 'Next')!;
    const previous = Array.from(app.main.querySelectorAll('button')).find((b) => b.textContent === 'Previous')!;
    expect(previous.disabled).toBe(true);
    next.click();
    await settle();
    expect(asked[1].get('offset')).toBe('50');
    expect(location.pathname + location.search).toBe('/audit?object_type=candidate&offset=50');
    expect(app.main.querySelector('[data-range]')?.textContent).toBe('entries 51–51 of 60');
    expect(previous.disabled).toBe(false);

    (app.main.querySelector('input[name=object_type]') as HTMLInputElement).value = 'user';
    app.main.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(asked[2].get('object_type')).toBe('user');
    expect(asked[2].get('offset')).toBe('0');
    expect(location.search).toBe('?object_type=user');
    expect(app.main.textContent).toContain('No entry matches these filters.');
  });

  it('shows raw actor ids when the users cannot be listed', async () => {
    const { app } = fakeApp(
      {
        'GET /audit': () => [200, { items: [entry], total: 1, limit: 50, offset: 0 }],
        'GET /users': () => [500, { error: { code: 'internal', message: 'down' } }],
      },
      admin,
    );
    await auditPage(app);
    expect(app.main.querySelectorAll('tbody tr td')[1].textContent).toBe('u-mo');
  });

  it('says the log is empty', async () => {
    const { app } = fakeApp(
      {
        'GET /audit': () => [200, { items: [], total: 0, limit: 50, offset: 0 }],
        'GET /users': () => [200, { items: users, total: 3, limit: 500, offset: 0 }],
      },
      admin,
    );
    await auditPage(app);
    expect(app.main.textContent).toContain('The audit log is empty.');
    expect(app.main.querySelector('table')).toBeNull();
  });

  it('turns the API’s 403 into a clear sentence for anyone else', async () => {
    for (const user of [manager, interviewer]) {
      const { app, calls } = fakeApp({ 'GET /audit': () => [403, denied] }, user);
      await auditPage(app);
      expect(app.main.querySelector('h1')?.textContent).toBe('Audit log');
      expect(app.main.querySelector('[data-denied]')?.textContent).toContain('Only admins can read the audit log.');
      expect(app.main.querySelector('table')).toBeNull();
      expect(calls.map((c) => c.path)).toEqual(['/audit']);
    }
  });
});
