import { describe, expect, it } from 'vitest';
import { aPlaybook } from '../testing/fixtures';
import { BRIEF_FIELDS, choiceOptions, labelOfField, rowsOf } from './brief_fields';
import { emptyBriefValues, FIELD_LABELS, STEPS } from './brief_model';

describe('the brief form as data', () => {
  it('asks for every value of the brief once, on the step that holds it', () => {
    const names = BRIEF_FIELDS.flat().map((spec) => spec.name);
    expect([...names].sort()).toEqual(Object.keys(emptyBriefValues()).sort());
    BRIEF_FIELDS.forEach((specs, step) => {
      const held = specs.map((spec) => (spec.name === 'sources' ? 'data.sources' : spec.name));
      expect(held, STEPS[step].title).toEqual(STEPS[step].fields);
    });
  });

  it('labels every field in the words errors use, and gives every choice a vocabulary', () => {
    for (const spec of BRIEF_FIELDS.flat()) {
      if (spec.kind !== 'sources') expect(labelOfField(spec)).toBe(FIELD_LABELS[spec.name]);
      if (spec.kind === 'choice' || spec.kind === 'needs') expect(spec.vocabulary, spec.name).toBeDefined();
    }
  });

  it('offers a choice as "unset" then the vocabulary in the playbook’s words', () => {
    const urgency = BRIEF_FIELDS.flat().find((spec) => spec.name === 'organisation.urgency')!;
    expect(choiceOptions(urgency, aPlaybook())).toEqual([
      { value: '', label: 'Not said' },
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
    ]);
    expect(choiceOptions(urgency, null)).toEqual([{ value: '', label: 'Not said' }]);
    const yesNo = BRIEF_FIELDS.flat().find((spec) => spec.kind === 'yes_no')!;
    expect(choiceOptions(yesNo, aPlaybook()).map((o) => o.value)).toEqual(['', 'yes', 'no']);
  });

  it('puts fields of the same row side by side and the others alone', () => {
    const metric = rowsOf(BRIEF_FIELDS[1]).map((row) => row.map((spec) => spec.name));
    expect(metric).toEqual([['metric.name'], ['metric.baseline', 'metric.target', 'metric.unit'], ['metric.monthly_value_usd']]);
  });
});
