// Prints the longest functions and the largest files of the web app's
// TypeScript (src/, spec files excluded unless --specs), by line count, with
// the TypeScript compiler's own parser. A function is any function
// declaration, method, arrow function or function expression; its length
// runs from its first to its last line.
//   node scripts/sizes.mjs [--top N] [--specs]
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 10;
const specs = args.includes('--specs');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    if (!name.endsWith('.ts') || name.endsWith('.d.ts')) return [];
    return !specs && name.endsWith('.spec.ts') ? [] : [path];
  });
}

const functions = [];
const sizes = [];
for (const path of files(join(root, 'src'))) {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
  const file = relative(root, path);
  sizes.push({ file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText(source) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)');
      functions.push({ name, file: `${file}:${start + 1}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
functions.sort((a, b) => b.lines - a.lines);
sizes.sort((a, b) => b.lines - a.lines);
console.log(`longest functions (of ${functions.length}):`);
for (const f of functions.slice(0, top)) console.log(`  ${String(f.lines).padStart(4)}  ${f.name}  ${f.file}`);
console.log(`largest files (of ${sizes.length}):`);
for (const s of sizes.slice(0, top)) console.log(`  ${String(s.lines).padStart(4)}  ${s.file}`);
