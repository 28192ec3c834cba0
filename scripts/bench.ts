/**
 * `npm run bench [-- --dist DIR] [--lighthouse-runs N] [--no-lighthouse] [--fuzz-runs N] [--rules-sample N] [--only-rules]
 * [--only-start] [--only-data-check]`: prints, without asserting, the dependency audit, how big the app's initial
 * download is against its budget, the Lighthouse scores, the start page beside a bare app of the same libraries
 * (scripts/lib/bare-comparison.ts), the loader fuzzing (the project file, project review memo and backup loaders included), the data
 * check's fuzzing, speed and memory (scripts/lib/bench-data-check.ts), how big the input space is, how fast the rules
 * evaluate it, and how long a 20-flow project takes to evaluate at all seven stages. `--only-start` runs only the
 * side-by-side start-page comparison, `--only-data-check` only the data check.
 *
 * Rule set 2 evaluates with remedies (each a search over changed answers), and its covering space has ≈2.8 billion
 * inputs (≈42 million single-select paths), so evaluation is timed on a seeded sample drawn uniformly from the
 * covering space (`sampleInputs`, default 20,000 inputs, `--rules-sample N`): its median and p95 estimate those of
 * the whole space, and the space's total time is projected from its mean. The exact remedy figures over the whole
 * space are in docs/decision-model.md §3.2 (`npm run docs`). `--only-rules` runs only this part and the project figure
 * (no audit, build, Lighthouse or fuzzing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { z } from 'zod/mini';

import { SIZE_BUDGET_KB, printBudgets, measureBudgets } from './budgets';
import { fuzzBackupLoader } from './lib/fuzz-backup';
import { compareWithBareApp } from './lib/bare-comparison';
import { benchDataCheck } from './lib/bench-data-check';
import { fuzzLoaders } from './lib/fuzz-loaders';
import { fuzzProjectLoader } from './lib/fuzz-project';
import { fuzzProjectReviewLoader } from './lib/fuzz-project-review';
import { combinedChecklist, evaluateFlows, projectJointUse, projectParties, stageMatrix } from '../src/features/projects/overview';
import { evaluate } from '../src/rules/index';
import type { Assessment, AssessmentInput, BasisId } from '../src/rules/index';
import { countInputs, coveringOptions, everySubsetOptions, sampleInputs, singleSelectOnlyOptions } from './lib/enumerate';
import { formatCount, formatDuration, formatKb, textTable } from './lib/format';

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

// ------------------------------------------------------------------------------------------------ input space

/** The budget for one evaluation, remedies included: printed as a figure, not asserted. */
const EVALUATE_BUDGET_MS = 2;
const WARM_UP = 1_000;
const PASSES = 3;

interface Timed {
  readonly ms: number;
  readonly assessment: Assessment;
}

