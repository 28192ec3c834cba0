/**
 * Budgets for speed, accessibility and best practices, measured in Debian's Chromium:
 * - the gzip size of the JS and CSS the start page actually downloads on a first visit (budget 150 KB),
 * - Lighthouse (mobile preset) on the start page, a question page and the result page: performance is printed
 *   only (it varies with the machine); accessibility and best practices must be 100 (they are deterministic).
 * Both in Japanese (the default) and in English, whose locale files differ in size.
 *
 * `tsx scripts/budgets.ts [--runs N]` prints (the median of N Lighthouse runs per page); with `--assert` (as
 * `npm test` runs it) a missed budget exits non-zero.
 * Needs a build in dist/ (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import lighthouse from 'lighthouse';
import puppeteer, { type Page } from 'puppeteer-core';

import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { serveDist } from './lib/static-server.mjs';
import scenarioFile from '../tests/fixtures/scenarios.json' with { type: 'json' };

export const SIZE_BUDGET_KB = 150;
const REQUIRED_SCORES = { accessibility: 100, 'best-practices': 100 } as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A saved, complete assessment (scenario S02) so the result page has something to show. */
function seededStorage(): string {
  const scenario = scenarioFile.scenarios.find((s) => s.id === 'S02');
  if (scenario === undefined) throw new Error('scenario S02 missing from tests/fixtures');
  const now = '2026-01-01T00:00:00.000Z';
  return JSON.stringify({
    schemaVersion: 1,
    currentId: 'budget',
    assessments: [{ id: 'budget', name: 'Budget check', createdAt: now, updatedAt: now, answers: scenario.input, ticks: [] }],
  });
}

/** The metrics the performance score is made of, printed so a low score says where the time went. */
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;
export type Metric = keyof typeof METRICS;

const LANGUAGES = ['ja', 'en'] as const;
type Language = (typeof LANGUAGES)[number];
const PAGES = [
  ['start', '#/'],
  ['question', '#/q/dataOrigin'],
  ['result', '#/result'],
] as const;

interface PageScores {
  readonly page: string;
  readonly language: Language;
  /** Performance of each run; the metrics are those of the median run. */
  readonly performanceRuns: readonly number[];
  readonly scores: Readonly<Record<string, number>>;
  readonly metrics: Readonly<Record<Metric, number>>;
}

export interface BudgetReport {
  readonly startPage: readonly {
    readonly language: Language;
    readonly files: readonly { readonly file: string; readonly gzip: number }[];
    readonly gzip: number;
  }[];
  readonly scores: readonly PageScores[];
  readonly failures: readonly string[];
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * `runs` Lighthouse runs per page and language: the performance score moves by a few points between runs on a busy
 * machine, so the bench prints the median of several; accessibility and best practices are checked on every run.
 */
export async function measureBudgets({ runs = 1, distDir = dist }: { runs?: number; distDir?: string } = {}): Promise<BudgetReport> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`no build in ${distDir}: run npm run build first`);
  const { server, url } = await serveDist(distDir);
  const profile = await mkdtemp(join(tmpdir(), 'mdn-budgets-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    args: ['--headless=new', ...chromiumArgs, `--user-data-dir=${profile}`],
  });
  const failures: string[] = [];
  try {
    const page = await browser.newPage();
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if ((type === 'script' || type === 'stylesheet') && response.url().startsWith(url)) loaded.add(response.url().slice(url.length));
    });
    // The page is first opened once to have an origin whose storage the runs below can set.
    await page.goto(`${url}#/`, { waitUntil: 'networkidle0' });

    // What a first visit's start page downloads in each language, counted from the browser's own requests.
    const startPage: BudgetReport['startPage'][number][] = [];
    for (const language of LANGUAGES) {
      await resetForFirstVisit(page, { 'mdn.lang': language });
      loaded.clear();
      await page.goto(`${url}#/`, { waitUntil: 'networkidle0' });
      const files = [...loaded]
        .filter((file) => file !== 'sw.js')
        .sort()
        .map((file) => ({ file, gzip: gzipSync(readFileSync(join(distDir, file)), { level: 6 }).length }));
      const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
      startPage.push({ language, files, gzip });
      if (gzip > SIZE_BUDGET_KB * 1024) failures.push(`start page (${language}) JS+CSS ${kb(gzip)} KB gzip > ${String(SIZE_BUDGET_KB)} KB`);
    }

    const scores: PageScores[] = [];
    for (const language of LANGUAGES) {
      for (const [name, route] of PAGES) {
        const measured: { performance: number; scores: Record<string, number>; metrics: Record<Metric, number> }[] = [];
        for (let run = 0; run < runs; run++) {
          await resetForFirstVisit(page, { 'mdn.lang': language, 'mdn.assessments': seededStorage() });
          const { lhr, scores: categoryScores, metrics } = await lighthouseRun(page, `${url}${route}`, ['performance', 'accessibility', 'best-practices']);
          if (lhr.runtimeError !== undefined) failures.push(`${name} (${language}): Lighthouse could not measure: ${lhr.runtimeError.message}`);
          measured.push({ performance: categoryScores.performance ?? 0, scores: categoryScores, metrics });
          for (const [category, required] of Object.entries(REQUIRED_SCORES)) {
            const got = categoryScores[category] ?? 0;
            if (got < required) {
              const failing = Object.values(lhr.audits)
                .filter((audit) => audit.score !== null && audit.score < 1 && lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
                .map((audit) => audit.id);
              const details = failing.map((id) => `${id}: ${JSON.stringify(lhr.audits[id]?.details ?? {}).slice(0, 400)}`);
              failures.push(`${name} (${language}): ${category} ${String(got)} < ${String(required)}\n      ${details.join('\n      ')}`);
            }
          }
        }
        const performanceRuns = measured.map((m) => m.performance);
        const middle = measured.find((m) => m.performance === median(performanceRuns)) ?? measured[0];
        if (middle === undefined) throw new Error('no Lighthouse run');
        scores.push({ page: name, language, performanceRuns, scores: middle.scores, metrics: middle.metrics });
      }
    }
    return { startPage, scores, failures };
  } finally {
    await browser.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/** One Lighthouse run (mobile preset, storage as the caller left it) on the page `page` drives. */
export async function lighthouseRun(page: Page, url: string, categories: readonly string[]) {
  const result = await lighthouse(url, { logLevel: 'error', output: 'json', onlyCategories: [...categories], disableStorageReset: true }, undefined, page);
  if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([metric, audit]) => [metric, lhr.audits[audit]?.numericValue ?? Number.NaN]),
  ) as Record<Metric, number>;
  return { lhr, scores, metrics };
}

