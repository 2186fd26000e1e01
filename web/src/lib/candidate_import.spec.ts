import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { candidatesFromCsv, candidatesFromJsonResume, importSummary, parseCsv, runImport } from './candidate_import';

describe('parseCsv', () => {
  it('reads quotes, escaped quotes, commas and newlines inside quotes, CRLF and a BOM', () => {
    const records = parseCsv('\ufeffa,b\r\n"Osei, Sam","say ""hi""\nthere"\r\nx,\n');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b'], ['Osei, Sam', 'say "hi"\nthere'], ['x', '']]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });
  it('keeps a last line without a newline and skips blank lines', () => {
    expect(parseCsv('a\n\nb').map((r) => r.fields)).toEqual([['a'], ['b']]);
  });
});

const header = 'id,name,email,role,cost,codes,product_sense,data_intuition,software_engineering,domain_expertise,design,meta';

describe('candidatesFromCsv', () => {
  it('turns rows into candidates with traits, cost and codes in the profile', () => {
    const { rows, errors } = candidatesFromCsv(`${header}\nsam,"Osei, Sam",sam@example.com,"Founding engineer",150000,yes,3,1,3,0,3,4\n`);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0].candidate).toEqual({
      name: 'Osei, Sam',
      email: 'sam@example.com',
      profile: {
        source: 'csv',
        external_id: 'sam',
        role: 'Founding engineer',
        cost: 150000,
        codes: true,
        traits: { product_sense: 3, data_intuition: 1, software_engineering: 3, domain_expertise: 0, design: 3, meta: 4 },
      },
    });
  });

  it('reports each bad row with its line and column, and keeps the good ones', () => {
    const csv = [
      'name,email,meta,codes,cost',
      'Ada,ada@example.com,4,no,100',
      ',x@example.com,1,no,1',
      'Bo,not-an-email,1,no,1',
      'Cy,,7,no,1',
      'Di,,2,maybe,1',
      'Ed,,2,no,-5',
      'Fay,,2',
    ].join('\n');
    const { rows, errors } = candidatesFromCsv(csv);
    expect(rows.map((r) => r.candidate.name)).toEqual(['Ada']);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'name'],
      [4, 'email'],
      [5, 'meta'],
      [6, 'codes'],
      [7, 'cost'],
      [8, null],
    ]);
  });

  it('needs a header with a name column', () => {
    expect(candidatesFromCsv('').errors[0].message).toContain('empty');
    expect(candidatesFromCsv('email\nx@y.z').errors[0].column).toBe('name');
  });
});

describe('candidatesFromJsonResume', () => {
  it('reads one resume or a list, naming the ones without a name', () => {
    const one = candidatesFromJsonResume(JSON.stringify({ basics: { name: 'Lena Park', email: 'l@p.io', label: 'Designer' } }));
    expect(one.rows[0].candidate).toMatchObject({ name: 'Lena Park', email: 'l@p.io', profile: { role: 'Designer', source: 'json_resume' } });
    const many = candidatesFromJsonResume(JSON.stringify([{ basics: { name: 'A' } }, { basics: {} }, null]));
    expect(many.rows).toHaveLength(1);
    expect(many.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(candidatesFromJsonResume('{oops').errors[0].message).toContain('Not valid JSON');
  });
});

describe('runImport', () => {
  it('creates every good row, reports progress after each, and collects server errors by line', async () => {
    const parsed = candidatesFromCsv('name,email\nAda,\nBo,\nCy,\n');
    const create = vi.fn(async (c: { name: string }) => {
      if (c.name === 'Bo') throw new ApiError(422, 'invalid_input', 'email taken', 'email');
      return { id: c.name };
    });
    const seen: number[] = [];
    const result = await runImport(parsed, create, (p) => seen.push(p.done), { opening_id: 'o1' });
    expect(create).toHaveBeenCalledTimes(3);
    expect(create.mock.calls[0][0]).toMatchObject({ name: 'Ada', opening_id: 'o1' });
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(result.created).toBe(2);
    expect(result.errors).toEqual([{ line: 3, column: 'email', message: 'email taken' }]);
  });
});

describe('the import summary counts every row of the file', () => {
  it('says 3 of 5 when two of five rows are refused on reading', async () => {
    const parsed = candidatesFromCsv('name,email,design\nAda,,1\nBo,not-an-email,2\nCy,,3\n,,\nDi,,9\nEd,,0\n');
    expect(parsed.rowCount).toBe(5);
    const result = await runImport(parsed, async () => ({}), () => {});
    expect(result.total).toBe(5);
    expect(result.done).toBe(5);
    expect(importSummary(result)).toBe('Imported 3 of 5 rows; 2 rows with errors.');
  });

  it('counts a row the server refuses as an error, and says nothing of errors when there are none', async () => {
    const parsed = candidatesFromCsv('name\nAda\nBo\n');
    const failing = await runImport(parsed, async (c) => {
      if (c.name === 'Bo') throw new ApiError(422, 'invalid_input', 'taken', 'email');
    }, () => {});
    expect(importSummary(failing)).toBe('Imported 1 of 2 rows; 1 row with errors.');
    const clean = await runImport(parsed, async () => ({}), () => {});
    expect(importSummary(clean)).toBe('Imported 2 of 2 rows.');
  });

  it('says the file could not be read when it has no rows to count', async () => {
    const result = await runImport(candidatesFromJsonResume('{oops'), async () => ({}), () => {});
    expect(result.total).toBe(0);
    expect(importSummary(result)).toContain('could not be read');
    expect(candidatesFromJsonResume(JSON.stringify([{ basics: { name: 'A' } }, {}])).rowCount).toBe(2);
  });
});

