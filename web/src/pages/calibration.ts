// Interviewer calibration (hiring managers and admins): GET
// /api/v1/calibration drawn as a chart of each category's agreement
// (Krippendorff's alpha with its 95% interval and the band in words) with
// the same figures in a table, and a table of interviewers: their offset
// from colleagues with n and interval, and how many of their scorecards
// carry no notes. Categories and people without enough data say so.
import type { App } from '../app';
import type { Calibration } from '../api/types';
import { h, replace } from '../lib/dom';
import { drawAlphaChart } from '../lib/calibration_chart';
import { badge, emptyState, errorState, pageHeader } from './common';
import { alphaChartData, anyAlpha, bandKind, categoryRows, interviewerRows, type CategoryRow } from './calibration_model';

export async function calibrationPage(app: App): Promise<void> {
  let calibration: Calibration;
  try {
    calibration = await app.api.get<Calibration>('/calibration');
  } catch (error) {
    replace(app.main, pageHeader('Interviewer calibration'), errorState(error));
    return;
  }
  const rows = categoryRows(calibration, app.playbook);
  const enough = anyAlpha(calibration);
  replace(
    app.main,
    pageHeader('Interviewer calibration'),
    h(
      'p',
      { class: 'lede' },
      `Do the interviewers agree? Over the submitted scorecards of ${calibration.candidates} ${calibration.candidates === 1 ? 'candidate' : 'candidates'}. `,
      'Agreement is Krippendorff’s alpha: 1 is perfect agreement, 0 no better than chance. It counts candidates scored by two or more interviewers in a category.',
    ),
    h(
      'section',
      { 'aria-labelledby': 'agreement-h' },
      h('h2', { id: 'agreement-h' }, 'Agreement per category'),
      enough
        ? h(
            'figure',
            { class: 'chart alpha' },
            h('div', { class: 'alpha-box' }, h('canvas', { class: 'alpha-chart', role: 'img', 'aria-label': 'Chart of each category’s alpha with its 95% interval; the table below has the same figures.' })),
          )
        : emptyState('Not enough data yet: no category has two interviewers whose scores vary. Agreement appears once at least two interviewers score the same candidates.'),
      categoryTable(rows),
    ),
    h(
      'section',
      { 'aria-labelledby': 'interviewers-h' },
      h('h2', { id: 'interviewers-h' }, 'Interviewers'),
      h('p', null, 'Offset: on average, how far an interviewer’s score lies from the other interviewers’ mean on the same candidate and category. Positive is more lenient, negative harsher. n counts those shared scores.'),
      calibration.interviewers.length ? interviewerTable(calibration) : emptyState('No submitted scorecards yet.'),
    ),
  );
  const canvas = app.main.querySelector<HTMLCanvasElement>('canvas.alpha-chart');
  if (canvas) drawAlphaChart(canvas, alphaChartData(rows, calibration));
}

function categoryTable(rows: CategoryRow[]): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'agreement-caption', tabindex: '0' },
    h(
      'table',
      { class: 'table calibration' },
      h('caption', { id: 'agreement-caption' }, 'Agreement per category (the band is for the ordinal alpha)'),
      h('thead', null, h('tr', null, ['Category', 'Alpha (ordinal)', '95% interval', 'Alpha (interval)', 'Candidates', 'Interviewers', 'Band'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        null,
        rows.map((r) =>
          h(
            'tr',
            { 'data-category': r.id, 'data-band': r.band },
            h('th', { scope: 'row' }, r.title),
            h('td', null, r.alpha),
            h('td', null, r.interval),
            h('td', null, r.alphaInterval),
            h('td', null, String(r.units)),
            h('td', null, String(r.raters)),
            h('td', null, badge(r.bandWords, bandKind(r.band)), r.note ? h('p', { class: 'muted small' }, r.note) : null),
          ),
        ),
      ),
    ),
  );
}

function interviewerTable(calibration: Calibration): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'interviewers-caption', tabindex: '0' },
    h(
      'table',
      { class: 'table calibration-people' },
      h('caption', { id: 'interviewers-caption' }, 'Each interviewer against their colleagues'),
      h('thead', null, h('tr', null, ['Interviewer', 'Offset', '95% interval', 'n', 'Reads as', 'Scorecards', 'Without notes'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        null,
        interviewerRows(calibration).map((r) =>
          h(
            'tr',
            { 'data-interviewer': r.name },
            h('th', { scope: 'row' }, r.name),
            h('td', null, r.offset),
            h('td', null, r.interval),
            h('td', null, String(r.n)),
            h('td', null, r.leaning),
            h('td', null, String(r.scorecards)),
            h('td', null, r.withoutNotes),
          ),
        ),
      ),
    ),
  );
}
