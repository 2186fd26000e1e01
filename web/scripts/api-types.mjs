// Generates src/api/schema.d.ts (committed; run it after changing the API) from the API's OpenAPI
// document with openapi-typescript.
//   node scripts/api-types.mjs FIRSTHIRE_BINARY   runs `BINARY serve --print-openapi`
//   node scripts/api-types.mjs openapi.json       reads a saved document
// Exits non-zero, with the reason, when the document cannot be had.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/api-types.mjs FIRSTHIRE_BINARY | openapi.json');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'api', 'schema.d.ts');

let text;
if (source.endsWith('.json')) {
  text = readFileSync(source, 'utf8');
} else {
  text = execFileSync(source, ['serve', '--print-openapi'], { encoding: 'utf8', timeout: 30000 });
}
const document = JSON.parse(text);
if (!document.openapi || !document.paths) {
  console.error('api-types: the document is not an OpenAPI document (no openapi/paths)');
  process.exit(1);
}
// A schema written as null is not valid OpenAPI; openapi-typescript stops on
// it. Read it as "any value" and say where, so the document gets fixed.
const nulls = [];
(function repair(node, path) {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (value === null && /\/properties$|\/schemas$|\/items$/.test(path)) {
      node[key] = {};
      nulls.push(`${path}/${key}`);
    } else {
      repair(value, `${path}/${key}`);
    }
  }
})(document, '');
if (nulls.length) console.warn(`api-types: warning: null schemas read as "any": ${nulls.join(', ')}`);
const dir = mkdtempSync(join(tmpdir(), 'fh-openapi-'));
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  const cli = join(here, '..', 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, file, '--output', out], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 60000 });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`api-types: ${Object.keys(document.paths).length} paths → src/api/schema.d.ts`);
