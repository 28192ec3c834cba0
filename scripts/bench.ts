/**
 * `npm run bench [-- --dist DIR]`: prints, without asserting, how big the input space is, how fast the rules
 * evaluate it, and how big the app's initial download is against its budget.
 *
 * Evaluating every subset of both multi-select questions (≈15.7 billion inputs) or even the CI covering set
 * (≈126 million) takes hours, so the timed run is the single-select skeleton: every path through the single-select
 * questions with `dataTypes` and `laterNeeds` empty (≈1.9 million inputs, about two minutes). The sizes of the
 * bigger spaces are computed exactly and their evaluation time is projected from the measured mean.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { z } from 'zod/mini';

import { SIZE_BUDGET_KB, printBudgets, measureBudgets } from './budgets';
import { fuzzLoaders } from './lib/fuzz-loaders';
import { evaluate } from '../src/rules/index';
import type { BasisId } from '../src/rules/index';
import { countInputs, coveringOptions, enumerateInputs, everySubsetOptions, singleSelectOnlyOptions } from './lib/enumerate';
import { formatCount, formatDuration, formatKb, textTable } from './lib/format';

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

// ------------------------------------------------------------------------------------------------ input space

function benchRules(): void {
  const spaces = [
    { name: 'single-select paths (dataTypes = laterNeeds = [])', options: singleSelectOnlyOptions },
    { name: 'covering: [], each option, all (11 × 6 per path)', options: coveringOptions },
    { name: 'every subset of both (512 × 16 per path)', options: everySubsetOptions },
  ].map((space) => ({ ...space, inputs: countInputs(space.options) }));

  const skeleton = spaces[0];
  if (skeleton === undefined) return;

  let enumerated = 0;
  const enumerationStart = performance.now();
  const walk = enumerateInputs(skeleton.options);
  while (walk.next().done !== true) enumerated++;
  const enumerationMs = performance.now() - enumerationStart;

  // Tallying the results keeps the calls observable and tells the reader where the space lands.
  const recommended = new Map<BasisId | null, number>();
  let evaluated = 0;
  const start = performance.now();
  for (const input of enumerateInputs(skeleton.options)) {
    const basis = evaluate(input).recommendedBasis;
    recommended.set(basis, (recommended.get(basis) ?? 0) + 1);
    evaluated++;
  }
  const totalMs = performance.now() - start;
  const evaluateUs = ((totalMs - enumerationMs) * 1000) / evaluated;
  const perInputUs = (totalMs * 1000) / evaluated;
  // The walk and the fast count must agree; a mismatch means the flow broke the count's assumptions.
  const countCheck =
    evaluated === skeleton.inputs && enumerated === evaluated ? '(= countInputs)' : `(countInputs says ${formatCount(skeleton.inputs)}!)`;

  console.log('\nInput space (walking nextQuestion from {}; sizes computed by countInputs)\n');
  console.log(
    textTable(
      ['space', 'inputs', 'time to evaluate'],
      spaces.map((space) => [
        space.name,
        formatCount(space.inputs),
        space === skeleton ? `${formatDuration(totalMs)} (measured)` : `≈ ${formatDuration((space.inputs * perInputUs) / 1000)} (projected)`,
      ]),
      ['left', 'right', 'right'],
    ),
  );

  console.log('\nEvaluation of the single-select paths (every single-select answer on every path)\n');
  console.log(
    textTable(
      ['measure', 'value'],
      [
        ['inputs evaluated', `${formatCount(evaluated)} ${countCheck}`],
        ['enumeration alone', formatDuration(enumerationMs)],
        ['enumeration + evaluate', formatDuration(totalMs)],
        ['mean per input (enumerate + evaluate)', `${perInputUs.toFixed(1)} µs`],
        ['mean per evaluate', `${evaluateUs.toFixed(1)} µs`],
      ],
      ['left', 'right'],
    ),
  );

  console.log('\nRecommended basis over those inputs\n');
  console.log(
    textTable(
      ['recommendedBasis', 'inputs', 'share'],
      [...recommended.entries()]
        .sort(([, a], [, b]) => b - a)
        .map(([basis, count]) => [basis ?? '(none)', formatCount(count), `${((100 * count) / evaluated).toFixed(1)} %`]),
      ['left', 'right', 'right'],
    ),
  );
}

// --------------------------------------------------------------------------------------------- bundle budget

/** The files index.html makes the browser fetch before first render: module entry, preloads, stylesheets. */
function initialAssets(html: string): string[] {
  const attribute = (tag: string, name: string) => new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1];
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => attribute(tag, 'src'));
  const links = [...html.matchAll(/<link\b[^>]*>/g)]
    .filter(([tag]) => ['modulepreload', 'stylesheet'].includes(attribute(tag, 'rel') ?? ''))
    .map(([tag]) => attribute(tag, 'href'));
  return [...scripts, ...links].filter((href): href is string => href !== undefined && !/^(?:[a-z]+:)?\/\//i.test(href));
}