/** The value at a quantile of sorted timings (nearest rank). */
const quantile = (sorted: readonly Timed[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.ms ?? Number.NaN;
const formatMs = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const share = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

function benchRules(): void {
  const sampleSize = Number(argument('--rules-sample') ?? 20_000);
  const spaces = [
    { name: 'single-select paths (dataTypes = laterNeeds = [])', options: singleSelectOnlyOptions },
    { name: 'covering: [], each option, all (11 × 6 per path)', options: coveringOptions },
    { name: 'every subset of both (512 × 16 per path)', options: everySubsetOptions },
  ].map((space) => ({ ...space, inputs: countInputs(space.options) }));
  const covering = spaces[1];
  if (covering === undefined) return;

  // Drawn before timing, so only evaluate is measured; the warm-up lets the JIT settle first.
  const sample: AssessmentInput[] = [...sampleInputs(covering.options, sampleSize, 1)];
  for (const input of [...sampleInputs(covering.options, WARM_UP, 2)]) evaluate(input);
  // The sample is timed in PASSES passes and each input keeps its median time, so a garbage-collection pause or
  // another process on a shared machine does not land on one input as if evaluating it were that slow. Between two
  // timings of the same input come all the others, so no pass finds it warm in the caches.
  const passes = Array.from({ length: PASSES }, () =>
    sample.map((input) => {
      const start = performance.now();
      const assessment = evaluate(input);
      return { ms: performance.now() - start, assessment };
    }),
  );
  const timed: Timed[] = sample.map((_, index) => {
    const runs = passes.map((pass) => pass[index]).filter((run) => run !== undefined);
    const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    if (median === undefined) throw new Error('No timing');
    return median;
  });
  const singleRunMs = passes[0]?.reduce((sum, run) => sum + run.ms, 0) ?? Number.NaN;
  const totalMs = timed.reduce((sum, entry) => sum + entry.ms, 0);
  const meanMs = totalMs / timed.length;
  const byTime = [...timed].sort((a, b) => a.ms - b.ms);
  const p95 = quantile(byTime, 0.95);

  console.log('\nInput space (walking nextQuestion from {}; sizes computed by countInputs)\n');
  console.log(
    textTable(
      ['space', 'inputs', 'time to evaluate (projected from the mean)'],
      spaces.map((space) => [space.name, formatCount(space.inputs), `≈ ${formatDuration(space.inputs * meanMs)}`]),
      ['left', 'right', 'right'],
    ),
  );

  console.log(
    `\nEvaluate with remedies: ${formatCount(sampleSize)} inputs drawn uniformly from the covering space (seed 1;` +
      ` after ${formatCount(WARM_UP)} untimed; ${String(PASSES)} passes over the sample, each input's median kept)\n`,
  );
  console.log(
    textTable(
      ['measure', 'value'],
      [
        ['median per evaluate', formatMs(quantile(byTime, 0.5))],
        ['p95 per evaluate', formatMs(p95)],
        ['p99 per evaluate', formatMs(quantile(byTime, 0.99))],
        ['mean per evaluate', formatMs(meanMs)],
        ['slowest in the sample', formatMs(byTime.at(-1)?.ms ?? Number.NaN)],
        ['total for the sample (first pass)', formatDuration(singleRunMs)],
        [`total for the covering space (${formatCount(covering.inputs)} inputs)`, `≈ ${formatDuration(covering.inputs * meanMs)} (projected)`],
      ],
      ['left', 'right'],
    ),
  );
  const over = timed.filter((entry) => entry.ms >= EVALUATE_BUDGET_MS).length;
  console.log(
    `budget: evaluate with remedies under ${String(EVALUATE_BUDGET_MS)} ms: p95 ${formatMs(p95)} ` +
      `(${p95 < EVALUATE_BUDGET_MS ? 'within' : 'OVER'}); ${share(over, timed.length)} of the sample at or over it (printed, not asserted)`,
  );

  // Remedies: how often a result without a recommendation (or with a conditional one) offers a way forward.
  const buckets = ['0', '1', '2', '3', '4 or more'];
  const bucketOf = (count: number): string => buckets[Math.min(count, buckets.length - 1)] ?? '';
  const countOf = (predicate: (entry: Timed) => boolean) => timed.filter(predicate).length;
  const withoutBasis = (entry: Timed) => entry.assessment.recommendedBasis === null;
  const noBasis = countOf(withoutBasis);
  const noBasisHelped = countOf((entry) => withoutBasis(entry) && entry.assessment.remedies.length > 0);
  console.log('\nRemedies per result (share of the sample; exact over the covering space: docs/decision-model.md §3.2)\n');
  console.log(
    textTable(
      ['recommended basis', ...buckets.map((bucket) => `${bucket} remedies`)],
      [false, true].map((recommended) => [
        recommended ? 'yes' : 'none',
        ...buckets.map((bucket) =>
          share(countOf((entry) => (entry.assessment.recommendedBasis !== null) === recommended && bucketOf(entry.assessment.remedies.length) === bucket), timed.length),
        ),
      ]),
      ['left', ...buckets.map((): 'right' => 'right')],
    ),
  );
  console.log(
    `no recommended basis: ${formatCount(noBasis)} of ${formatCount(timed.length)} inputs (${share(noBasis, timed.length)}); ` +
      `of those, ${formatCount(noBasisHelped)} (${share(noBasisHelped, noBasis)}) get at least one remedy`,
  );

  const recommended = new Map<BasisId | null, number>();
  for (const entry of timed) recommended.set(entry.assessment.recommendedBasis, (recommended.get(entry.assessment.recommendedBasis) ?? 0) + 1);
  console.log('\nRecommended basis over the sample\n');
  console.log(
    textTable(
      ['recommendedBasis', 'inputs', 'share'],
      [...recommended.entries()].sort(([, a], [, b]) => b - a).map(([basis, n]) => [basis ?? '(none)', formatCount(n), share(n, timed.length)]),
      ['left', 'right', 'right'],
    ),
  );
}

// ------------------------------------------------------------------------------------------------- projects

/** The budget: a 20-flow project evaluated at all seven stages in under 100 ms (printed, not asserted). */
const PROJECT_BUDGET_MS = 100;
const PROJECT_FLOWS = 20;
const PROJECT_RUNS = 21;

/**
 * A 20-flow project, every flow evaluated (each result holds all seven stages in its timeline, with remedies) and
 * arranged as the overview shows it: matrix, parties, combined checklist, joint users. Fresh answer objects each
 * run, so the overview's result cache never answers; the median of 21 runs is printed with the slowest.
 */
function benchProject(): void {
  const inputs = [...sampleInputs(coveringOptions, PROJECT_FLOWS, 7)];
  const run = (): number => {
    const flows = inputs.map((input, index) => ({ label: `Hospital ${String(index)} → Company`, answers: { ...input }, ticks: [] }));
    const start = performance.now();
    const evaluated = evaluateFlows(flows);
    stageMatrix(evaluated);
    projectParties(evaluated);
    combinedChecklist(evaluated);
    projectJointUse(evaluated);
    return performance.now() - start;
  };
  run();
  const times = Array.from({ length: PROJECT_RUNS }, run).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`
Project of ${String(PROJECT_FLOWS)} flows (seed 7, covering space): every flow at all seven stages, with the overview's matrix, parties and combined checklist
`);
  console.log(
    textTable(
      ['measure', 'value'],
      [
        [`median of ${String(PROJECT_RUNS)} runs`, formatMs(median)],
        ['slowest run', formatMs(times.at(-1) ?? Number.NaN)],
      ],
      ['left', 'right'],
    ),
  );
  console.log(`budget: under ${String(PROJECT_BUDGET_MS)} ms: ${median < PROJECT_BUDGET_MS ? 'within' : 'OVER'} (printed, not asserted)`);
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

  const projectStarted = performance.now();
  const project = fuzzProjectLoader(runs);
  console.log(
    `\nproject file: ${String(runs)} inputs, ${String(project.accepted)} accepted, ${String(runs - project.accepted)} refused with a reason naming ` +
      `the bad flow; no exception, nothing partial (${((performance.now() - projectStarted) / 1000).toFixed(1)} s)`,
  );

  const memoStarted = performance.now();
  const memo = fuzzProjectReviewLoader(runs);
  console.log(
    `project review memo: ${String(runs)} inputs, ${String(memo.accepted)} accepted, ${String(runs - memo.accepted)} refused with a reason naming ` +
      `the bad flow; no exception, nothing partial (${((performance.now() - memoStarted) / 1000).toFixed(1)} s)`,
  );
}

async function benchFuzzBackup(): Promise<void> {
  const runs = Number(argument('--fuzz-runs') ?? 10_000);
  const started = performance.now();
  const figures = await fuzzBackupLoader(runs);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    textTable(['loader', 'inputs', 'accepted', 'refused with a reason'], [['backup file', String(runs), String(figures.accepted), String(runs - figures.accepted)]], [
      'left',
      'right',
      'right',
      'right',
    ]),
  );
  console.log(`backup: no exception, every accepted file restores readable data, unreadable stores never overwritten (${seconds.toFixed(1)} s)`);
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
const lighthouseRuns = Number(argument('--lighthouse-runs') ?? 3);
const lighthouse = existsSync(join(distDir, 'index.html')) && !process.argv.includes('--no-lighthouse');
const dataCheckOptions = {
  distDir,
  fuzzRuns: Number(argument('--fuzz-runs') ?? 10_000),
  dicomFiles: 1_000,
  chromium: existsSync(join(distDir, 'index.html')),
};
if (process.argv.includes('--only-start')) {
  if (lighthouse) await compareWithBareApp({ distDir, runs: lighthouseRuns });
} else if (process.argv.includes('--only-data-check')) {
  await benchDataCheck(dataCheckOptions);
} else {
  if (!process.argv.includes('--only-rules')) {
    benchAudit();
    benchBundle(distDir);
    if (lighthouse) {
      printBudgets(await measureBudgets({ runs: lighthouseRuns, distDir }));
      await compareWithBareApp({ distDir, runs: lighthouseRuns });
    }
    benchFuzz();
    await benchFuzzBackup();
    await benchDataCheck(dataCheckOptions);
  }
  benchRules();
  benchProject();
}
