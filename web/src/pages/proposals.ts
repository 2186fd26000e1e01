// Vendor proposals: the list, a form to paste one in (vendor, route, the
// answers to the five risk questions, deliverables, handoff), and one
// proposal's page: what the vendor proposes, then its review — the verdict,
// each risk question once with the vendor's answer and the claims that
// answered it, the commodity factors and flags.
import type { App } from '../app';
import type { Listing, PlaybookSummary, Proposal, Review } from '../api/types';
import { debounce } from '../lib/drafts';
import { h, replace } from '../lib/dom';
import { confirmDialog } from '../lib/confirm';
import { checkbox, clearErrors, field, formBanner, markInvalid, setBanner, showApiError } from '../lib/forms';
import { pathTo } from '../lib/router';
import { optionsOf } from './labels';
import { vendorAnswer } from './proposal_answers';
import { badge, emptyState, errorState, pageHeader, reasoned } from './common';
import { HANDOFF_ITEMS, proposalFromValues, proposalProblems, valuesFromProposal, type FormValues } from './edit_model';

// The risk questions as [id, question text], from the playbook the server
// decides with; without it (the playbook could not be read) the ids alone.
export function riskQuestions(playbook: PlaybookSummary | null): [string, string][] {
  const list = playbook?.risk_questions?.list;
  if (list?.length) return list.map((q) => [q.id, q.question || q.title || q.id]);
  return ['evaluation', 'sources', 'fallback', 'security', 'ownership'].map((id) => [id, `Risk question: ${id}`]);
}

export async function proposalListPage(app: App): Promise<void> {
  let listing: Listing<Proposal>;
  try {
    listing = await app.api.get<Listing<Proposal>>('/proposals', { limit: 100 });
  } catch (error) {
    replace(app.main, pageHeader('Vendor proposals'), errorState(error));
    return;
  }
  replace(
    app.main,
    pageHeader('Vendor proposals'),
    listing.items.length
      ? h(
          'ul',
          { class: 'cards' },
          listing.items.map((p) =>
            h('li', { class: 'card' }, h('h2', null, h('a', { href: pathTo('/proposals/:id', { id: p.id }) }, p.title)), p.review ? h('p', null, verdictBadge(p.review)) : null),
          ),
        )
      : emptyState('No proposals yet. Add the first one below.'),
    proposalForm(app),
  );
}

function verdictBadge(review: Review): HTMLElement {
  const id = review.verdict.id;
  return badge(id.replace(/_/g, ' '), id === 'strong' ? 'good' : id === 'weak' ? 'bad' : 'warn');
}

// The form to add a proposal, or (with `existing`) to change one. New ones
// keep a draft in the browser; the vendor's name is checked here before
// anything is sent, and again by the server.
function proposalForm(app: App, existing?: Proposal): HTMLElement {
  const draftKey = 'proposal:new';
  const draft: FormValues = existing ? valuesFromProposal(existing.proposal) : (app.drafts.load<FormValues>(draftKey) ?? {});
  const { vendor, questions, parts } = proposalControls(app, draft);
  const banner = formBanner();
  const headingId = existing ? 'prop-edit-h' : 'prop-h';
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': headingId, 'data-edit': existing ? 'proposal' : null },
    h('h2', { id: headingId }, existing ? 'Change the proposal' : 'Review a proposal'),
    banner,
    parts,
    h('button', { type: 'submit', class: 'primary' }, existing ? 'Save and review again' : 'Review proposal'),
  );
  const read = () => {
    const values: FormValues = {};
    for (const el of Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[name]'))) {
      values[el.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    }
    return values;
  };
  if (!existing) {
    const save = debounce(() => app.drafts.save(draftKey, read()), 300);
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = read();
    const problem = proposalProblems(v)[0];
    if (problem) {
      clearErrors(form);
      markInvalid(form, vendor.control, problem.message);
      setBanner(banner, 'Please correct the field marked below; nothing you typed was lost.', 'error');
      vendor.control.focus();
      return;
    }
    const proposal = proposalFromValues(v, questions.map(([id]) => id), existing?.proposal);
    try {
      const body = { title: proposal.vendor.name, proposal };
      const saved = existing
        ? await app.api.patch<Proposal>(`/proposals/${encodeURIComponent(existing.id)}`, body)
        : await app.api.post<Proposal>('/proposals', body);
      if (!existing) app.drafts.clear(draftKey);
      app.navigate(pathTo('/proposals/:id', { id: saved.id }), existing ? { replace: true } : undefined);
    } catch (error) {
      showApiError(form, banner, error);
    }
  });
  return form;
}

