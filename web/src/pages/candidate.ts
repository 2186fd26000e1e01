// One candidate: every scorecard (under the blind rule: an interviewer sees
// the others' only after submitting their own), the evaluation (radar chart
// per interviewer and combined, how many scored each category, the gate, red
// flags, disagreements, weak evidence, how certain it is and the scores
// their notes do not bear out, the recommendation), each scorecard's notes
// with the quoted evidence marked, and the hiring decision with its reason.
import type { App } from '../app';
import { ApiError } from '../api/client';
import type { Candidate, DecisionRecord, Evaluation, Listing, Opening, Scorecard, ScorecardEvidence, StagedCandidate, User } from '../api/types';
import { drawRadar, interviewerNames, radarData } from '../lib/charts';
import { h, humanize, replace, type Child } from '../lib/dom';
import { field, formBanner, setBanner, showApiError } from '../lib/forms';
import { pathTo } from '../lib/router';
import { candidateDataSection } from './candidate_data';
import { candidateEditSection, loadOpenings } from './candidate_edit';
import { evidenceOf, scoredBy } from './evidence_model';
import { evaluationEvidence, scorecardWithEvidence } from './evidence_view';
import { interviewsSection, loadInterviews } from './candidate_interviews';
import { scorecardAuthors } from './candidate_model';
import { badge, categoryTitle, emptyState, errorState, flagTitle, formatNumber, pageHeader, reasoned, ruleTag, traitIds, traitTitle } from './common';
import { optionsOf, stageTitle } from './labels';
import { timeOf } from './loop_model';
import { reopenControl } from './scorecard_reopen';

// The decision a recommendation suggests: hire for hire/strong_hire, reject
// for no_hire, hold for risky_first_hire (and when there is none yet).
export function suggestedDecision(recommendation: string | undefined): 'hire' | 'reject' | 'hold' {
  if (recommendation === 'hire' || recommendation === 'strong_hire') return 'hire';
  if (recommendation === 'no_hire') return 'reject';
  return 'hold';
}

type Blind = { blind: true; message: string };

async function loadOr<T>(promise: Promise<T>): Promise<T | Blind | ApiError> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return { blind: true, message: error.message };
    if (error instanceof ApiError) return error;
    throw error;
  }
}

function isBlind(value: unknown): value is Blind {
  return typeof value === 'object' && value !== null && (value as Blind).blind === true;
}

export async function candidatePage(app: App, params: Record<string, string>): Promise<void> {
  const candidate = await loadCandidate(app, params.id);
  if (!candidate) return;
  const id = candidate.id || params.id;
  const { cards, evaluation, users, decisions, opening, interviews } = await loadCandidateParts(app, candidate, params.id);
  const openings = app.isManager() ? await loadOpenings(app) : [];
  const nameOf = scorecardAuthors(
    isBlind(cards) || cards instanceof ApiError ? [] : cards.items,
    isBlind(evaluation) || evaluation instanceof ApiError ? null : evaluation,
    users?.items ?? null,
    app.user,
  );
  const scoreLink = h('a', { class: 'button primary', href: pathTo('/candidates/:id/score', { id: params.id }) }, 'Score this candidate');
  const kitLink = opening ? h('a', { class: 'button secondary', href: pathTo('/openings/:id', { id: opening.id }), 'data-kit-link': '' }, 'Interview kit') : null;
  replace(
    app.main,
    pageHeader(candidate.name, scoreLink, kitLink),
    candidateSummary(app, candidate, opening),
    app.isManager() ? candidateEditSection(app, candidate, openings) : null,
    evaluationSection(app, evaluation),
    scorecardsSection(app, cards, nameOf, isBlind(evaluation) || evaluation instanceof ApiError ? [] : (evaluation.evidence?.scorecards ?? [])),
    app.isManager() ? interviewsSection(app, id, interviews, users?.items ?? [], submittedBy(cards)) : null,
    app.isManager() ? decisionSection(app, candidate, evaluation, decisions?.items ?? [], users?.items ?? []) : null,
    candidateDataSection(app, id, candidate.name),
  );
  const canvas = app.main.querySelector<HTMLCanvasElement>('canvas.radar');
  if (canvas && !isBlind(evaluation) && !(evaluation instanceof ApiError)) {
    drawRadar(canvas, radarData(evaluation, (c) => categoryTitle(app.playbook, c)));
  }
}

