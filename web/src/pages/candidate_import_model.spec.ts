import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { aCandidate } from '../testing/fixtures';
import { importContentType, importQuery, outcomeOfAnswer, outcomeOfError, outcomeRows, outcomeSummary } from './candidate_import_model';

describe('importContentType', () => {
  it('sends JSON Resume files as JSON, by name or by their first character', () => {
    expect(importContentType('people.JSON', 'x')).toBe('application/json');
    expect(importContentType('people.txt', '  [{"basics": {}}]')).toBe('application/json');
    expect(importContentType('people.txt', '{"basics": {}}')).toBe('application/json');
  });
  it('sends anything else as CSV', () => {
    expect(importContentType('pool.csv', 'name,email\nAda,a@x.test')).toBe('text/csv');
  });
});

describe('importQuery', () => {
  it('asks to skip bad rows only when told, and names the opening only when one is chosen', () => {
    expect(importQuery('', false)).toEqual({ opening_id: undefined, skip_bad_rows: undefined });
    expect(importQuery('o1', true)).toEqual({ opening_id: 'o1', skip_bad_rows: 'true' });
  });
});

describe('import outcome', () => {
  const candidate = aCandidate({ id: 'c1', name: 'Ada' });
  it('counts what was imported and lists the skipped rows', () => {
    const outcome = outcomeOfAnswer({ imported: [candidate, { ...candidate, id: 'c2' }], skipped: [{ line: 9, field: 'codes', message: 'not yes or no' }] });
    expect(outcomeSummary(outcome)).toBe('Imported 2 candidates; skipped 1 row with errors.');
    expect(outcomeRows(outcome).map((r) => r.line)).toEqual([9]);
  });
  it('says nothing was skipped when every row was good', () => {
    const outcome = outcomeOfAnswer({ imported: [candidate], skipped: [] });
    expect(outcomeSummary(outcome)).toBe('Imported 1 candidate.');
    expect(outcomeRows(outcome)).toEqual([]);
  });
  it('reads a refused file’s rows from the 400 answer', () => {
    const body = { error: { code: 'invalid', message: 'bad rows' }, rows: [{ line: 3, field: 'name', message: 'missing' }, { line: 'x', message: 'ignored' }] };
    const outcome = outcomeOfError(new ApiError(400, 'invalid', 'bad rows', null, body));
    expect(outcome.kind).toBe('refused');
    expect(outcomeRows(outcome)).toEqual([{ line: 3, field: 'name', message: 'missing' }]);
    expect(outcomeSummary(outcome)).toBe('Nothing was imported: 1 row with errors. Fix the file, or import the good rows only.');
  });
  it('gives the server’s sentence for a failure without rows', () => {
    const outcome = outcomeOfError(new ApiError(403, 'forbidden', 'Only hiring managers can import.'));
    expect(outcome).toEqual({ kind: 'failed', message: 'Only hiring managers can import.' });
    expect(outcomeSummary(outcome)).toBe('Nothing was imported: Only hiring managers can import.');
  });
});
