// The vendor's own answer under one risk question of a proposal, the one
// place the page shows it: the concrete claims that answered the question
// marked (the review's `claims`, quoted exactly), or plainly "not answered"
// when the vendor left the question open.
//
// Marks for tests and styles: `data-answer` (the question id) on the
// answer's own text, `data-answer-state` on the whole: "claims" (some
// marked), "no_claims" (reviewed, none found), "given" (no review to mark
// it against) or "none" (not answered).
import { h } from '../lib/dom';
import { quotedPieces } from './evidence_model';

// `claims`: the review's claims for this question; null without a review.
export function vendorAnswer(questionId: string, answer: string | undefined, claims: string[] | null): HTMLElement {
  const text = (answer ?? '').trim();
  if (!text) {
    return h('p', { class: 'vendor-answer unanswered', 'data-answer': questionId, 'data-answer-state': 'none' }, 'The vendor did not answer this question.');
  }
  const marked = claims ?? [];
  const state = claims === null ? 'given' : marked.length ? 'claims' : 'no_claims';
  const caption = { claims: 'The vendor’s answer (the concrete claims that answer it are marked):', no_claims: 'The vendor’s answer (no concrete claim in it):', given: 'The vendor’s answer:' }[state];
  return h(
    'div',
    { class: 'vendor-answer', 'data-answer-state': state },
    h('p', { class: 'muted small' }, caption),
    h(
      'blockquote',
      { 'data-answer': questionId },
      quotedPieces(text, marked).map((piece) => (piece.quoted ? h('mark', { class: 'evidence strong', 'data-claim': '' }, piece.text) : piece.text)),
    ),
  );
}
