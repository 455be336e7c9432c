import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 9: no eval-style code and no HTML-string sinks in our own code (entrypoints, components,
 * lib, and the training pages' scripts shipped in public/). Dependencies are documented in the
 * README ("Code-safety findings in dependencies"), not here.
 */
const root = resolve(import.meta.dirname, '../../..');
const DIRS = ['entrypoints', 'components', 'lib', 'public'];
const EXTENSIONS = /\.(ts|tsx|js|mjs|html)$/;

const FORBIDDEN: [string, RegExp][] = [
  ['eval', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor call', /(^|[^\w.$])Function\s*\(\s*['"`]/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\s*\.\s*write(ln)?\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /\bsrcdoc\b/],
  ['javascript: URL', /['"`]javascript:/i],
  ['remote script', /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i],
];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (EXTENSIONS.test(name)) out.push(path);
  }
  return out;
}

/** Comments explain why and may name these APIs; only code counts. Strings stay (eval('...') is code). */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
}

function findings(sourceFiles: string[]): string[] {
  const found: string[] = [];
  for (const file of sourceFiles) {
    const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      for (const [name, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${name}`);
    });
  }
  return found;
}

describe('our source has no eval-style code or HTML-string sinks', () => {
  const sources = DIRS.flatMap((d) => files(join(root, d)));

  it('scans a real set of files', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.some((f) => f.endsWith('entrypoints/background.ts'))).toBe(true);
  });

  it('finds none of them', () => {
    expect(findings(sources)).toEqual([]);
  });

  it('would find each of them (the patterns are live)', () => {
    const samples: Record<string, string> = {
      eval: 'const x = eval("1");',
      'new Function': 'const f = new Function("return 1");',
      'Function constructor call': "Function('')();",
      'string timer': "setTimeout('alert(1)', 0);",
      innerHTML: 'el.innerHTML = html;',
      outerHTML: 'el.outerHTML = html;',
      dangerouslySetInnerHTML: '<div dangerouslySetInnerHTML={{ __html: x }} />',
      insertAdjacentHTML: "el.insertAdjacentHTML('beforeend', x);",
      'document.write': 'document.write(x);',
      createContextualFragment: 'range.createContextualFragment(x);',
      srcdoc: 'frame.srcdoc = x;',
      'javascript: URL': 'a.href = "javascript:alert(1)";',
      'remote script': '<script src="https://cdn.example/x.js"></script>',
    };
    expect(Object.keys(samples).sort()).toEqual(FORBIDDEN.map(([n]) => n).sort());
    for (const [name, pattern] of FORBIDDEN) expect(pattern.test(samples[name]!), name).toBe(true);
    // ...and not words in comments, or look-alikes such as `evaluate(` and `retrieval(`.
    expect(FORBIDDEN.some(([, p]) => p.test(withoutComments('// never use innerHTML or eval() here')))).toBe(false);
    expect(FORBIDDEN.some(([, p]) => p.test('page.evaluate(fn); retrieval(x); myeval(1);'))).toBe(false);
  });
});
