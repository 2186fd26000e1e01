import { describe, expect, it } from 'vitest';
import { aPlaybook } from '../testing/fixtures';
import { labelOf, needTitle, optionsOf, shapeTitle, stageIds, stageNeedsReason, stageTitle, vocabularyIds } from './labels';

const playbook = aPlaybook();

describe('vocabularies from the playbook document', () => {
  it('takes ids, their order and their words from GET /playbook `vocabularies`', () => {
    expect(vocabularyIds(playbook, 'data_access')).toEqual(['available', 'requested', 'unavailable']);
    expect(optionsOf(playbook, 'security_review')[0]).toEqual({ value: 'design', label: 'From the design stage' });
    expect(needTitle(playbook, 'qa')).toBe('Quality assurance and testing');
    expect(shapeTitle(playbook, 'workflow_automation')).toBe('Internal workflow automation over existing APIs and SaaS');
    expect(stageIds(playbook)).toEqual(['applied', 'screen', 'interviews', 'decision', 'offer', 'hired', 'rejected', 'withdrawn']);
    expect(stageTitle(playbook, 'screen')).toBe('Screen');
  });

  it('follows an edited playbook: its words and its order', () => {
    const edited = aPlaybook({ vocabularies: { urgency: [{ id: 'high', label: 'Today' }, { id: 'low', label: 'Whenever' }] } });
    expect(optionsOf(edited, 'urgency')).toEqual([{ value: 'high', label: 'Today' }, { value: 'low', label: 'Whenever' }]);
    expect(labelOf(edited, 'urgency', 'low')).toBe('Whenever');
  });

  it('shows an unknown id made readable, never bare, and offers nothing without a playbook', () => {
    expect(needTitle(playbook, 'legal_review')).toBe('Legal review');
    expect(labelOf(null, 'mistake_cost', 'high')).toBe('High');
    expect(optionsOf(null, 'mistake_cost')).toEqual([]);
    expect(stageIds(null)).toEqual([]);
  });

  it('asks for a reason exactly for the stages the playbook marks', () => {
    expect(stageNeedsReason(playbook, 'rejected')).toBe(true);
    expect(stageNeedsReason(playbook, 'withdrawn')).toBe(true);
    expect(stageNeedsReason(playbook, 'offer')).toBe(false);
    expect(stageNeedsReason(null, 'rejected')).toBe(false);
  });
});
