import { describe, expect, it } from 'vitest';
import { briefFromValues, emptyBriefValues, valuesFromBrief, type BriefValues } from './brief_model';

function filled(): BriefValues {
  return {
    ...emptyBriefValues(),
    'workflow.name': ' Support ticket triage ',
    'workflow.description': 'Tag and route tickets',
    'workflow.runs_per_week': '1,800',
    'metric.name': 'median first response time',
    'metric.baseline': '9',
    'metric.target': '2.5',
    'metric.unit': 'hours',
    sources: [
      { name: 'Zendesk', access: 'available', sensitivity: 'internal' },
      { name: '  ', access: 'requested', sensitivity: '' },
    ],
    'constraints.mistake_cost': 'medium',
    'constraints.human_review': true,
    'owner.name': 'Dana Levi',
    'owner.role': 'Head of Support',
    'organisation.technical_leadership': true,
    'organisation.needs': ['ai', 'backend'],
    'organisation.urgency': 'medium',
  };
}

describe('briefFromValues', () => {
  it('builds the SPEC brief with numbers as numbers', () => {
    const brief = briefFromValues(filled());
    expect(brief.workflow).toEqual({
      name: 'Support ticket triage',
      description: 'Tag and route tickets',
      runs_per_week: 1800,
      standard_product_exists: false,
    });
    expect(brief.metric).toEqual({ name: 'median first response time', baseline: 9, target: 2.5, unit: 'hours' });
    expect(brief.owner).toEqual({ name: 'Dana Levi', role: 'Head of Support' });
    expect((brief.organisation as Record<string, unknown>).needs).toEqual(['ai', 'backend']);
  });

  it('drops blank data sources and empty sections so criteria fail rather than pass on ""', () => {
    const brief = briefFromValues({ ...emptyBriefValues(), 'workflow.name': 'X' });
    expect(brief.metric).toBeUndefined();
    expect(brief.owner).toBeUndefined();
    expect(brief.data).toBeUndefined();
    expect(brief.shape).toBeUndefined();
    expect((briefFromValues(filled()).data as { sources: unknown[] }).sources).toHaveLength(1);
  });

  it('keeps a value that is not a number as text, for the server to name', () => {
    const brief = briefFromValues({ ...filled(), 'workflow.runs_per_week': 'lots' });
    expect((brief.workflow as Record<string, unknown>).runs_per_week).toBe('lots');
  });
});

describe('valuesFromBrief', () => {
  it('round-trips what the wizard builds', () => {
    const brief = briefFromValues(filled());
    expect(briefFromValues(valuesFromBrief(brief))).toEqual(brief);
  });

  it('reads a partial or odd brief without failing', () => {
    const values = valuesFromBrief({ workflow: { name: 'Y' }, data: { sources: 'nope' }, organisation: null });
    expect(values['workflow.name']).toBe('Y');
    expect(values.sources).toEqual([]);
    expect(values['organisation.needs']).toEqual([]);
  });
});
