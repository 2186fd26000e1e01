// The plans page offers only the openings a plan can start from: those made
// from a brief (an opening without one has no plan).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApp } from '../testing/fake_app';
import { aUser } from '../testing/fixtures';
import { planListPage } from './plans';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const opening = (id: string, title: string, plan: unknown) => ({ id, title, brief_id: plan ? 'b1' : null, archetype: '', status: 'open', kit: null, plan, created_at: 1, updated_at: 1 });
const list = (items: unknown[]) => [200, { items, total: items.length, limit: 100, offset: 0 }] as [number, unknown];

beforeEach(() => localStorage.clear());

describe('plans page', () => {
  it('offers the openings with a plan and leaves out those without', async () => {
    const { app } = fakeApp({ 'GET /plans': () => list([]), 'GET /candidates': () => list([]), 'GET /openings': () => list([opening('o1', 'No brief', null), opening('o2', 'From a brief', { windows: [] })]) }, manager);
    await planListPage(app);
    const options = Array.from(app.main.querySelectorAll('[name="opening_id"] option')).map((o) => o.textContent);
    expect(options).toEqual(['From a brief']);
  });

  it('says a plan needs an opening from a brief when none has one', async () => {
    const { app } = fakeApp({ 'GET /plans': () => list([]), 'GET /candidates': () => list([]), 'GET /openings': () => list([opening('o1', 'No brief', null)]) }, manager);
    await planListPage(app);
    expect(app.main.querySelector('[name="opening_id"]')).toBeNull();
    expect(app.main.textContent).toContain('Open a role from a brief first');
  });
});
