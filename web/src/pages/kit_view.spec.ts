import { describe, expect, it } from 'vitest';
import type { Kit, PlanContent } from '../api/types';
import { aPlaybook } from '../testing/fixtures';
import { planProgress, renderKit, renderPlan } from './kit_view';

function kit(audience: 'interviewer' | 'candidate'): Kit {
  const anchors = audience === 'interviewer';
  return {
    audience,
    role: { archetype: 'rag_ai_engineer', title: 'RAG / AI engineer', description: 'Builds retrieval.' },
    scale: { min: 1, max: 5 },
    categories: [
      { id: 'eval_discipline', title: 'Evaluation discipline', ...(anchors ? { strong: 'Tests outputs', fail: 'Eyeballs' } : {}) },
    ],
    questions: [{ id: 'q1', text: 'Tell us about your evals', categories: ['eval_discipline'], ...(anchors ? { strong: 'Trade-offs', weak: 'Buzzwords' } : {}) }],
    ...(anchors
      ? {
          red_flags: [{ id: 'tools_not_outcomes', title: 'Talks tools', description: 'not outcomes' }],
          gate: { categories: ['eval_discipline'], threshold: 3, rule: 'gate.risky_first_hire', reason: 'Below 3 is risky.' },
        }
      : {}),
    plan_question: { text: 'What would you do in 90 days?' },
    playbook: { version: '1', name: 'test', reviewed: '2026-01-01' },
  };
}

describe('renderKit', () => {
  it('shows the trait probes with trait titles from the playbook, to interviewers only', () => {
    const probe = { id: 'distance_travelled', traits: ['meta'], text: 'What can you do now?', strong: 'A steep path', weak: 'Brands', rule: 'kit.trait_probe.distance_travelled' };
    const playbook = aPlaybook({ traits: [{ id: 'meta', title: 'Learns fast (edited)' }] });
    const el = renderKit({ ...kit('interviewer'), trait_probes: [probe] }, playbook);
    const item = el.querySelector('[data-trait-probe="distance_travelled"]')!;
    expect(item.textContent).toContain('What can you do now?');
    expect(item.textContent).toContain('Learns fast (edited)');
    const candidate = renderKit({ ...kit('interviewer'), audience: 'candidate', trait_probes: [probe] }, playbook);
    expect(candidate.querySelector('[data-trait-probe]')).toBeNull();
  });

  it('shows anchors, red flags and the gate to interviewers', () => {
    const el = renderKit(kit('interviewer'), null);
    expect(el.querySelectorAll('.anchor.strong')).toHaveLength(2);
    expect(el.querySelectorAll('.anchor.fail')).toHaveLength(2);
    expect(el.querySelector('[data-flag="tools_not_outcomes"]')).not.toBeNull();
    expect(el.textContent).toContain('Below 3 is risky.');
  });

  it('shows no anchor, flag or gate in the candidate version, even if present in the data', () => {
    const leaky = { ...kit('interviewer'), audience: 'candidate' as const };
    const el = renderKit(leaky, null);
    expect(el.querySelectorAll('.anchor')).toHaveLength(0);
    expect(el.querySelector('[data-flag]')).toBeNull();
    expect(el.textContent).not.toContain('Eyeballs');
    expect(el.textContent).not.toContain('Below 3 is risky.');
    expect(el.textContent).toContain('Tell us about your evals');
    expect(el.textContent).toContain('What would you do in 90 days?');
  });
});

const plan: PlanContent = {
  windows: [
    { id: 'd30', title: 'Days 1-30', deliverables: [{ id: 'a', text: 'Audit data', status: '' }, { id: 'b', text: 'Metrics', status: '' }] },
    { id: 'd60', title: 'Days 31-60', deliverables: [{ id: 'c', text: 'Prototype', status: '' }] },
  ],
  go_no_go: { rule: 'plan.go_no_go', go: 'Metric met', no_go: 'Stop' },
};

describe('renderPlan and planProgress', () => {
  it('marks each deliverable with its state, todo by default', () => {
    const el = renderPlan(plan, { a: 'done', c: 'blocked' });
    expect(el.querySelector('[data-deliverable="a"]')?.getAttribute('data-state')).toBe('done');
    expect(el.querySelector('[data-deliverable="b"]')?.getAttribute('data-state')).toBe('todo');
    expect(el.querySelector('[data-deliverable="c"]')?.textContent).toContain('Blocked');
    expect(el.textContent).toContain('Metric met');
  });

  it('is ready for go/no-go only when every deliverable is done', () => {
    expect(planProgress(plan, { a: 'done', c: 'blocked' })).toEqual({ total: 3, done: 1, blocked: 1, ready: false });
    expect(planProgress(plan, { a: 'done', b: 'done', c: 'done' }).ready).toBe(true);
    expect(planProgress({ windows: [] }, {}).ready).toBe(false);
  });
});
