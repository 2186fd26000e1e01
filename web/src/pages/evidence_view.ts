// Evidence as page parts: a note with the engine's quotes marked (each
// <mark> followed by a "Why?" disclosure saying what the words are evidence
// of and the playbook rule behind it), the mismatches between scores and
// notes, and the interviewer's own check of their draft. evidence_model.ts
// arranges; this draws.
import type { Evaluation, PlaybookSummary, Scorecard, ScorecardEvidence } from '../api/types';
import { h, type Child } from '../lib/dom';
import { categoryTitle, flagTitle, reasoned } from './common';
import { certaintyHeading, findingsIn, notePieces, suggestedFlags, type Finding, type Mismatch } from './evidence_model';
import { labelOf } from './labels';

// What a quoted finding is evidence of, in words.
export function findingText(playbook: PlaybookSummary | null, finding: Finding): string {
  if (finding.kind === 'red_flag') return `Suggests the red flag “${flagTitle(playbook, finding.id)}”`;
  return `${labelOf(playbook, 'evidence_polarity', finding.polarity)} for ${categoryTitle(playbook, finding.category)}`;
}

function why(playbook: PlaybookSummary | null, findings: Finding[]): HTMLElement {
  return h(
    'details',
    { class: 'why', 'data-rule': findings.map((f) => f.rule).join(' ') },
    h('summary', null, 'Why?'),
    h(
      'span',
      { class: 'why-body' },
      findings.map((f, i) => [i ? '; ' : '', `${findingText(playbook, f)} (playbook rule `, h('code', { class: 'rule' }, f.rule), ')']),
      '.',
    ),
  );
}

// The note's text with every quoted finding marked. `note` is the key the
// findings name: a category id or "summary".
export function highlightedNote(playbook: PlaybookSummary | null, text: string, evidence: ScorecardEvidence | null | undefined, note: string): HTMLElement {
  const pieces = notePieces(text, findingsIn(evidence, note));
  return h(
    'div',
    { class: 'note-text', 'data-note': note },
    pieces.map((piece) => {
      if (!piece.findings.length) return piece.text;
      const kinds = piece.findings.map((f) => (f.kind === 'red_flag' ? 'red-flag' : f.polarity));
      return [h('mark', { class: `evidence ${[...new Set(kinds)].join(' ')}`, 'data-quote': piece.text }, piece.text), why(playbook, piece.findings)];
    }),
  );
}

export function mismatchList(mismatches: Mismatch[]): HTMLElement | null {
  if (!mismatches.length) return null;
  return h('ul', { class: 'mismatches' }, mismatches.map((m) => h('li', { 'data-mismatch': m.category ?? m.red_flag ?? '' }, reasoned(m.reason, m.rule))));
}

// The interviewer's own check before submitting: what their notes say
// against their scores. Only their own draft is read (POST …/scorecards/check).
export function ownCheck(playbook: PlaybookSummary | null, evidence: ScorecardEvidence | null, status: string): HTMLElement {
  const flags = suggestedFlags(evidence);
  return h(
    'section',
    { class: 'own-check card', 'aria-labelledby': 'own-check-h', 'data-own-check': evidence ? String(evidence.mismatches.length) : '' },
    h('h2', { id: 'own-check-h' }, 'Check your notes against your scores'),
    h('p', { class: 'muted small', role: 'status', 'aria-live': 'polite' }, status),
    evidence
      ? [
          evidence.mismatches.length
            ? [h('h3', null, 'Look again before you submit'), mismatchList(evidence.mismatches)]
            : h('p', null, 'Your scores and your notes agree.'),
          flags.length
            ? [
                h('h3', null, 'Red flags your notes suggest'),
                h(
                  'ul',
                  { class: 'suggested-flags' },
                  flags.map((f) =>
                    h(
                      'li',
                      { 'data-suggested-flag': f.id },
                      h('strong', null, flagTitle(playbook, f.id)),
                      ': ',
                      f.quotes.map((quote, i) => [i ? ', ' : '', '“', h('mark', { class: 'evidence red-flag' }, quote), '”']),
                    ),
                  ),
                ),
              ]
            : null,
        ]
      : null,
  );
}

// One submitted scorecard as a manager (or an interviewer past the blind
// rule) reads it: beside each score the interviewer's note with the quoted
// evidence marked, and the summary likewise. (What does not add up is listed
// once for all interviewers, by evaluationEvidence.)
export function scorecardWithEvidence(playbook: PlaybookSummary | null, card: Pick<Scorecard, 'scores' | 'notes'> & Partial<Pick<Scorecard, 'summary'>>, evidence: ScorecardEvidence | null): Child[] {
  const notes = card.notes ?? {};
  return [
    h(
      'dl',
      { class: 'scored' },
      Object.entries(card.scores ?? {}).map(([category, score]) => [
        h('dt', null, categoryTitle(playbook, category)),
        h('dd', { 'data-score': category }, h('span', { class: 'score' }, String(score)), notes[category] ? highlightedNote(playbook, notes[category], evidence, category) : h('span', { class: 'muted' }, ' no note')),
      ]),
    ),
    card.summary ? h('div', { class: 'summary-note' }, h('h4', null, 'Summary'), highlightedNote(playbook, card.summary, evidence, 'summary')) : null,
  ];
}

// The evaluation's word on its own evidence: how many interviewers scored
// each category is in the scores table; here, whether there were enough
// independent interviews to be firm, and every mismatch between a score and
// its notes, named by interviewer.
export function evaluationEvidence(evaluation: Partial<Pick<Evaluation, 'certainty' | 'evidence'>>): HTMLElement {
  // Both are always in the server's answer; an older answer without them shows what it has.
  const certainty = evaluation.certainty;
  const mismatches = (evaluation.evidence?.scorecards ?? []).flatMap((s) => s.mismatches);
  return h(
    'div',
    { class: 'evaluation-evidence' },
    certainty
      ? h(
          'div',
          { class: certainty.less_certain ? 'certainty banner banner-warn' : 'certainty', 'data-certainty': certainty.less_certain ? 'less_certain' : 'firm' },
          h('h3', null, certaintyHeading(certainty)),
          certainty.less_certain && certainty.reason ? reasoned(certainty.reason, certainty.rule) : null,
        )
      : null,
    h('h3', null, 'Scores and notes that do not agree'),
    mismatches.length ? mismatchList(mismatches) : h('p', null, 'Every score is borne out by its notes.'),
  );
}
