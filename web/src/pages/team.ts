// The team: the trait heat map of the current members, the coverage score,
// the gaps and principle warnings, and the best next hire(s) from the
// candidate pool with the marginal gain of each. Members are added here.
import type { App } from '../app';
import type { Candidate, Listing, TeamMember, TeamResult } from '../api/types';
import { drawHeatmap, HEAT_LEVELS, heatmapData } from '../lib/charts';
import { h, replace } from '../lib/dom';
import { checkbox, field, formBanner, showApiError } from '../lib/forms';
import { pathTo } from '../lib/router';
import { emptyState, errorState, formatNumber, pageHeader, percentOf, reasoned, ruleTag, traitIds, traitTitle } from './common';
import { bestHireOutcome, coverageText, gainText, teamRequest } from './team_model';
import { memberEditForm, membersSection } from './team_members';

export async function teamPage(app: App): Promise<void> {
  const query = new URLSearchParams(location.search);
  const hires = Math.min(5, Math.max(1, Number(query.get('hires') ?? '1') || 1));
  const budget = query.get('budget') ?? '';
  const team = await loadTeam(app);
  if (!team) return;
  const { members, candidates } = team;
  const traits = traitIds(app.playbook).map((id) => ({ id, title: traitTitle(app.playbook, id) }));
  const { body, left_out } = teamRequest(members, candidates);
  let result: TeamResult | null = null;
  let failure: unknown = null;
  if (members.length || body.candidates.length) {
    try {
      result = await app.api.post<TeamResult>('/team', body, { hires, budget: budget || undefined });
    } catch (error) {
      failure = error;
    }
  }
  replace(
    app.main,
    pageHeader('Team'),
    members.length ? heatmapSection(members, traits) : emptyState('No team members yet. Add the people who already work on the product below.'),
    failure ? errorState(failure) : null,
    result ? coverageSection(app, result) : null,
    h(
      'section',
      { 'aria-labelledby': 'best-h' },
      h('h2', { id: 'best-h' }, 'Best next hire'),
      teamOptions(app, hires, budget),
      left_out ? h('p', { class: 'muted' }, `${left_out} candidate${left_out === 1 ? ' has' : 's have'} no trait levels and ${left_out === 1 ? 'is' : 'are'} not in the pool.`) : null,
      bestHireSection(result, body.candidates.length, budget, failure !== null),
    ),
    app.isManager() ? membersSection(app, members) : null,
    app.isManager() ? memberFormFor(app, traits, members, query.get('edit')) : null,
  );
  const canvas = app.main.querySelector<HTMLCanvasElement>('canvas.heatmap');
  if (canvas) drawHeatmap(canvas, heatmapData(members, traits));
}

async function loadTeam(app: App): Promise<{ members: TeamMember[]; candidates: Candidate[] } | null> {
  try {
    const [members, candidates] = await Promise.all([
      app.api.get<Listing<TeamMember>>('/team-members', { limit: 500 }).then((l) => l.items),
      app.api.get<Listing<Candidate>>('/candidates', { limit: 500 }).then((l) => l.items),
    ]);
    return { members, candidates };
  } catch (error) {
    replace(app.main, pageHeader('Team'), errorState(error));
    return null;
  }
}

// How many hires and the budget, kept in the URL (?hires=&budget=).
function teamOptions(app: App, hires: number, budget: string): HTMLElement {
  const options = h(
    'form',
    { class: 'filters', method: 'get', action: '/team' },
    field({ label: 'How many hires', name: 'hires', type: 'number', min: 1, max: 5, value: hires }).wrapper,
    field({ label: 'Budget (same unit as candidate cost)', name: 'budget', type: 'number', min: 0, value: budget }).wrapper,
    h('button', { type: 'submit', class: 'secondary' }, 'Recompute'),
  );
  options.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(options);
    const params = new URLSearchParams();
    params.set('hires', String(data.get('hires') || '1'));
    if (data.get('budget')) params.set('budget', String(data.get('budget')));
    app.navigate(`/team?${params.toString()}`);
  });
  return options;
}

function heatmapSection(members: TeamMember[], traits: { id: string; title: string }[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'heat-h' },
    h('h2', { id: 'heat-h' }, 'Trait heat map'),
    h(
      'figure',
      { class: 'chart heat' },
      h('div', { class: `heat-box rows-${Math.min(members.length, 12)}` }, h('canvas', { class: 'heatmap', role: 'img', 'aria-label': 'Heat map of each member’s trait levels; the table below has the same numbers.' })),
    ),
    heatLegend(),
    h(
      'table',
      { class: 'table heat-table' },
      h('caption', null, 'Trait levels (0 none – 5 expert)'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Member'), traits.map((t) => h('th', { scope: 'col' }, t.title)), h('th', { scope: 'col' }, 'Codes'))),
      h(
        'tbody',
        null,
        members.map((m) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, m.name),
            traits.map((t) => {
              const level = m.traits?.[t.id] ?? 0;
              return h('td', { class: `level level-${level}`, 'data-level': level }, String(level));
            }),
            h('td', null, m.codes ? 'yes' : 'no'),
          ),
        ),
      ),
    ),
  );
}

