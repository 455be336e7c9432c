// Issue 18: "no function outside React components is longer than 120 lines". Long closures hide shared state
// (the record store was one 695-line closure); this keeps the next one from growing unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCE_FOLDERS = ['lib', 'entrypoints', 'components'];
const MAX_LINES = 120;

interface LongFunction {
  where: string;
  name: string;
  lines: number;
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))) return parent.name.getText();
  return '(anonymous)';
}

/** A React component: a PascalCase function in a .tsx file (its length is markup, not logic). */
function isComponent(file: string, name: string): boolean {
  return file.endsWith('.tsx') && /^[A-Z]/.test(name);
}

export function longFunctions(file: string, text: string, max = MAX_LINES): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node)) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = nameOf(node);
      if (last - first + 1 > max && !isComponent(file, name)) found.push({ where: `${file}:${first + 1}`, name, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('code shape', () => {
  it('finds a function over the limit, and not a component or one at the limit (the check can fail)', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, i) => `  const a${i} = ${i};`).join('\n');
    expect(longFunctions('x.ts', `function long() {\n${body(121)}\n}`)).toEqual([{ where: 'x.ts:1', name: 'long', lines: 121 }]);
    expect(longFunctions('x.ts', `const f = () => {\n${body(120)}\n};`)).toEqual([]);
    expect(longFunctions('x.ts', `class C { m() {\n${body(130)}\n} }`)).toHaveLength(1);
    expect(longFunctions('x.tsx', `export function Panel() {\n${body(200)}\n}`)).toEqual([]);
    expect(longFunctions('x.ts', `export function Panel() {\n${body(200)}\n}`)).toHaveLength(1);
  });

  it(`no function outside React components in ${SOURCE_FOLDERS.join(', ')} is longer than ${MAX_LINES} lines`, () => {
    const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((file) => longFunctions(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(long).toEqual([]);
  });
});
