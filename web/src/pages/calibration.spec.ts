// The calibration page: the model (band words, signed decimals, intervals,
// the interviewer's leaning, rows in the playbook's order, chart data) and
// the page with a fake API (tables, the not-enough-data states, the 403 as
// a sentence, the nav entry for managers and admins only).
import { describe, expect, it } from 'vitest';
import type { Calibration } from '../api/types';
import { alphaChartConfig, BAND_LINES } from '../lib/calibration_chart';
import { ROUTES } from '../routes';
import { navFor } from '../shell/shell_model';
import { fakeApp } from '../testing/fake_app';
import { aPlaybook, aUser } from '../testing/fixtures';
import { calibrationPage } from './calibration';
import { alphaChartData, anyAlpha, bandWords, categoryRows, decimal, interviewerRows, intervalText, leaning } from './calibration_model';

const playbook = aPlaybook({
  categories: [
    { id: 'production_shipping', title: 'Production shipping' },
    { id: 'eval_discipline', title: 'Evaluation discipline' },
  ],
});
const manager = aUser({ id: 'u-mo', email: 'mo@x.test', name: 'Mo', role: 'hiring_manager' });
const interviewer = aUser({ id: 'u-ana', email: 'ana@x.test', name: 'Ana', role: 'interviewer' });
const stamp = { name: 'default', version: '1', reviewed: '2026-01-01' };

const calibration: Calibration = {
  playbook: stamp,
  candidates: 3,
  categories: {
    eval_discipline: { alpha_ordinal: -0.2, alpha_interval: -0.2, ci: [-0.5, 0.4], units: 2, raters: 2, band: 'poor', note: null },
    production_shipping: { alpha_ordinal: null, alpha_interval: null, ci: null, units: 1, raters: 2, band: 'undefined', note: 'Every rater gave the same score.' },
  },
  interviewers: [
    { interviewer: 'Iris', scorecards: 2, n: 3, offset: -4 / 3, ci: [-2, -0.5], without_notes: 0.5 },
    { interviewer: 'Ivan', scorecards: 3, n: 3, offset: 4 / 3, ci: [0.5, 2], without_notes: 0 },
  ],
};

const empty: Calibration = {
  playbook: stamp,
  candidates: 0,
  categories: {
    eval_discipline: { alpha_ordinal: null, alpha_interval: null, ci: null, units: 0, raters: 0, band: 'undefined', note: 'No candidate in this category was scored by two or more interviewers.' },
  },
  interviewers: [],
};

describe('calibration model', () => {
  it('says the bands in words', () => {
    expect(bandWords('reliable')).toBe('Reliable agreement');
    expect(bandWords('tentative')).toBe('Tentative agreement');
    expect(bandWords('poor')).toBe('Poor agreement');
    expect(bandWords('undefined')).toBe('Not enough data');
    expect(bandWords('custom')).toBe('custom');
  });

  it('writes decimals with a true minus and, when asked, a plus', () => {
    expect(decimal(0.8123)).toBe('0.81');
    expect(decimal(-0.2)).toBe('−0.20');
    expect(decimal(0.5, true)).toBe('+0.50');
    expect(decimal(0, true)).toBe('0.00');
    expect(decimal(-0.001, true)).toBe('0.00');
    expect(decimal(null)).toBe('–');
    expect(intervalText([-0.5, 0.4])).toBe('−0.50 to 0.40');
    expect(intervalText(null)).toBe('–');
  });

  it('reads an offset as lenient, harsh or in line by its interval', () => {
    expect(leaning({ offset: 1.2, ci: [0.4, 2], n: 5 })).toBe('more lenient than colleagues');
    expect(leaning({ offset: -1.2, ci: [-2, -0.4], n: 5 })).toBe('harsher than colleagues');
    expect(leaning({ offset: 0.6, ci: [-0.1, 1.2], n: 5 })).toBe('in line with colleagues');
    expect(leaning({ offset: 0.1, ci: null, n: 1 })).toBe('in line with colleagues');
    expect(leaning({ offset: 1, ci: null, n: 1 })).toBe('more lenient than colleagues');
    expect(leaning({ offset: null, ci: null, n: 0 })).toBe('not enough data');
  });

  it('lists categories in the playbook order and people with their figures', () => {
    const rows = categoryRows(calibration, playbook);
    expect(rows.map((r) => r.id)).toEqual(['production_shipping', 'eval_discipline']);
    expect(rows[1]).toMatchObject({ title: 'Evaluation discipline', alpha: '−0.20', interval: '−0.50 to 0.40', units: 2, bandWords: 'Poor agreement', note: null });
    expect(rows[0]).toMatchObject({ alpha: '–', bandWords: 'Not enough data', note: 'Every rater gave the same score.' });
    expect(interviewerRows(calibration)[0]).toEqual({
      name: 'Iris',
      scorecards: 2,
      n: 3,
      offset: '−1.33',
      interval: '−2.00 to −0.50',
      leaning: 'harsher than colleagues',
      withoutNotes: '50%',
    });
    expect(anyAlpha(calibration)).toBe(true);
    expect(anyAlpha(empty)).toBe(false);
  });

  it('charts alpha as points over interval bars, with the band lines', () => {
    const data = alphaChartData(categoryRows(calibration, playbook), calibration);
    expect(data).toEqual({ labels: ['Production shipping', 'Evaluation discipline'], alpha: [null, -0.2], interval: [null, [-0.5, 0.4]] });
    const config = alphaChartConfig(data);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['95% interval', 'Alpha (ordinal)', ...BAND_LINES.map((b) => b.label)]);
    expect(config.data.datasets[2].data).toEqual([0.667, 0.667]);
  });
});

