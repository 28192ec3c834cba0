import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * STYLE.md habit 12: imports flow one way and never loop. Lint fences the layers (eslint.config.js); this test reads
 * every import of src/ (static, type-only and dynamic `import()` alike, since a lazy route that its own page imports
 * back is still a loop) and reports each group of files that reach each other.
 */
const srcRoot = resolve(process.cwd(), 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(srcRoot);
const known = new Set(files);

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((candidate) =>
    known.has(candidate),
  );
}

const importPattern = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].flatMap((match) => {
    const target = resolveImport(file, match[1] ?? '');
    return target === undefined ? [] : [target];
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** Tarjan's strongly connected components; a component of two or more files is a loop. */
function loops(): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, index);
    low.set(file, index);
    index += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, order.get(next) ?? 0));
      }
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) {
          onStack.delete(member);
          component.push(relative(srcRoot, member));
        }
      } while (member !== undefined && member !== file);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const file of files) if (!order.has(file)) visit(file);
  return found;
}

describe('imports of src/', () => {
  it('reads the import graph (the test is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    const edges = [...graph.values()].reduce((sum, targets) => sum + targets.length, 0);
    expect(edges).toBeGreaterThan(files.length);
    // A dynamic import is an edge too: the app's routes load the drafts page on demand.
    expect(graph.get(join(srcRoot, 'features/drafts/routes.tsx'))).toContain(
      join(srcRoot, 'features/drafts/drafts-page.tsx'),
    );
  });

  it('has no import loops', () => {
    expect(loops()).toEqual([]);
  });

  it('flows one way: app composes features; features, and the layers below them, never import upwards', () => {
    // The entry point may import anything: it is where the app is put together.
    const above: [layer: string, forbidden: string[]][] = [
      ['features/', ['app/']],
      ['routing/', ['app/', 'features/']],
      ['components/', ['app/', 'features/', 'routing/']],
      ['lib/', ['app/', 'features/', 'routing/', 'components/']],
      ['i18n/', ['app/', 'features/', 'routing/', 'components/']],
      ['rules/', ['app/', 'features/', 'routing/', 'components/', 'lib/', 'i18n/']],
    ];
    const upward = [...graph].flatMap(([file, targets]) => {
      const from = relative(srcRoot, file);
      const forbidden = above.find(([layer]) => from.startsWith(layer))?.[1] ?? [];
      return targets
        .map((target) => relative(srcRoot, target))
        .filter((to) => forbidden.some((layer) => to.startsWith(layer)))
        .map((to) => `${from} → ${to}`);
    });
    expect(upward).toEqual([]);
  });
});
