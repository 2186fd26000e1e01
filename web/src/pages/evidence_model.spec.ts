import { describe, expect, it } from 'vitest';
import type { ScorecardEvidence } from '../api/types';
import { certaintyHeading, evidenceOf, findingsIn, flagMismatches, mismatchesFor, needsAnotherLook, notePieces, quotedPieces, scoredBy, suggestedFlags, type Finding } from './evidence_model';

const signal = (note: string, quote: string, start: number, polarity: 'strong' | 'fail' = 'fail'): Finding => ({
  kind: 'signal',
  note,
  category: 'eval_discipline',
  polarity,
  quote,
  start,
  end: start + new TextEncoder().encode(quote).length,
  rule: 'evidence.cue',
  concrete: false,
});

const evidence: ScorecardEvidence = {
  interviewer: 'Ana',
  interviewer_id: 'u-ana',
  signals: [
    { note: 'summary', category: 'eval_discipline', polarity: 'strong', quote: 'golden set', start: 10, end: 20, rule: 'r1', concrete: true },
    { note: 'eval_discipline', category: 'eval_discipline', polarity: 'fail', quote: 'eyeball', start: 5, end: 12, rule: 'r2', concrete: false },
  ],
  red_flags: [{ note: 'eval_discipline', id: 'manual_validation_only', quote: 'They', start: 0, end: 4, rule: 'r3' }],
  mismatches: [
    { category: 'eval_discipline', score: 5, red_flag: null, reason: 'scored 5 against the notes', rule: 'evidence.mismatch.high_only_fail' },
    { category: null, score: null, red_flag: 'manual_validation_only', reason: 'not ticked', rule: 'evidence.mismatch.unticked_flag' },
  ],
};

describe('notePieces', () => {
  it('cuts a note at each quote and keeps the rest plain', () => {
    const text = 'They eyeball the outputs.';
    const pieces = notePieces(text, [signal('eval_discipline', 'eyeball', 5)]);
    expect(pieces.map((p) => [p.text, p.findings.length])).toEqual([
      ['They ', 0],
      ['eyeball', 1],
      [' the outputs.', 0],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('reads the offsets as bytes of the UTF-8 note, so text after an accent or a dash is marked right', () => {
    const text = 'Zoë — mostly eyeball it';
    const start = new TextEncoder().encode('Zoë — mostly ').length; // 16 bytes, 13 characters
    const pieces = notePieces(text, [signal('x', 'eyeball', start)]);
    expect(pieces.find((p) => p.findings.length)!.text).toBe('eyeball');
  });

  it('lists every finding over a piece where quotes overlap', () => {
    const pieces = notePieces('spot checks only', [signal('x', 'spot checks only', 0), signal('x', 'spot checks', 0, 'strong')]);
    expect(pieces.map((p) => [p.text, p.findings.length])).toEqual([
      ['spot checks', 2],
      [' only', 1],
    ]);
  });

  it('shows a note plain when a finding does not quote it (edited since) or falls outside it', () => {
    expect(notePieces('They read it.', [signal('x', 'eyeball', 5)])).toEqual([{ text: 'They read it.', findings: [] }]);
    expect(notePieces('short', [signal('x', 'eyeball', 40)])).toEqual([{ text: 'short', findings: [] }]);
    expect(notePieces('', [])).toEqual([{ text: '', findings: [] }]);
  });
});

describe('findingsIn', () => {
  it('gathers the signals and suggested flags of one note, by start', () => {
    expect(findingsIn(evidence, 'eval_discipline').map((f) => [f.kind, f.quote])).toEqual([
      ['red_flag', 'They'],
      ['signal', 'eyeball'],
    ]);
    expect(findingsIn(evidence, 'summary').map((f) => f.quote)).toEqual(['golden set']);
    expect(findingsIn(evidence, 'security_guardrails')).toEqual([]);
    expect(findingsIn(null, 'summary')).toEqual([]);
  });
});

describe('mismatches', () => {
  it('splits the category mismatches from the unticked flags', () => {
    expect(mismatchesFor(evidence, 'eval_discipline').map((m) => m.rule)).toEqual(['evidence.mismatch.high_only_fail']);
    expect(mismatchesFor(evidence, 'security_guardrails')).toEqual([]);
    expect(flagMismatches(evidence).map((m) => m.red_flag)).toEqual(['manual_validation_only']);
  });

  it('asks for another look only when something does not agree', () => {
    expect(needsAnotherLook(evidence)).toBe(true);
    expect(needsAnotherLook({ ...evidence, mismatches: [] })).toBe(false);
    expect(needsAnotherLook(null)).toBe(false);
  });
});

describe('evidenceOf', () => {
  it('finds a scorecard’s evidence by the interviewer’s user id', () => {
    expect(evidenceOf([evidence], 'u-ana')).toBe(evidence);
    expect(evidenceOf([evidence], 'u-ben')).toBeNull();
  });
});

describe('certaintyHeading', () => {
  const base = { less_certain: true, min_interviews: 4, reason: 'r', rule: 'scorecard.certainty' };
  it('says a recommendation on fewer than the minimum of interviews is less certain', () => {
    expect(certaintyHeading({ ...base, interviews: 2 })).toBe('Less certain: 2 independent interviews, fewer than the 4 a firm recommendation needs');
    expect(certaintyHeading({ ...base, interviews: 1 })).toContain('1 independent interview,');
  });
  it('says what it rests on when there were enough', () => {
    expect(certaintyHeading({ ...base, less_certain: false, reason: null, interviews: 4 })).toBe('Based on 4 independent interviews (at least 4 make a recommendation firm)');
  });
});

describe('scoredBy', () => {
  it('counts the interviewers per category', () => {
    const counts = scoredBy({ categories: [{ id: 'a', count: 2 }, { id: 'b', count: 0 }] } as never);
    expect(counts.get('a')).toBe(2);
    expect(counts.get('b')).toBe(0);
  });
});

describe('quotedPieces', () => {
  it('marks each claim where it occurs, in order', () => {
    const text = 'Evals, metrics. We run a golden set of 300 cases. Also dashboards.';
    expect(quotedPieces(text, ['We run a golden set of 300 cases'])).toEqual([
      { text: 'Evals, metrics. ', quoted: false },
      { text: 'We run a golden set of 300 cases', quoted: true },
      { text: '. Also dashboards.', quoted: false },
    ]);
  });
  it('leaves text plain when a claim is not in it, and keeps an all-claim text whole', () => {
    expect(quotedPieces('keywords only', ['not here'])).toEqual([{ text: 'keywords only', quoted: false }]);
    expect(quotedPieces('We log every call', ['We log every call'])).toEqual([{ text: 'We log every call', quoted: true }]);
  });
});

describe('suggestedFlags', () => {
  it('groups the quotes of each suggested flag, each quote once', () => {
    const flag = (id: string, quote: string, start: number) => ({ note: 'summary', id, quote, start, end: start + quote.length, rule: 'r' });
    const grouped = suggestedFlags({ ...evidence, red_flags: [flag('manual_validation_only', 'eyeball', 0), flag('unmodeled_cost', 'no idea of cost', 20), flag('manual_validation_only', 'by eye', 40), flag('manual_validation_only', 'eyeball', 60)] });
    expect(grouped).toEqual([
      { id: 'manual_validation_only', quotes: ['eyeball', 'by eye'] },
      { id: 'unmodeled_cost', quotes: ['no idea of cost'] },
    ]);
    expect(suggestedFlags(null)).toEqual([]);
  });
});