describe('calibration page', () => {
  it('shows the chart, the category table and the interviewers', async () => {
    const { app } = fakeApp({ 'GET /calibration': () => [200, calibration] }, manager, playbook);
    await calibrationPage(app);
    expect(app.main.querySelector('h1')?.textContent).toBe('Interviewer calibration');
    expect(app.main.querySelector('canvas.alpha-chart')?.getAttribute('aria-label')).toContain('table below');
    const poor = app.main.querySelector('tr[data-category=eval_discipline]');
    expect(poor?.textContent).toContain('−0.20');
    expect(poor?.textContent).toContain('Poor agreement');
    expect(app.main.querySelector('tr[data-category=production_shipping]')?.textContent).toContain('Every rater gave the same score.');
    const ivan = app.main.querySelector('tr[data-interviewer=Ivan]');
    expect(Array.from(ivan!.children).map((c) => c.textContent)).toEqual(['Ivan', '+1.33', '+0.50 to +2.00', '3', 'more lenient than colleagues', '3', '0%']);
  });

  it('says there is not enough data instead of an empty chart', async () => {
    const { app } = fakeApp({ 'GET /calibration': () => [200, empty] }, manager, playbook);
    await calibrationPage(app);
    expect(app.main.querySelector('canvas')).toBeNull();
    expect(app.main.textContent).toContain('Not enough data yet');
    expect(app.main.textContent).toContain('No submitted scorecards yet.');
    expect(app.main.querySelector('tr[data-category=eval_discipline]')?.textContent).toContain('No candidate in this category');
  });

  it('shows the API’s refusal as a sentence', async () => {
    const { app } = fakeApp({ 'GET /calibration': () => [403, { error: { code: 'permission_denied', message: 'managers and admins only' } }] }, interviewer, playbook);
    await calibrationPage(app);
    expect(app.main.querySelector('[role=alert]')?.textContent).toContain('managers and admins only');
    expect(app.main.querySelector('table')).toBeNull();
  });

  it('is in the navigation of managers and admins only', () => {
    expect(navFor(ROUTES, 'hiring_manager').map((i) => i.href)).toEqual(expect.arrayContaining(['/calibration', '/outcomes']));
    expect(navFor(ROUTES, 'admin').map((i) => i.href)).toEqual(expect.arrayContaining(['/calibration', '/outcomes']));
    expect(navFor(ROUTES, 'interviewer').map((i) => i.href)).not.toContain('/calibration');
    expect(navFor(ROUTES, 'interviewer').map((i) => i.href)).not.toContain('/outcomes');
  });
});
