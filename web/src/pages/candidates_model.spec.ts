import { describe, expect, it } from 'vitest';
import { candidateCount, candidateListPath } from './candidates_model';

describe('candidates list model', () => {
  it('keeps the filters that are set in the URL, and nothing else', () => {
    expect(candidateListPath({ q: 'ada lovelace', stage: '', opening_id: 'o1', limit: 100 })).toBe('/candidates?q=ada+lovelace&opening_id=o1');
    expect(candidateListPath({ q: '', stage: '', opening_id: '', limit: 100 })).toBe('/candidates');
  });
  it('counts in words', () => {
    expect(candidateCount(1)).toBe('1 candidate');
    expect(candidateCount(0)).toBe('0 candidates');
  });
});
