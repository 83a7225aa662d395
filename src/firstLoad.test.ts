import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The first-load bundle stays small only if the code loaded on demand is never
 * imported statically from what main.tsx loads. This follows the static imports
 * (type-only ones are erased) and names the chain to any that should be lazy.
 * `npm run size` measures the built result.
 */

const ROOT = resolve(import.meta.dirname, '..');

const LOADED_ON_DEMAND = [
  // Through src/data/lazy/lazyGazetteer.ts and lazySimplifier.ts.
  'src/parse/regions/gazetteer.ts',
  'src/parse/simplify.ts',
  'opencc-js',
  // Through src/components/lazyViews.ts.
  'src/components/RegionMap/RegionMap.tsx',
  'src/components/ArticlePanel/ArticlePanel.tsx',
  'd3-geo',
  // Through src/components/Timeline/timelineGestures.ts.
  'd3-zoom',
  'd3-brush',
  'd3-selection',
  // The browser parser, through src/data/import.
  'src/parse/parseArticle.ts',
];

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && /\.(tsx?|json)$/.test(candidate)) return candidate;
  }
  return null;
}

function valueImports(file: string): string[] {
  if (!/\.tsx?$/.test(file)) return [];
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every module main.tsx loads statically (packages by name), each with the module that first imports it. */
function firstLoadGraph(): Map<string, string | null> {
  const start = resolve(ROOT, 'src/main.tsx');
  const importedBy = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of valueImports(file)) {
      const target = specifier.startsWith('.') ? resolveLocal(file, specifier) : specifier;
      if (target === null || importedBy.has(target)) continue;
      importedBy.set(target, file);
      if (target.startsWith('/')) queue.push(target);
    }
  }
  return importedBy;
}

const name = (module: string) => (module.startsWith('/') ? relative(ROOT, module) : module);

describe('first-load code', () => {
  it('does not statically import what is loaded on demand', () => {
    const graph = firstLoadGraph();
    const chains = [...graph.keys()]
      .filter((module) => LOADED_ON_DEMAND.some((lazy) => name(module) === lazy || name(module).startsWith(`${lazy}/`)))
      .map((module) => {
        const chain: string[] = [];
        for (let at: string | null | undefined = module; at; at = graph.get(at)) chain.unshift(name(at));
        return chain.join(' → ');
      });
    expect(chains, 'import these through src/data/lazy/* or src/components/lazyViews.ts instead').toEqual([]);
  });
});
