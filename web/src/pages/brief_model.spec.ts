import { describe, expect, it } from 'vitest';
import { briefFromValues, emptyBriefValues, fieldLabel, inWords, stepOf, validateStep, valuesFromBrief, type BriefValues } from './brief_model';

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
  it('builds the documented brief with numbers as numbers', () => {
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

describe('the fields behind every risk the assessment raises', () => {
  it('sends them under their brief paths, answers only', () => {
    const brief = briefFromValues({
      ...filled(),
      'workflow.differentiated': 'yes',
      'workflow.baseline_tried': 'no',
      'scope.out': 'Refund decisions\n\n  Voice calls ',
      'data.proprietary': 'yes',
      'constraints.security_review': 'before_launch',
      'constraints.takes_actions': 'no',
      'constraints.monthly_run_budget_usd': '$2,000',
      'constraints.cost_per_run_usd': '0.04',
      'metric.monthly_value_usd': '$6,000',
      'organisation.needs': ['ai', 'product', 'change_management'],
    });
    expect(brief.workflow).toMatchObject({ differentiated: true, baseline_tried: false });
    expect(brief.scope).toEqual({ out: ['Refund decisions', 'Voice calls'] });
    expect(brief.data).toMatchObject({ proprietary: true });
    expect(brief.constraints).toMatchObject({ security_review: 'before_launch', takes_actions: false, monthly_run_budget_usd: 2000, cost_per_run_usd: 0.04 });
    expect(brief.metric).toMatchObject({ monthly_value_usd: 6000 });
    expect((brief.organisation as { needs: string[] }).needs).toEqual(['ai', 'product', 'change_management']);
    expect(briefFromValues(valuesFromBrief(brief))).toEqual(brief);
  });

  it('leaves out what was not said', () => {
    const brief = briefFromValues({ ...emptyBriefValues(), 'workflow.name': 'X' });
    expect(brief.workflow).not.toHaveProperty('differentiated');
    expect(brief.constraints).not.toHaveProperty('takes_actions');
    expect(brief.constraints).not.toHaveProperty('security_review');
    expect(brief).not.toHaveProperty('scope');
    expect(brief).not.toHaveProperty('metric');
  });

  it('reads an older brief’s post-launch budget as the monthly run budget', () => {
    expect(valuesFromBrief({ workflow: { name: 'Y' }, constraints: { post_launch_budget_usd: 1500 } })['constraints.monthly_run_budget_usd']).toBe('1500');
  });

  it('keeps what the wizard does not edit when a saved brief is saved again', () => {
    const saved = { workflow: { name: 'Y', stage: 'prototype' }, role: { level: 'senior', hires: 2 }, constraints: { post_launch_budget_usd: 1500 } };
    const brief = briefFromValues(valuesFromBrief(saved), saved);
    expect(brief.role).toEqual({ level: 'senior', hires: 2 });
    expect(brief.workflow).toMatchObject({ name: 'Y', stage: 'prototype' });
    // The old key is replaced by the monthly run budget, not sent twice.
    expect(brief.constraints).toMatchObject({ monthly_run_budget_usd: 1500 });
    expect(brief.constraints).not.toHaveProperty('post_launch_budget_usd');
  });
});

describe('validateStep', () => {
  it('refuses values that cannot be what they claim, in the field’s own words', () => {
    const bad = { ...filled(), 'workflow.runs_per_week': 'lots' };
    expect(validateStep(bad, 0)).toEqual([{ name: 'workflow.runs_per_week', message: expect.stringContaining('whole number') }]);
    expect(validateStep({ ...filled(), 'metric.target': 'soon' }, 1)[0].name).toBe('metric.target');
    for (const worth of ['a lot', '-500']) {
      const value = validateStep({ ...filled(), 'metric.monthly_value_usd': worth }, 1);
      expect(value.map((e) => e.name), worth).toEqual(['metric.monthly_value_usd']);
      expect(value[0].message).not.toMatch(/metric\./);
    }
    expect(validateStep({ ...filled(), 'metric.monthly_value_usd': '$6,000' }, 1)).toEqual([]);
    expect(validateStep({ ...filled(), sources: [{ name: '', access: 'available', sensitivity: '' }] }, 2)[0].name).toBe('data.sources[0].name');
    const risk = validateStep({ ...filled(), 'constraints.timeline_weeks': '3 months', 'constraints.monthly_run_budget_usd': 'a lot' }, 3);
    expect(risk.map((e) => e.name)).toEqual(['constraints.timeline_weeks', 'constraints.monthly_run_budget_usd']);
    for (const error of [...risk, ...validateStep(bad, 0)]) expect(error.message).not.toMatch(/constraints\.|workflow\./);
    expect(validateStep({ ...filled(), 'workflow.name': ' ' }, 0)[0].name).toBe('workflow.name');
  });

  it('lets a step with good or missing values be left', () => {
    const good = { ...filled(), sources: [{ name: 'Zendesk', access: 'available', sensitivity: 'internal' }] };
    for (let step = 0; step < 5; step += 1) expect(validateStep(good, step)).toEqual([]);
    const sparse = { ...emptyBriefValues(), 'workflow.name': 'X', sources: [{ name: '', access: '', sensitivity: '' }] };
    for (let step = 0; step < 5; step += 1) expect(validateStep(sparse, step)).toEqual([]);
    expect(validateStep({ ...filled(), 'workflow.runs_per_week': '1,800', 'constraints.budget_usd': '$90,000' }, 0)).toEqual([]);
  });
});

describe('errors in the field’s own words', () => {
  it('replaces an API field path with the field’s label', () => {
    expect(inWords("expected a whole number from 0 to 100000000 for 'workflow.runs_per_week'", 'brief.workflow.runs_per_week')).toBe(
      'expected a whole number from 0 to 100000000 for “How many times a week it runs”',
    );
    expect(fieldLabel('brief.data.sources[1].access')).toBe('Data source 2: Access');
    expect(inWords('something else', 'no.such.field')).toBe('something else');
    expect(inWords('plain', null)).toBe('plain');
  });

  it('finds the step that holds a field', () => {
    expect(stepOf('brief.workflow.runs_per_week')).toBe(0);
    expect(stepOf('brief.data.sources[0].access')).toBe(2);
    expect(stepOf('constraints.security_review')).toBe(3);
    expect(stepOf('organisation.needs[2]')).toBe(4);
  });
});
