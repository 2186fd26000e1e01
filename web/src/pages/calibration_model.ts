// The calibration page's pure logic: GET /api/v1/calibration as rows a
// person reads. Per category: the ordinal alpha, its interval and the band in
// words (or why there is no alpha); per interviewer: the offset from
// colleagues with its interval, in words (more lenient, harsher, in line),
// and the share of their scorecards without notes. The chart's data too.
import type { Calibration, PlaybookSummary } from '../api/types';
import { categoryTitle } from './common';

export type CalibrationCategory = Calibration['categories'][string];
export type CalibrationInterviewer = Calibration['interviewers'][number];

// What each band id says; the ids come from the playbook's calibration.bands.
const BAND_WORDS: Record<string, string> = {
  reliable: 'Reliable agreement',
  tentative: 'Tentative agreement',
  poor: 'Poor agreement',
  undefined: 'Not enough data',
};

export function bandWords(band: string): string {
  return BAND_WORDS[band] ?? band;
}

export function bandKind(band: string): 'good' | 'warn' | 'bad' | 'neutral' {
  if (band === 'reliable') return 'good';
  if (band === 'tentative') return 'warn';
  if (band === 'poor') return 'bad';
  return 'neutral';
}

// 0.8123 → "0.81", -0.2 → "−0.20"; `signed` puts "+" before positives.
export function decimal(value: number | null | undefined, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = Math.abs(value).toFixed(2);
  if (value < 0 && text !== '0.00') return `−${text}`;
  return signed && text !== '0.00' ? `+${text}` : text;
}

export function intervalText(ci: number[] | null | undefined, signed = false): string {
  if (!ci || ci.length !== 2) return '–';
  return `${decimal(ci[0], signed)} to ${decimal(ci[1], signed)}`;
}

export interface CategoryRow {
  id: string;
  title: string;
  alpha: string;
  alphaInterval: string;
  interval: string;
  units: number;
  raters: number;
  band: string;
  bandWords: string;
  note: string | null;
}

// The categories in the playbook's order (any the playbook does not list
// after them, by id).
export function categoryRows(calibration: Calibration, playbook: PlaybookSummary | null): CategoryRow[] {
  const ids = Object.keys(calibration.categories);
  const order = (playbook?.categories ?? []).map((c) => c.id).filter((id) => ids.includes(id));
  for (const id of [...ids].sort()) if (!order.includes(id)) order.push(id);
  return order.map((id) => {
    const c = calibration.categories[id];
    return {
      id,
      title: categoryTitle(playbook, id),
      alpha: decimal(c.alpha_ordinal),
      alphaInterval: decimal(c.alpha_interval),
      interval: intervalText(c.ci),
      units: c.units,
      raters: c.raters,
      band: c.band,
      bandWords: bandWords(c.band),
      note: c.note ?? null,
    };
  });
}

// Whether any category has an alpha at all (else the page says there is not
// enough data yet instead of drawing an empty chart).
export function anyAlpha(calibration: Calibration): boolean {
  return Object.values(calibration.categories).some((c) => c.alpha_ordinal !== null);
}

export interface InterviewerRow {
  name: string;
  scorecards: number;
  n: number;
  offset: string;
  interval: string;
  leaning: string;
  withoutNotes: string;
}

// How an offset reads: "not enough data" without one; "in line with
// colleagues" while its interval holds 0 (or there is no interval, with the
// offset under a quarter point); else more lenient (above) or harsher.
export function leaning(person: Pick<CalibrationInterviewer, 'offset' | 'ci' | 'n'>): string {
  if (person.offset === null || person.n === 0) return 'not enough data';
  const ci = person.ci;
  const holdsZero = ci ? ci[0] <= 0 && ci[1] >= 0 : Math.abs(person.offset) < 0.25;
  if (holdsZero) return 'in line with colleagues';
  return person.offset > 0 ? 'more lenient than colleagues' : 'harsher than colleagues';
}

export function interviewerRows(calibration: Calibration): InterviewerRow[] {
  return calibration.interviewers.map((p) => ({
    name: p.interviewer,
    scorecards: p.scorecards,
    n: p.n,
    offset: decimal(p.offset, true),
    interval: intervalText(p.ci, true),
    leaning: leaning(p),
    withoutNotes: `${Math.round(p.without_notes * 100)}%`,
  }));
}

export interface AlphaChartData {
  labels: string[];
  alpha: (number | null)[];
  interval: ([number, number] | null)[];
}

export function alphaChartData(rows: CategoryRow[], calibration: Calibration): AlphaChartData {
  return {
    labels: rows.map((r) => r.title),
    alpha: rows.map((r) => calibration.categories[r.id].alpha_ordinal),
    interval: rows.map((r) => {
      const ci = calibration.categories[r.id].ci;
      return ci && ci.length === 2 ? [ci[0], ci[1]] : null;
    }),
  };
}