// The proposal form's controls, filled from `draft`.
function proposalControls(app: App, draft: FormValues) {
  const str = (k: string) => (typeof draft[k] === 'string' ? (draft[k] as string) : '');
  const vendor = field({ label: 'Vendor name', name: 'vendor.name', required: true, value: str('vendor.name') });
  const route = field({
    label: 'Route',
    name: 'vendor.route',
    value: str('vendor.route'),
    options: [{ value: '', label: 'Not said' }, ...optionsOf(app.playbook, 'routes')],
  });
  const summary = field({ label: 'Summary of the proposal', name: 'summary', rows: 4, value: str('summary') });
  const questions = riskQuestions(app.playbook);
  const answers = questions.map(([id, q]) => field({ label: q, name: `answers.${id}`, rows: 3, value: str(`answers.${id}`) }));
  const deliverables = field({ label: 'Deliverables (one per line)', name: 'deliverables', rows: 4, value: str('deliverables') });
  const handoff = HANDOFF_ITEMS.map((id) => checkbox(handoffLabel(id), `handoff.${id}`, draft[`handoff.${id}`] === true));
  const parts = [
    h('div', { class: 'row' }, vendor.wrapper, route.wrapper),
    summary.wrapper,
    h('fieldset', null, h('legend', null, 'The five risk questions'), answers.map((a) => a.wrapper)),
    deliverables.wrapper,
    h('fieldset', null, h('legend', null, 'What is handed over'), handoff.map((b) => b.wrapper)),
  ];
  return { vendor, questions, parts };
}

function handoffLabel(id: string): string {
  const words: Record<string, string> = {
    repository: 'The code repository',
    prompts: 'The prompts',
    eval_logic: 'The evaluation logic',
    operating_notes: 'Operating notes',
    knowledge_transfer_clause: 'A knowledge-transfer clause in the contract',
  };
  return words[id] ?? id.replace(/_/g, ' ');
}

export async function proposalPage(app: App, params: Record<string, string>): Promise<void> {
  let proposal: Proposal;
  try {
    proposal = await app.api.get<Proposal>(`/proposals/${encodeURIComponent(params.id)}`);
  } catch (error) {
    replace(app.main, pageHeader('Proposal'), errorState(error));
    return;
  }
  const review = proposal.review;
  replace(
    app.main,
    pageHeader(
      proposal.title,
      h('button', { type: 'button', class: 'secondary', onclick: () => window.print() }, 'Print'),
      app.isManager() ? h('button', { type: 'button', class: 'secondary danger', 'data-action': 'delete-proposal', onclick: () => void deleteProposal(app, proposal) }, 'Delete…') : null,
    ),
    renderProposed(proposal.proposal),
    review ? renderReview(review, proposal.proposal?.answers ?? {}) : [emptyState('This proposal has no review.'), renderAnswers(app.playbook, proposal.proposal)],
    app.isManager() ? h('details', { class: 'card' }, h('summary', null, 'Edit proposal'), proposalForm(app, proposal)) : null,
  );
}

async function deleteProposal(app: App, proposal: Proposal): Promise<void> {
  const sure = await confirmDialog({
    title: `Delete ${proposal.title}?`,
    message: 'The proposal and its review are removed. This cannot be undone.',
    confirm: 'Delete proposal',
    danger: true,
  });
  if (!sure) return;
  try {
    await app.api.delete(`/proposals/${encodeURIComponent(proposal.id)}`);
    app.navigate('/proposals');
  } catch (error) {
    app.main.prepend(errorState(error));
  }
}

