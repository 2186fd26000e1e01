// Importing candidates from a CSV file or JSON Resume documents.
//
// CSV: RFC 4180 (quoted fields, "" inside quotes, CRLF or LF, a BOM). The
// first row names the columns: `name` is required; `email`, `role`, `cost`,
// `codes` (yes/no/true/false/1/0), `status`, `id` (kept as the profile's
// external id) and the six trait ids (0–5) are read; other columns are kept
// in the profile as text. Each data row becomes a candidate or a row error
// naming the row's line and the column.
//
// JSON Resume: one document ({basics: {name, email, label}, ...}) or an array
// of them; each becomes a candidate whose profile keeps the whole resume.
//
// runImport() posts the candidates one by one, reporting progress, and
// collects the server's error for each row that fails; one failure does not
// stop the rest.
import { ApiError, messageOf } from '../api/client';

export interface CandidateInput {
  name: string;
  email?: string;
  status?: string;
  opening_id?: string;
  profile: Record<string, unknown>;
}

export interface RowError {
  line: number; // line in the file (1 = header for CSV; item index + 1 for JSON)
  column: string | null;
  message: string;
}

export interface ParsedImport {
  rows: { line: number; candidate: CandidateInput }[];
  errors: RowError[];
  // How many data rows (or resumes) the file holds, good or bad; 0 when the
  // file itself could not be read (empty, no header, not JSON).
  rowCount: number;
}

export const TRAIT_IDS = ['product_sense', 'data_intuition', 'software_engineering', 'domain_expertise', 'design', 'meta'];

// Splits CSV text into records of fields, with the line each record starts on.
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let fieldText = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  const endRecord = () => {
    fields.push(fieldText);
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    fieldText = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          fieldText += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line += 1;
        fieldText += c;
      }
      continue;
    }
    if (c === '"' && fieldText === '') {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(fieldText);
      fieldText = '';
      fieldStarted = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      fieldText += c;
      fieldStarted = true;
    }
  }
  if (fieldText !== '' || fields.length > 0 || fieldStarted) endRecord();
  return records;
}

function parseBool(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(t)) return true;
  if (['no', 'n', 'false', '0'].includes(t)) return false;
  return null;
}

export function candidatesFromCsv(text: string): ParsedImport {
  const records = parseCsv(text);
  const result: ParsedImport = { rows: [], errors: [], rowCount: 0 };
  if (records.length === 0) {
    result.errors.push({ line: 1, column: null, message: 'The file is empty.' });
    return result;
  }
  const header = records[0].fields.map((f) => f.trim().toLowerCase());
  if (!header.includes('name')) {
    result.errors.push({ line: records[0].line, column: 'name', message: 'The first row must name the columns, including "name".' });
    return result;
  }
  for (const record of records.slice(1)) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    result.rowCount += 1;
    if (record.fields.length !== header.length) {
      result.errors.push({
        line: record.line,
        column: null,
        message: `This row has ${record.fields.length} fields; the header has ${header.length}.`,
      });
      continue;
    }
    const candidate: CandidateInput = { name: '', profile: { source: 'csv' } };
    const traits: Record<string, number> = {};
    let error: RowError | null = null;
    header.forEach((column, index) => {
      if (error) return;
      const value = record.fields[index].trim();
      const fail = (message: string) => (error = { line: record.line, column, message });
      if (column === 'name') {
        if (!value) fail('The name is empty.');
        candidate.name = value;
      } else if (column === 'email') {
        if (value && !/^[^@\s]+@[^@\s]+$/.test(value)) fail(`"${value}" is not an email address.`);
        if (value) candidate.email = value;
      } else if (column === 'status') {
        if (value) candidate.status = value;
      } else if (TRAIT_IDS.includes(column)) {
        if (value === '') return;
        const level = Number(value);
        if (!Number.isInteger(level) || level < 0 || level > 5) fail(`${column} must be a whole number from 0 to 5, not "${value}".`);
        else traits[column] = level;
      } else if (column === 'cost') {
        if (value === '') return;
        const cost = Number(value.replace(/[,_\s]/g, ''));
        if (!Number.isFinite(cost) || cost < 0) fail(`cost must be a number of 0 or more, not "${value}".`);
        else candidate.profile.cost = cost;
      } else if (column === 'codes') {
        if (value === '') return;
        const codes = parseBool(value);
        if (codes === null) fail(`codes must be yes or no, not "${value}".`);
        else candidate.profile.codes = codes;
      } else if (column === 'id') {
        if (value) candidate.profile.external_id = value;
      } else if (value !== '') {
        candidate.profile[column] = value;
      }
    });
    if (error) {
      result.errors.push(error);
      continue;
    }
    if (Object.keys(traits).length) candidate.profile.traits = traits;
    result.rows.push({ line: record.line, candidate });
  }
  return result;
}

export function candidatesFromJsonResume(text: string): ParsedImport {
  const result: ParsedImport = { rows: [], errors: [], rowCount: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    result.errors.push({ line: 1, column: null, message: `Not valid JSON: ${messageOf(error)}` });
    return result;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  result.rowCount = items.length;
  items.forEach((item, index) => {
    const basics = (item as { basics?: { name?: unknown; email?: unknown; label?: unknown } } | null)?.basics;
    const name = typeof basics?.name === 'string' ? basics.name.trim() : '';
    if (!name) {
      result.errors.push({ line: index + 1, column: 'basics.name', message: 'This resume has no basics.name.' });
      return;
    }
    const candidate: CandidateInput = { name, profile: { source: 'json_resume', resume: item } };
    if (typeof basics?.email === 'string' && basics.email) candidate.email = basics.email;
    if (typeof basics?.label === 'string' && basics.label) candidate.profile.role = basics.label;
    result.rows.push({ line: index + 1, candidate });
  });
  return result;
}

export interface ImportProgress {
  done: number; // rows dealt with (imported, refused by the server, or refused on reading)
  total: number; // every data row in the file
  created: number;
  errors: RowError[];
}

// The import's status line, counting every row of the file: "Imported 3 of
// 5 rows; 2 rows with errors." (rows refused on reading count as errors).
export function importSummary(p: ImportProgress): string {
  if (p.total === 0 && p.errors.length) return 'Nothing was imported: the file could not be read (see below).';
  const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
  const failed = p.errors.length;
  const verb = p.done < p.total ? 'Importing' : 'Imported';
  return `${verb} ${p.created} of ${rows(p.total)}${failed ? `; ${rows(failed)} with errors` : ''}.`;
}

export async function runImport(
  parsed: ParsedImport,
  create: (candidate: CandidateInput) => Promise<unknown>,
  onProgress: (progress: ImportProgress) => void,
  defaults: Partial<CandidateInput> = {},
): Promise<ImportProgress> {
  const readErrors = parsed.rowCount > 0 ? parsed.errors.length : 0;
  const progress: ImportProgress = { done: readErrors, total: parsed.rowCount, created: 0, errors: [...parsed.errors] };
  onProgress({ ...progress, errors: [...progress.errors] });
  for (const row of parsed.rows) {
    try {
      await create({ ...defaults, ...row.candidate });
      progress.created += 1;
    } catch (error) {
      progress.errors.push({
        line: row.line,
        column: error instanceof ApiError ? error.field : null,
        message: messageOf(error),
      });
    }
    progress.done += 1;
    onProgress({ ...progress, errors: [...progress.errors] });
  }
  progress.errors.sort((a, b) => a.line - b.line);
  return progress;
}
