// Evidence from interview notes, ready to show: a note cut into plain and
// quoted pieces (the engine's findings carry byte offsets into the UTF-8
// note; the page works in JavaScript strings), the findings of one note of
// one scorecard, and the mismatches said per category. The decisions are the
// engine's (docs/score-and-review.md, "Evidence"); this only arranges them.
import type { Evaluation, ScorecardEvidence } from '../api/types';

export type Signal = ScorecardEvidence['signals'][number];
export type SuggestedFlag = ScorecardEvidence['red_flags'][number];
export type Mismatch = ScorecardEvidence['mismatches'][number];

// A quoted finding in a note: a signal (with category and polarity) or a
// suggested red flag (with id).
export type Finding = (Signal & { kind: 'signal' }) | (SuggestedFlag & { kind: 'red_flag' });

export interface NotePiece {
  text: string;
  findings: Finding[]; // empty: plain text
}

// The findings quoted from one note ("summary" or a category id), by start.
export function findingsIn(evidence: ScorecardEvidence | null | undefined, note: string): Finding[] {
  if (!evidence) return [];
  const signals: Finding[] = evidence.signals.filter((s) => s.note === note).map((s) => ({ ...s, kind: 'signal' }));
  const flags: Finding[] = evidence.red_flags.filter((f) => f.note === note).map((f) => ({ ...f, kind: 'red_flag' }));
  return [...signals, ...flags].sort((a, b) => a.start - b.start || a.end - b.end);
}

// The note cut at every finding's start and end (byte offsets into its UTF-8
// text); a piece covered by overlapping findings lists them all. Findings
// whose offsets fall outside the note, or do not quote it, are left out, so a
// note edited since it was read is shown plain rather than wrongly marked.
export function notePieces(text: string, findings: Finding[]): NotePiece[] {
  const bytes = new TextEncoder().encode(text);
  const decode = (from: number, to: number) => new TextDecoder().decode(bytes.slice(from, to));
  const valid = findings.filter((f) => f.start >= 0 && f.end > f.start && f.end <= bytes.length && decode(f.start, f.end) === f.quote);
  const cuts = [...new Set([0, bytes.length, ...valid.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const pieces: NotePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((f) => f.start <= from && f.end >= to);
    const last = pieces[pieces.length - 1];
    if (!covering.length && last && !last.findings.length) last.text += decode(from, to);
    else pieces.push({ text: decode(from, to), findings: covering });
  }
  return pieces.length ? pieces : [{ text, findings: [] }];
}

// The mismatches about one category (a score the notes do not bear out, or
// a score with no note), and those about red flags the notes suggest but the
// interviewer did not tick.
export function mismatchesFor(evidence: ScorecardEvidence | null | undefined, category: string): Mismatch[] {
  return (evidence?.mismatches ?? []).filter((m) => m.category === category);
}

export function flagMismatches(evidence: ScorecardEvidence | null | undefined): Mismatch[] {
  return (evidence?.mismatches ?? []).filter((m) => !m.category && m.red_flag);
}

// The evidence of the scorecard an interviewer (by user id) submitted, from
// the evaluation's `evidence.scorecards`.
export function evidenceOf(scorecards: ScorecardEvidence[], interviewerId: string): ScorecardEvidence | null {
  return scorecards.find((s) => s.interviewer_id === interviewerId) ?? null;
}

// Whether an own-draft check found anything to look at again before submitting.
export function needsAnotherLook(evidence: ScorecardEvidence | null): boolean {
  return !!evidence && evidence.mismatches.length > 0;
}

// How many independent interviews the recommendation rests on, in words:
// below the playbook's minimum it is said to be less certain.
export function certaintyHeading(certainty: Evaluation['certainty']): string {
  const n = certainty.interviews;
  const counted = `${n} independent interview${n === 1 ? '' : 's'}`;
  if (certainty.less_certain) return `Less certain: ${counted}, fewer than the ${certainty.min_interviews} a firm recommendation needs`;
  return `Based on ${counted} (at least ${certainty.min_interviews} make a recommendation firm)`;
}

// How many interviewers scored each category, by category id.
export function scoredBy(evaluation: Pick<Evaluation, 'categories'>): Map<string, number> {
  return new Map(evaluation.categories.map((c) => [c.id, c.count]));
}

export interface QuotedPiece {
  text: string;
  quoted: boolean;
}

// `text` cut so that each quote (an exact substring, as the review's
// `claims` are) is its own piece, found in order after the one before; a
// quote not found is skipped.
export function quotedPieces(text: string, quotes: string[]): QuotedPiece[] {
  const pieces: QuotedPiece[] = [];
  let at = 0;
  for (const quote of quotes) {
    const found = quote ? text.indexOf(quote, at) : -1;
    if (found < 0) continue;
    if (found > at) pieces.push({ text: text.slice(at, found), quoted: false });
    pieces.push({ text: quote, quoted: true });
    at = found + quote.length;
  }
  if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at), quoted: false });
  return pieces;
}

// The suggested red flags grouped by flag, each with its distinct quotes in
// the order found.
export function suggestedFlags(evidence: ScorecardEvidence | null | undefined): { id: string; quotes: string[] }[] {
  const byId = new Map<string, string[]>();
  for (const flag of evidence?.red_flags ?? []) {
    const quotes = byId.get(flag.id) ?? [];
    if (!quotes.includes(flag.quote)) quotes.push(flag.quote);
    byId.set(flag.id, quotes);
  }
  return [...byId].map(([id, quotes]) => ({ id, quotes }));
}
