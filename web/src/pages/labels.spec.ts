import { describe, expect, it } from 'vitest';
import type { PlaybookSummary } from '../api/types';
import { needTitle, shapeTitle, stageIds, stageTitle } from './labels';

const playbook = {
  shapes: [{ id: 'workflow_automation', title: 'Internal workflow automation over existing APIs and SaaS' }],
  pipeline: { stages: ['applied', { id: 'phone_screen', title: 'Phone screen' }, 'hired'] },
} as unknown as PlaybookSummary;

describe('labels', () => {
  it('takes titles from the playbook where it has them', () => {
    expect(shapeTitle(playbook, 'workflow_automation')).toBe('Internal workflow automation over existing APIs and SaaS');
    expect(stageIds(playbook)).toEqual(['applied', 'phone_screen', 'hired']);
    expect(stageTitle(playbook, 'phone_screen')).toBe('Phone screen');
    expect(stageTitle(playbook, 'applied')).toBe('Applied');
  });

  it('falls back to words, then to the id made readable, never a bare id', () => {
    expect(needTitle('qa')).toBe('Quality assurance and testing');
    expect(needTitle('ai')).toBe('AI and LLM engineering');
    expect(needTitle('change_management')).toBe('Change management and rollout to staff');
    expect(needTitle('legal_review')).toBe('Legal review');
    expect(stageIds(null)).toEqual(['applied', 'screen', 'interviews', 'decision', 'offer', 'hired', 'rejected', 'withdrawn']);
    expect(stageTitle(null, 'screen')).toBe('Screening');
    expect(shapeTitle(null, 'custom_model')).toBe('Custom model work');
  });
});
