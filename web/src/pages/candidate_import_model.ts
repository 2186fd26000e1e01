// Importing candidates from a file: the server reads it (POST
// /candidates/import, the same loaders as the CLI), all rows or none unless
// the bad rows are to be skipped. This is what the import form decides
// without the DOM: the file's content type, the query, and the outcome in
// words with the rows that could not be read, each with its line.
import { ApiError } from '../api/client';
import type { ImportAnswer, ImportRowProblem } from '../api/types';

// A row the server could not read is its line in the file (the resume's
// position in a JSON array), the column or path at fault (null when none),
// and why (ImportRowProblem in the API's document).
export type { ImportAnswer, ImportRowProblem };

export type ImportOutcome =
  | { kind: 'imported'; count: number; skipped: ImportRowProblem[] }
  | { kind: 'refused'; message: string; rows: ImportRowProblem[] }
  | { kind: 'failed'; message: string };

// JSON (a JSON Resume or an array of them) by its name or its first
// character; CSV otherwise.
export function importContentType(fileName: string, text: string): 'application/json' | 'text/csv' {
  const start = text.trimStart();
  if (fileName.toLowerCase().endsWith('.json') || start.startsWith('{') || start.startsWith('[')) return 'application/json';
  return 'text/csv';
}

export function importQuery(openingId: string, skipBadRows: boolean): Record<string, string | undefined> {
  return { opening_id: openingId || undefined, skip_bad_rows: skipBadRows ? 'true' : undefined };
}

export function outcomeOfAnswer(answer: ImportAnswer): ImportOutcome {
  return { kind: 'imported', count: answer.imported.length, skipped: answer.skipped ?? [] };
}

// A failed import: refused with its rows when the server named them (a 400
// with `rows`), else the server's sentence.
export function outcomeOfError(error: unknown): ImportOutcome {
  if (error instanceof ApiError) {
    const rows = rowsOf(error.body);
    if (error.status === 400 && rows.length) return { kind: 'refused', message: error.message, rows };
    return { kind: 'failed', message: error.message };
  }
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

function rowsOf(body: unknown): ImportRowProblem[] {
  const rows = (body as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.filter((row): row is ImportRowProblem => typeof row?.line === 'number' && typeof row?.message === 'string');
}

function rowsInWords(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}

export function outcomeSummary(outcome: ImportOutcome): string {
  switch (outcome.kind) {
    case 'imported': {
      const imported = `Imported ${outcome.count === 1 ? '1 candidate' : `${outcome.count} candidates`}`;
      return outcome.skipped.length ? `${imported}; skipped ${rowsInWords(outcome.skipped.length)} with errors.` : `${imported}.`;
    }
    case 'refused':
      return `Nothing was imported: ${rowsInWords(outcome.rows.length)} with errors. Fix the file, or import the good rows only.`;
    case 'failed':
      return `Nothing was imported: ${outcome.message}`;
  }
}

// The rows to list under the summary.
export function outcomeRows(outcome: ImportOutcome): ImportRowProblem[] {
  if (outcome.kind === 'imported') return outcome.skipped;
  if (outcome.kind === 'refused') return outcome.rows;
  return [];
}
