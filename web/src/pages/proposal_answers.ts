// The vendor's own answer under each risk question of a proposal's review:
// the concrete claims that answered the question marked (the review's
// `claims`, quoted exactly), or plainly "not answered" when the vendor left
// the question open.
import type { Review } from '../api/types';
import { h } from '../lib/dom';
import { quotedPieces } from './evidence_model';

type Question = Review['risk_questions'][number];

export function vendorAnswer(question: Question, answer: string | undefined): HTMLElement {
  const text = (answer ?? '').trim();
  if (!text) return h('p', { class: 'vendor-answer unanswered', 'data-answer': 'none' }, 'The vendor did not answer this question.');
  const claims = question.claims ?? [];
  return h(
    'div',
    { class: 'vendor-answer', 'data-answer': claims.length ? 'claims' : 'no_claims' },
    h('p', { class: 'muted small' }, claims.length ? 'The vendor’s answer (the concrete claims that answer it are marked):' : 'The vendor’s answer (no concrete claim in it):'),
    h(
      'blockquote',
      null,
      quotedPieces(text, claims).map((piece) => (piece.quoted ? h('mark', { class: 'evidence strong', 'data-claim': '' }, piece.text) : piece.text)),
    ),
  );
}