function benchBundle(distDir: string): void {
  const indexHtml = join(distDir, 'index.html');
  console.log(`\nInitial download (${indexHtml}), gzip level 6 as a static server would send it\n`);
  if (!existsSync(indexHtml)) {
    console.log('no build found: run npm run build first');
    return;
  }
  const files = initialAssets(readFileSync(indexHtml, 'utf8')).map((href) => {
    const bytes = readFileSync(join(distDir, href.replace(/^\.?\//, '')));
    return { href, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
  });
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const withinBudget = total.gzip <= SIZE_BUDGET_KB * 1024;
  console.log(
    textTable(
      ['file', 'raw KB', 'gzip KB'],
      [
        ...files.map((f) => [f.href, formatKb(f.raw), formatKb(f.gzip)]),
        ['total', formatKb(total.raw), formatKb(total.gzip)],
        [`budget ${SIZE_BUDGET_KB} KB`, '', withinBudget ? 'within' : 'OVER'],
      ],
      ['left', 'right', 'right'],
    ),
  );
}

function benchFuzz(): void {
  const runs = Number(argument('--fuzz-runs') ?? 10_000);
  console.log(`\nHostile-input fuzzing: ${String(runs)} generated inputs for each loader (import file, share link, storage)\n`);
  const started = performance.now();
  const figures = fuzzLoaders(runs);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    textTable(
      ['loader', 'inputs', 'accepted', 'refused with a reason'],
      [
        ['import file', String(runs), String(figures.fileOk), String(runs - figures.fileOk)],
        ['share link', String(runs), String(figures.shareOk), String(runs - figures.shareOk)],
        ['storage', String(runs), String(figures.storageOk), String(runs - figures.storageOk)],
      ],
      ['left', 'right', 'right', 'right'],
    ),
  );
  console.log(`no exception, every failure explained, unreadable storage never overwritten (${seconds.toFixed(1)} s)`);
}

/**
 * `npm audit --omit=dev`: the runtime dependencies must have no high or critical advisory. The audit asks the
 * registry's advisory endpoint; where that cannot be reached the bench says so rather than passing silently.
 */
const AuditReport = z.object({ metadata: z.object({ vulnerabilities: z.record(z.string(), z.number()) }) });
const AuditFailure = z.object({ message: z.string() });

function benchAudit(): void {
  console.log('\nDependency audit (npm audit --omit=dev; budget: no high or critical advisory)\n');
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const json = ((): unknown => {
    try {
      return JSON.parse(audit.stdout);
    } catch {
      return undefined;
    }
  })();
  const report = AuditReport.safeParse(json);
  if (!report.success) {
    const failure = AuditFailure.safeParse(json);
    const reason = failure.success ? failure.data.message : audit.stderr.trim().split('\n').at(-1) ?? 'no answer';
    console.log(`NOT CHECKED: the audit could not run here (${reason}). Run it where the registry's audit endpoint answers.`);
    return;
  }
  const counts = report.data.metadata.vulnerabilities;
  console.log(textTable(['severity', 'advisories'], Object.entries(counts).map(([severity, n]) => [severity, String(n)]), ['left', 'right']));
  const blocking = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(blocking === 0 ? 'within budget: no high or critical advisory' : `OVER BUDGET: ${String(blocking)} high or critical`);
}

const distDir = resolve(argument('--dist') ?? 'dist');
benchAudit();
benchBundle(distDir);
if (existsSync(join(distDir, 'index.html')) && !process.argv.includes('--no-lighthouse')) printBudgets(await measureBudgets({ runs: Number(argument('--lighthouse-runs') ?? 3) }));
benchFuzz();
benchRules();