/**
 * Every run starts as a first visit would, from the network: the offline worker of an earlier run would otherwise
 * answer from its cache and make every figure meaningless. Then `items` go into localStorage (the language, and
 * for the Lighthouse runs a saved assessment so the result page has something to show). Last, the tab goes to
 * about:blank, where Lighthouse's own command line starts too: run straight from the page measured before, the
 * next run's trace counted that page's teardown (40-110 ms on this machine) as the new page's work.
 */
export async function resetForFirstVisit(page: Page, items: Readonly<Record<string, string>>): Promise<void> {
  await page.evaluate(async (entries) => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
    localStorage.clear();
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(items));
  await page.goto('about:blank');
}

export function printBudgets(report: BudgetReport): void {
  console.log(`\nStart page JS + CSS as a first visit downloads it (gzip level 6), budget ${String(SIZE_BUDGET_KB)} KB`);
  for (const { language, files, gzip } of report.startPage) {
    console.log(`  ${language}`);
    for (const f of files) console.log(`    ${f.file.padEnd(42)} ${kb(f.gzip).padStart(7)} KB`);
    console.log(`    ${'total'.padEnd(42)} ${kb(gzip).padStart(7)} KB  ${gzip <= SIZE_BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET'}`);
  }
  const runs = report.scores[0]?.performanceRuns.length ?? 0;
  console.log(
    `\nLighthouse, mobile preset, ${String(runs)} run(s) per page, median shown (budgets: performance ≥ 95 printed only; accessibility 100; best practices 100)`,
  );
  const metricHeads = ['FCP ms', 'LCP ms', 'TBT ms', 'SI ms', 'CLS'];
  console.log(
    `  ${'page'.padEnd(13)} ${'performance'.padStart(12)} ${'accessibility'.padStart(14)} ${'best-practices'.padStart(15)} ${metricHeads.map((h) => h.padStart(7)).join(' ')}  runs`,
  );
  for (const s of report.scores) {
    const { fcp, lcp, tbt, si, cls } = s.metrics;
    const metricCells = [fcp, lcp, tbt, si].map((ms) => ms.toFixed(0).padStart(7)).concat(cls.toFixed(3).padStart(7));
    console.log(
      `  ${`${s.page} (${s.language})`.padEnd(13)} ${String(s.scores.performance).padStart(12)} ${String(s.scores.accessibility).padStart(14)} ${String(s.scores['best-practices']).padStart(15)} ${metricCells.join(' ')}  ${s.performanceRuns.join(' ')}`,
    );
  }
  for (const failure of report.failures) console.log(`  FAILED: ${failure}`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const runsArgument = process.argv.indexOf('--runs');
  const report = await measureBudgets({ runs: runsArgument === -1 ? 1 : Number(process.argv[runsArgument + 1]) });
  printBudgets(report);
  const assert = process.argv.includes('--assert');
  console.log(`\nbudgets: ${report.failures.length === 0 ? 'all met' : `${String(report.failures.length)} missed`}`);
  if (assert && report.failures.length > 0) process.exitCode = 1;
}