// The heat map's key: what each shade means (the same shades as the table).
function heatLegend(): HTMLElement {
  return h(
    'div',
    { class: 'heat-legend', 'aria-label': 'Heat map key' },
    h('span', { class: 'heat-legend-title' }, 'Key: '),
    h(
      'ul',
      null,
      HEAT_LEVELS.map((l) => h('li', { 'data-level': l.level }, h('span', { class: `swatch level level-${l.level}`, 'aria-hidden': 'true' }, String(l.level)), ` ${l.meaning}`)),
    ),
  );
}

function coverageSection(app: App, result: TeamResult): HTMLElement {
  const coverage = coverageText(result.coverage);
  return h(
    'section',
    { 'aria-labelledby': 'cov-h' },
    h('h2', { id: 'cov-h', 'data-coverage': '' }, coverage.headline),
    h('p', { class: 'coverage-meaning' }, coverage.meaning, ' ', ruleTagFor(result.coverage.rule)),
    h('h3', null, 'Gaps'),
    result.gaps.length
      ? h('ul', { class: 'gaps' }, result.gaps.map((g) => h('li', { 'data-gap': g.trait }, h('strong', null, traitTitle(app.playbook, g.trait)), ` (level ${g.level}, needs ${g.bar})`, reasoned(g.reason, g.rule))))
      : h('p', null, 'No gaps: every trait is covered.'),
    h('h3', null, 'Warnings'),
    result.warnings.length
      ? h('ul', { class: 'warnings' }, result.warnings.map((w) => h('li', { 'data-warning': w.id }, h('strong', null, w.title), reasoned(w.reason, w.rule), w.what_to_do ? h('p', null, w.what_to_do) : null)))
      : h('p', null, 'No principle warnings.'),
  );
}

function ruleTagFor(rule: string | undefined): HTMLElement | null {
  return rule ? ruleTag(rule) : null;
}

function bestHireSection(result: TeamResult | null, poolSize: number, budget: string, failed: boolean): HTMLElement | null {
  if (failed) return null;
  const outcome = bestHireOutcome(result?.best_hires ?? null, poolSize, budget);
  if (outcome.kind === 'picks' && result) return bestHires(result);
  return h('p', { 'data-best-hire': outcome.kind }, outcome.kind === 'picks' ? '' : outcome.text);
}

function bestHires(result: TeamResult): HTMLElement {
  const best = result.best_hires!;
  const max = result.coverage.max_score;
  return h(
    'div',
    { class: 'best-hires' },
    reasoned(best.reason, best.rule),
    h(
      'ol',
      null,
      best.reasons.map((r) =>
        h(
          'li',
          { 'data-pick': r.id },
          h('a', { href: pathTo('/candidates/:id', { id: r.id }) }, r.name),
          h('span', { class: 'gain' }, ` ${gainText(r.gain, max)}`),
          r.cost ? h('span', { class: 'muted' }, ` · cost ${formatNumber(r.cost, 0)}`) : null,
          reasoned(r.reason, r.rule),
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted small' },
      `Coverage with ${best.picks.length === 1 ? 'this pick' : 'these picks'}: ${percentOf(best.objective, max)}. `,
      best.optimal ? 'No other choice from the pool does better.' : 'The best found in the time allowed; a better choice may exist.',
      ` ${best.pool_size} candidate${best.pool_size === 1 ? '' : 's'} considered.`,
    ),
  );
}

// The edit form of the member ?edit= names, else the form to add one.
function memberFormFor(app: App, traits: { id: string; title: string }[], members: TeamMember[], editId: string | null): HTMLElement {
  const member = editId ? members.find((m) => m.id === editId) : undefined;
  return member ? memberEditForm(app, traits, member) : addMemberForm(app, traits);
}

function addMemberForm(app: App, traits: { id: string; title: string }[]): HTMLElement {
  const name = field({ label: 'Name', name: 'name', required: true });
  const levels = traits.map((t) => field({ label: `${t.title} (0–5)`, name: `traits.${t.id}`, type: 'number', min: 0, max: 5, value: 0 }));
  const codes = checkbox('Writes code', 'codes', false);
  const banner = formBanner();
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'member-h' },
    h('h2', { id: 'member-h' }, 'Add a team member'),
    banner,
    name.wrapper,
    h('div', { class: 'row wrap' }, levels.map((l) => l.wrapper)),
    codes.wrapper,
    h('button', { type: 'submit', class: 'primary' }, 'Add member'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const traitLevels: Record<string, number> = {};
    traits.forEach((t, i) => {
      const value = Number(levels[i].control.value || 0);
      if (value) traitLevels[t.id] = value;
    });
    try {
      await app.api.post('/team-members', { name: name.control.value.trim(), traits: traitLevels, codes: (codes.control as HTMLInputElement).checked });
      app.navigate(location.pathname + location.search, { replace: true });
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return form;
}

