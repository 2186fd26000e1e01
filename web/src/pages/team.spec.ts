// The team page in plain words: the heat map's key, coverage as a share,
// and "nobody fits this budget" instead of an empty list.
import { describe, expect, it } from 'vitest';
import { fakeApp } from '../testing/fake_app';
import { teamPage } from './team';
import { aUser } from '../testing/fixtures';

const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const members = [{ id: 'm1', name: 'Ada', traits: { product_sense: 4 }, codes: true }, { id: 'm2', name: 'Bo', traits: { design: 2 }, codes: false }];
const pool = [{ id: 'c1', opening_id: null, name: 'Cy', email: '', profile: { traits: { data_intuition: 4 }, cost: 90000 }, status: 'new' }];
const listing = <T>(items: T[]) => ({ items, total: items.length, limit: 500, offset: 0 });

describe('team page', () => {
  it('has a key for the heat map, coverage as a percentage, and says nobody fits the budget', async () => {
    history.replaceState(null, '', '/team?hires=1&budget=1000');
    const { app, calls } = fakeApp(
      {
        'GET /team-members': () => [200, listing(members)],
        'GET /candidates': () => [200, listing(pool)],
        'POST /team': () => [200, {
          coverage: { score: 26.85, max_score: 34.5, rule: 'team.coverage', traits: {} },
          gaps: [],
          warnings: [],
          best_hires: { picks: [], objective: 26.85, cost: 0, optimal: true, gain: 0, hires: 1, budget: 1000, reasons: [], pool_size: 1, rule: 'team.best_hires', reason: 'Nothing fits.' },
        }],
      },
      manager,
    );
    await teamPage(app);
    expect(calls.find((c) => c.method === 'POST')).toBeTruthy();
    expect(app.main.querySelectorAll('.heat-legend li')).toHaveLength(6);
    expect(app.main.querySelector('[data-coverage]')!.textContent).toBe('Coverage: 78%');
    expect(app.main.querySelector('[data-best-hire="nobody_fits_budget"]')!.textContent).toContain('Nobody in the pool fits this budget');
    expect(app.main.textContent).not.toContain('proven optimal');
    const rows = Array.from(app.main.querySelectorAll('.heat-table tbody th')).map((th) => th.textContent);
    expect(rows).toEqual(['Ada', 'Bo']);
    history.replaceState(null, '', '/');
  });
});
