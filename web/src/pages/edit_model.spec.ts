import { describe, expect, it } from 'vitest';
import {
  candidateChanges,
  candidateProblems,
  closeQuestion,
  isClosed,
  memberBody,
  memberLevels,
  memberProblems,
  openingStatusText,
  proposalFromValues,
  proposalProblems,
  valuesFromProposal,
} from './edit_model';

describe('opening status', () => {
  it('is closed only for the status "closed"', () => {
    expect(isClosed({ status: 'closed' })).toBe(true);
    expect(isClosed({ status: 'open' })).toBe(false);
    expect(isClosed({ status: 'interviewing' })).toBe(false);
    expect(isClosed(null)).toBe(false);
  });

  it('reads as words', () => {
    expect(openingStatusText('closed')).toBe('Closed');
    expect(openingStatusText('')).toBe('Open');
    expect(openingStatusText('on_hold')).toBe('On hold');
  });

  it('asks to close an open opening and to reopen a closed one', () => {
    const close = closeQuestion({ title: 'AI engineer', status: 'open' });
    expect(close.status).toBe('closed');
    expect(close.confirm).toBe('Close opening');
    expect(close.message).toContain('no new candidates');
    const reopen = closeQuestion({ title: 'AI engineer', status: 'closed' });
    expect(reopen.status).toBe('open');
    expect(reopen.title).toBe('Reopen AI engineer?');
  });
});

describe('proposal form', () => {
  it('requires the vendor name, blank or spaces alike', () => {
    expect(proposalProblems({ 'vendor.name': '  ' })).toEqual([{ name: 'vendor.name', message: expect.stringContaining('vendor’s name is required') }]);
    expect(proposalProblems({})).toHaveLength(1);
    expect(proposalProblems({ 'vendor.name': 'Acme' })).toEqual([]);
  });

  it('builds the document and keeps what the form does not show when editing', () => {
    const base = { vendor: { name: 'Old' }, pricing: { build_usd: 5000 }, summary: 'old summary', deliverables: ['x'] };
    const doc = proposalFromValues({ 'vendor.name': ' Acme ', 'vendor.route': 'agency', summary: '', 'answers.evaluation': 'Held-out set', 'answers.security': ' ', deliverables: 'a\n\n b ', 'handoff.repository': true }, ['evaluation', 'security'], base);
    expect(doc.vendor).toEqual({ name: 'Acme', route: 'agency' });
    expect(doc.pricing).toEqual({ build_usd: 5000 });
    expect(doc.summary).toBeUndefined();
    expect(doc.answers).toEqual({ evaluation: 'Held-out set' });
    expect(doc.deliverables).toEqual(['a', 'b']);
    expect(doc.handoff?.repository).toBe(true);
    expect(doc.handoff?.prompts).toBe(false);
  });

  it('round-trips a stored proposal through the form values', () => {
    const stored = { vendor: { name: 'Acme', route: 'freelancer' }, summary: 'S', answers: { ownership: 'You own it.' }, deliverables: ['one', 'two'], handoff: { prompts: true } };
    const values = valuesFromProposal(stored);
    expect(values['answers.ownership']).toBe('You own it.');
    expect(values['handoff.prompts']).toBe(true);
    expect(values['handoff.repository']).toBe(false);
    const again = proposalFromValues(values, ['ownership']);
    expect(again.vendor).toEqual(stored.vendor);
    expect(again.answers).toEqual(stored.answers);
    expect(again.deliverables).toEqual(stored.deliverables);
  });
});

describe('candidate edit', () => {
  const before = { name: 'Grace', email: 'g@x.test', opening_id: 'o1' };

  it('sends only the changed fields', () => {
    expect(candidateChanges(before, { name: 'Grace ', email: 'g@x.test', opening_id: 'o1' })).toEqual({});
    expect(candidateChanges(before, { name: 'Grace H', email: '', opening_id: 'o2' })).toEqual({ name: 'Grace H', email: '', opening_id: 'o2' });
  });

  it('requires a name', () => {
    expect(candidateProblems({ name: ' ' })).toEqual([{ name: 'name', message: 'A candidate needs a name.' }]);
    expect(candidateProblems({ name: 'G' })).toEqual([]);
  });
});

describe('team member edit', () => {
  it('sends every level, zeros included', () => {
    expect(memberBody(' Sam ', { product_sense: 0, evals: 3 }, true)).toEqual({ name: 'Sam', traits: { product_sense: 0, evals: 3 }, codes: true });
  });

  it('reads a stored member in the playbook order, missing levels 0', () => {
    expect(memberLevels({ traits: { evals: 4 } }, ['product_sense', 'evals'])).toEqual({ product_sense: 0, evals: 4 });
  });

  it('names the field of each problem', () => {
    expect(memberProblems('', { evals: 7, other: 2 })).toEqual([
      { name: 'name', message: 'A team member needs a name.' },
      { name: 'traits.evals', message: 'A level is a whole number from 0 to 5.' },
    ]);
    expect(memberProblems('Sam', { evals: 5 })).toEqual([]);
  });
});
