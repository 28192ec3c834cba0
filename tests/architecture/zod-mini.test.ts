import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app validates with `zod/mini` only. Besides its size, that keeps the Content-Security-Policy quiet: classic
 * zod's object parser probes `new Function` to compile a faster parser, and under a policy without 'unsafe-eval' the
 * browser reports that probe as a violation even though zod catches it (checked in Chromium with zod 4.6: a classic
 * `z.strictObject(...).parse` reports `script-src eval`, the same schema from `zod/mini` reports nothing). So the app
 * needs no `jitless` set-up script, as long as classic zod stays out of src/.
 */
const srcRoot = resolve(process.cwd(), 'src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const zodImport = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(zod(?:\/[^']*)?)'/gm;

describe('zod in the app', () => {
  it('is zod/mini, never classic zod, everywhere in src/', () => {
    const imports = sourceFiles(srcRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(zodImport)].map((match) => ({ file: relative(srcRoot, file), specifier: match[1] })),
    );
    expect(imports.filter(({ specifier }) => specifier === 'zod/mini').length).toBeGreaterThan(0);
    // Anything else from zod is fine (its message locales, say) unless it is classic zod or its object parser.
    expect(imports.filter(({ specifier }) => /^zod(?:\/v[34])?(?:\/classic)?(?:\/index\.js)?$/u.test(specifier ?? ''))).toEqual([]);
  });
});