// What the vendor proposes apart from the risk questions: the summary and
// the deliverables (nothing when they gave neither). Their answers to the
// risk questions appear once, under each question.
export function renderProposed(doc: Proposal['proposal']): HTMLElement | null {
  if (!doc.summary && !doc.deliverables?.length) return null;
  return h(
    'section',
    { 'aria-labelledby': 'proposed-h', class: 'proposal-summary' },
    h('h2', { id: 'proposed-h' }, 'What the vendor proposes'),
    doc.summary ? h('p', { 'data-summary': '' }, doc.summary) : null,
    doc.deliverables?.length ? [h('h3', null, 'Deliverables'), h('ul', null, doc.deliverables.map((d) => h('li', null, d)))] : null,
  );
}

// A proposal without a review: each risk question (the playbook's wording
// and order) with the vendor's answer, nothing marked.
export function renderAnswers(playbook: PlaybookSummary | null, doc: Proposal['proposal']): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'rq-h', class: 'proposal-answers' },
    h('h2', { id: 'rq-h' }, 'The five risk questions'),
    h(
      'ul',
      { class: 'criteria' },
      riskQuestions(playbook).map(([id, question]) => h('li', { 'data-question': id }, h('strong', null, question), vendorAnswer(id, doc.answers?.[id], null))),
    ),
  );
}

// `answers` (the vendor's, by question id) are shown under their questions,
// the claims that answered each marked; without them, the review alone.
export function renderReview(review: Review, answers?: Record<string, string>): HTMLElement {
  return h(
    'div',
    { class: 'review' },
    h('section', { 'aria-labelledby': 'rv-h', class: 'verdict' }, h('h2', { id: 'rv-h' }, 'Verdict: ', verdictBadge(review)), reasoned(review.verdict.reason, review.verdict.rule)),
    h(
      'section',
      { 'aria-labelledby': 'rq-h' },
      h('h2', { id: 'rq-h' }, 'The five risk questions'),
      h(
        'ul',
        { class: 'criteria' },
        review.risk_questions.map((q) =>
          h('li', { 'data-question': q.id, class: q.status === 'answered' ? 'pass' : 'fail' }, badge(q.status.replace(/_/g, ' '), q.status === 'answered' ? 'good' : q.status === 'missing' ? 'bad' : 'warn'), ' ', h('strong', null, q.question), reasoned(q.reason, q.rule), answers ? vendorAnswer(q.id, answers[q.id], q.claims ?? []) : null),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'cf-h' },
      h('h2', { id: 'cf-h' }, 'Commodity or not'),
      h('ul', null, review.commodity_factors.map((f) => h('li', { 'data-factor': f.id }, h('strong', null, f.title), ' ', badge(f.assessment.replace(/_/g, ' '), f.assessment === 'non_commodity' ? 'good' : 'warn'), reasoned(f.reason, f.rule)))),
    ),
    h(
      'section',
      { 'aria-labelledby': 'fl-h' },
      h('h2', { id: 'fl-h' }, 'Flags'),
      review.flags.length ? h('ul', { class: 'flags' }, review.flags.map((f) => h('li', { 'data-flag': f.id }, reasoned(f.reason, f.rule)))) : h('p', null, 'No flags.'),
    ),
    review.ownership_not_transferred
      ? h('section', { 'aria-labelledby': 'ow-h', 'data-ownership': '' }, h('h2', { id: 'ow-h' }, 'Ownership'), badge('kept by the vendor', 'bad'), reasoned(review.ownership_not_transferred.reason, review.ownership_not_transferred.rule))
      : null,
    review.brief_checks
      ? h(
          'section',
          { 'aria-labelledby': 'bc-h' },
          h('h2', { id: 'bc-h' }, 'Against the brief'),
          h('ul', { class: 'criteria' }, review.brief_checks.map((c) => h('li', { 'data-brief-check': c.id, class: c.status }, badge(c.status, c.status === 'pass' ? 'good' : c.status === 'fail' ? 'bad' : 'warn'), ' ', reasoned(c.reason, c.rule)))),
        )
      : null,
  );
}