// The candidate, or null once the page says why there is none (unknown, or
// erased: an erased candidate answers 404 everywhere).
async function loadCandidate(app: App, id: string): Promise<StagedCandidate | null> {
  try {
    return await app.api.get<StagedCandidate>(`/candidates/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      replace(
        app.main,
        pageHeader('Candidate not found'),
        h('p', { class: 'banner banner-info', role: 'status' }, 'This candidate does not exist or their data was erased.'),
        h('p', null, h('a', { href: '/candidates' }, 'Back to the candidates')),
      );
    } else {
      replace(app.main, pageHeader('Candidate'), errorState(error));
    }
    return null;
  }
}

// Everything else the page shows, fetched together; what a role may not read stays null.
async function loadCandidateParts(app: App, candidate: StagedCandidate, id: string) {
  const base = `/candidates/${encodeURIComponent(id)}`;
  const [cards, evaluation, users, decisions, opening, interviews] = await Promise.all([
    loadOr(app.api.get<{ items: Scorecard[] }>(`${base}/scorecards`)),
    loadOr(app.api.get<Evaluation>(`${base}/evaluation`)),
    // Only managers may read the users list (docs/api.md, roles); an
    // interviewer's names come from the evaluation (candidate_model.ts).
    app.isManager() ? app.api.get<Listing<User>>('/users', { limit: 500 }).catch(() => null) : Promise.resolve(null),
    app.isManager() ? app.api.get<{ items: DecisionRecord[] }>(`${base}/decisions`).catch(() => null) : Promise.resolve(null),
    candidate.opening_id ? app.api.get<Opening>(`/openings/${encodeURIComponent(candidate.opening_id)}`).catch(() => null) : Promise.resolve(null),
    app.isManager() ? loadInterviews(app, id) : Promise.resolve(null),
  ]);
  return { cards, evaluation, users, decisions, opening, interviews };
}

// Role and email, the stage, the opening, and the trait levels in the playbook's order.
function candidateSummary(app: App, candidate: StagedCandidate, opening: Opening | null): Child[] {
  const profile = candidate.profile ?? {};
  const traits = profile.traits ?? {};
  const openingLine = opening
    ? h('p', { 'data-opening': opening.id }, 'Opening: ', h('a', { href: pathTo('/openings/:id', { id: opening.id }) }, opening.title))
    : candidate.opening_id
      ? null
      : h('p', { class: 'muted' }, 'Not linked to an opening.');
  const traitLine = Object.keys(traits).length
    ? h(
        'p',
        { class: 'muted' },
        'Traits: ',
        traitIds(app.playbook)
          .filter((t) => t in traits)
          .map((t) => `${traitTitle(app.playbook, t)} ${traits[t]}`)
          .join(', '),
      )
    : null;
  return [h('p', { class: 'lede' }, [profile.role, candidate.email].filter(Boolean).join(' · ')), stageLine(app, candidate, opening), openingLine, traitLine];
}

function evaluationSection(app: App, evaluation: Evaluation | Blind | ApiError): HTMLElement {
  const heading = h('h2', { id: 'eval-h' }, 'Evaluation');
  if (isBlind(evaluation)) {
    return h('section', { 'aria-labelledby': 'eval-h', class: 'blind' }, heading, h('p', { class: 'banner banner-info' }, 'Blind rule: ', evaluation.message, '.'));
  }
  if (evaluation instanceof ApiError) {
    return h('section', { 'aria-labelledby': 'eval-h' }, heading, evaluation.status === 409 ? emptyState('No scorecard has been submitted yet.') : errorState(evaluation));
  }
  return h(
    'section',
    { 'aria-labelledby': 'eval-h', class: 'evaluation' },
    heading,
    gateBlock(app, evaluation.gate),
    evaluation.gate.split?.length ? splitSection(app, evaluation) : null,
    h(
      'div',
      { class: 'recommendation', 'data-recommendation': evaluation.recommendation.decision },
      h('h3', null, 'Recommendation: ', evaluation.recommendation.decision.replace(/_/g, ' ')),
      reasoned(evaluation.recommendation.reason, evaluation.recommendation.rule),
    ),
    scoresFigure(app, evaluation),
    evaluationEvidence(evaluation),
    evaluationFindings(app, evaluation),
  );
}

function gateBlock(app: App, gate: Evaluation['gate']): HTMLElement {
  return h(
    'div',
    { class: `gate ${gate.risky_first_hire ? 'gate-fail' : 'gate-pass'}`, 'data-gate': gate.risky_first_hire ? 'risky_first_hire' : 'pass' },
    h('h3', null, gate.risky_first_hire ? 'Gate: risky first hire' : 'Gate: passed'),
    gate.failing.length ? h('p', null, 'Failing: ', gate.failing.map((c) => categoryTitle(app.playbook, c)).join(', ')) : null,
    reasoned(gate.reason, gate.rule),
  );
}

// The radar chart (drawn once on the page) and a table with the same numbers.
function scoresFigure(app: App, evaluation: Evaluation): Child[] {
  const data = radarData(evaluation, (c) => categoryTitle(app.playbook, c));
  return [
    h(
      'figure',
      { class: 'chart' },
      h('canvas', { class: 'radar', role: 'img', 'aria-label': 'Radar chart of the five category scores per interviewer and combined; the table below has the same numbers.' }),
      h('figcaption', null, `Scores by ${interviewerNames(evaluation).join(', ')}`),
    ),
    scoresTable(evaluation, data),
  ];
}

// The chart's numbers, and how many interviewers scored each category. It
// scrolls sideways inside its own box on a narrow screen (a column per interviewer).
function scoresTable(evaluation: Evaluation, data: ReturnType<typeof radarData>): HTMLElement {
  const counts = scoredBy(evaluation);
  const table = h(
    'table',
    { class: 'table' },
    h('caption', { id: 'scores-caption' }, 'Scores per category'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Category'), data.datasets.map((d) => h('th', { scope: 'col' }, d.label)), h('th', { scope: 'col' }, 'Scored by'))),
    h(
      'tbody',
      null,
      data.labels.map((label, row) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, label),
          data.datasets.map((d) => h('td', null, formatNumber(d.data[row]))),
          h('td', { 'data-scored-by': evaluation.categories[row].id }, `${counts.get(evaluation.categories[row].id) ?? 0} of ${evaluation.interviewers}`),
        ),
      ),
    ),
  );
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'scores-caption', tabindex: '0' }, table);
}

// Red flags, disagreements and weak evidence.
function evaluationFindings(app: App, evaluation: Evaluation): Child[] {
  return [
    h('h3', null, 'Red flags'),
    evaluation.red_flags.length
      ? h('ul', { class: 'flags' }, evaluation.red_flags.map((f) => h('li', { 'data-flag': f.id }, badge(f.title || flagTitle(app.playbook, f.id), 'bad'), ' raised by ', f.raised_by.join(', '))))
      : h('p', null, 'No red flags raised.'),
    h('h3', null, 'Disagreements'),
    evaluation.disagreements.length
      ? h('ul', null, evaluation.disagreements.map((d) => h('li', { 'data-disagreement': d.category }, reasoned(d.reason, d.rule))))
      : h('p', null, 'The interviewers agree.'),
    evaluation.weak_evidence?.length ? [h('h3', null, 'Weak evidence'), h('ul', null, evaluation.weak_evidence.map((w) => h('li', null, reasoned(w.reason, w.rule))))] : null,
  ];
}

// The interviewers whose scorecard is submitted (none while the caller is blind).
function submittedBy(cards: { items: Scorecard[] } | Blind | ApiError): Set<string> {
  if (isBlind(cards) || cards instanceof ApiError) return new Set();
  return new Set(cards.items.filter((c) => c.state === 'submitted').map((c) => c.interviewer_id));
}

function scorecardsSection(app: App, cards: { items: Scorecard[] } | Blind | ApiError, nameOf: (id: string) => string, evidence: ScorecardEvidence[]): HTMLElement {
  const heading = h('h2', { id: 'cards-h' }, 'Scorecards');
  if (isBlind(cards)) {
    return h(
      'section',
      { 'aria-labelledby': 'cards-h', 'data-blind': 'true' },
      heading,
      h('p', null, 'The other interviewers’ scorecards stay hidden until you submit yours, so nobody is anchored by a colleague’s scores.'),
    );
  }
  if (cards instanceof ApiError) return h('section', { 'aria-labelledby': 'cards-h' }, heading, errorState(cards));
  if (!cards.items.length) return h('section', { 'aria-labelledby': 'cards-h' }, heading, emptyState('No scorecards yet.'));
  return h(
    'section',
    { 'aria-labelledby': 'cards-h' },
    heading,
    h(
      'ul',
      { class: 'cards' },
      cards.items.map((card) =>
        h(
          'li',
          { class: 'card', 'data-scorecard': card.interviewer_id, 'data-state': card.state },
          h('h3', null, nameOf(card.interviewer_id), ' ', badge(card.state === 'submitted' ? 'Submitted' : 'Draft', card.state === 'submitted' ? 'good' : 'neutral')),
          scorecardWithEvidence(app.playbook, card, card.state === 'submitted' ? evidenceOf(evidence, card.interviewer_id) : null),
          card.red_flags?.length ? h('p', null, 'Red flags: ', card.red_flags.map((f) => flagTitle(app.playbook, f)).join(', ')) : null,
          app.isManager() && card.state === 'submitted' ? reopenControl(app, card, nameOf(card.interviewer_id)) : null,
        ),
      ),
    ),
  );
}

function decisionSection(app: App, candidate: Candidate, evaluation: Evaluation | Blind | ApiError, decisions: DecisionRecord[], users: User[]): HTMLElement {
  const recommended = !isBlind(evaluation) && !(evaluation instanceof ApiError) ? evaluation.recommendation : null;
  const noScorecard = evaluation instanceof ApiError && evaluation.status === 409;
  const suggested = suggestedDecision(recommended?.decision);
  const choice = field({
    label: 'Decision',
    name: 'decision',
    value: suggested,
    options: optionsOf(app.playbook, 'decisions'),
  });
  // The reason is the decider's own words: never prefilled, always required.
  const reason = field({
    label: 'Reason',
    name: 'reason',
    rows: 3,
    required: true,
    hint: recommended ? `The evaluation recommends ${recommended.decision.replace(/_/g, ' ')}: ${recommended.reason} Say in your words why you decide as you do.` : 'Say in your words why you decide as you do.',
  });
  const banner = formBanner();
  const byName = (id: string) => (id === app.user?.id ? 'you' : users.find((u) => u.id === id)?.name ?? 'a manager');
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'decision-h' },
    h('h2', { id: 'decision-h' }, 'Decision'),
    decisions.length
      ? h('ul', { class: 'decisions' }, decisions.map((d) => decisionItem(d, byName)))
      : h('p', { class: 'muted' }, 'No decision recorded yet.'),
    noScorecard ? h('p', { class: 'banner banner-info', 'data-needs-scorecard': '' }, 'A decision needs at least one submitted scorecard: none is in yet.') : null,
    banner,
    choice.wrapper,
    reason.wrapper,
    h('button', { type: 'submit', class: 'primary' }, 'Record decision'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const why = reason.control.value.trim();
    if (!why) {
      showApiError(form, banner, new ApiError(422, 'invalid_input', 'Say why: a decision needs a reason.', 'reason'));
      return;
    }
    try {
      await app.api.post(`/candidates/${encodeURIComponent(candidate.id)}/decisions`, { decision: choice.control.value, reason: why });
      setBanner(banner, 'Decision recorded.', 'ok');
      app.navigate(location.pathname, { replace: true });
    } catch (error) {
      // e.g. 422 without a submitted scorecard: the server's sentence, kept.
      showApiError(form, banner, error);
    }
  });
  return form;
}

function decisionItem(d: DecisionRecord, byName: (id: string) => string): HTMLElement {
  const when = timeOf(d.decided_at ?? d.created_at ?? null);
  return h(
    'li',
    { 'data-decision': d.decision },
    badge(humanize(d.decision), d.decision === 'hire' ? 'good' : d.decision === 'reject' ? 'bad' : 'warn'),
    ' ',
    d.reason,
    h('span', { class: 'muted small' }, ` — ${d.decided_by ? byName(d.decided_by) : 'unknown'}${when !== null ? `, ${new Date(when).toLocaleString()}` : ''}`),
    d.rule ? [' ', ruleTag(d.rule)] : null,
  );
}

// The stage the candidate is at, with the reason for a rejection or
// withdrawal, and the opening's board for managers.
function stageLine(app: App, candidate: StagedCandidate, opening: Opening | null): HTMLElement | null {
  if (!candidate.stage) return null;
  return h(
    'p',
    { class: 'stage', 'data-stage': candidate.stage },
    'Stage: ',
    badge(stageTitle(app.playbook, candidate.stage), candidate.stage === 'hired' ? 'good' : candidate.stage === 'rejected' || candidate.stage === 'withdrawn' ? 'bad' : 'neutral'),
    candidate.stage_reason ? ` — ${candidate.stage_reason}` : null,
    opening && app.isManager() ? [' · ', h('a', { href: pathTo('/openings/:id/pipeline', { id: opening.id }) }, 'Pipeline board')] : null,
  );
}

// Gate categories where an interviewer scored below the bar although the
// mean passed: said plainly, with a request for a follow-up interview on them.
function splitSection(app: App, evaluation: Evaluation): HTMLElement {
  const split = evaluation.gate.split ?? [];
  const titles = split.map((c) => categoryTitle(app.playbook, c)).join(', ');
  const status = h('p', { role: 'status', 'aria-live': 'polite' });
  const request = h('button', { type: 'button', class: 'secondary' }, 'Request a follow-up interview');
  request.addEventListener('click', async () => {
    request.disabled = true;
    try {
      await app.api.post('/interviews', {
        candidate_id: evaluation.candidate.id,
        kind: 'follow_up',
        focus: split,
        notes: `Follow-up on ${titles}: the interviewers disagreed on the gate.`,
      });
      status.textContent = 'Follow-up interview requested. Assign an interviewer to it.';
    } catch (error) {
      status.textContent = `The follow-up was not requested: ${(error as Error).message}`;
      request.disabled = false;
    }
  });
  return h(
    'div',
    { class: 'gate-split banner banner-warn', 'data-gate-split': split.join(' ') },
    h('h3', null, 'The interviewers split on the gate'),
    h('p', null, `On ${titles}, an interviewer scored below 3 although the average passed. The recommendation is at most “hire” until a follow-up interview on ${split.length === 1 ? 'this category' : 'these categories'} settles it.`),
    app.isManager() ? [request, status] : h('p', null, 'Ask the hiring manager for a follow-up interview.'),
  );
}
