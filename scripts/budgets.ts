/**
 * Budgets for speed, accessibility and best practices, measured in Debian's Chromium:
 * - the gzip size of the JS and CSS the start page actually downloads (budget 150 KB),
 * - Lighthouse (mobile preset) on the start page, a question page and the result page: performance is printed
 *   only (it varies with the machine); accessibility and best practices must be 100 (they are deterministic).
 *
 * `tsx scripts/budgets.ts` prints; with `--assert` (as `npm test` runs it) a missed budget exits non-zero.
 * Needs a build in dist/ (`npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

import { serveDist } from './lib/static-server.mjs';
import scenarioFile from '../tests/fixtures/scenarios.json' with { type: 'json' };

export const SIZE_BUDGET_KB = 150;
const REQUIRED_SCORES = { accessibility: 100, 'best-practices': 100 } as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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

export interface BudgetReport {
  readonly startPageFiles: readonly { readonly file: string; readonly gzip: number }[];
  readonly startPageGzip: number;
  readonly scores: readonly { readonly page: string; readonly scores: Readonly<Record<string, number>>; readonly lcpMs: number }[];
  readonly failures: readonly string[];
}

export async function measureBudgets(): Promise<BudgetReport> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('no build in dist/: run npm run build first');
  const { server, url } = await serveDist(dist);
  const profile = await mkdtemp(join(tmpdir(), 'mdn-budgets-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, `--user-data-dir=${profile}`],
  });
  const failures: string[] = [];
  try {
    // What the start page downloads, counted from the browser's own requests, not guessed from index.html.
    const page = await browser.newPage();
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if ((type === 'script' || type === 'stylesheet') && response.url().startsWith(url)) loaded.add(response.url().slice(url.length));
    });
    await page.goto(`${url}#/`, { waitUntil: 'networkidle0' });
    const startPageFiles = [...loaded]
      .filter((file) => file !== 'sw.js')
      .sort()
      .map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 6 }).length }));
    const startPageGzip = startPageFiles.reduce((sum, f) => sum + f.gzip, 0);
    if (startPageGzip > SIZE_BUDGET_KB * 1024) failures.push(`start page JS+CSS ${kb(startPageGzip)} KB gzip > ${String(SIZE_BUDGET_KB)} KB`);

    await page.evaluate((value) => {
      localStorage.setItem('mdn.assessments', value);
    }, seededStorage());

    const scores: BudgetReport['scores'][number][] = [];
    for (const [name, route] of [
      ['start', '#/'],
      ['question', '#/q/dataOrigin'],
      ['result', '#/result'],
    ] as const) {
      // Each run starts from the network, as a first visit does: the offline worker from the previous run would
      // otherwise answer from its cache and make every figure meaningless.
      await page.evaluate(async () => {
        for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
        for (const key of await caches.keys()) await caches.delete(key);
      });
      const run = await lighthouse(
        `${url}${route}`,
        {
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          disableStorageReset: true,
        },
        undefined,
        page,
      );
      if (run === undefined) throw new Error(`Lighthouse returned nothing for ${name}`);
      const categoryScores = Object.fromEntries(
        Object.entries(run.lhr.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
      );
      const lcp = run.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
      scores.push({ page: name, scores: categoryScores, lcpMs: lcp });
      for (const [category, required] of Object.entries(REQUIRED_SCORES)) {
        const got = categoryScores[category] ?? 0;
        if (got < required) {
          const failing = Object.values(run.lhr.audits)
            .filter((audit) => audit.score !== null && audit.score < 1 && run.lhr.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
            .map((audit) => audit.id);
          const details = failing.map((id) => `${id}: ${JSON.stringify(run.lhr.audits[id]?.details ?? {}).slice(0, 400)}`);
          failures.push(`${name}: ${category} ${String(got)} < ${String(required)}\n      ${details.join('\n      ')}`);
        }
      }
    }
    return { startPageFiles, startPageGzip, scores, failures };
  } finally {
    await browser.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

export function printBudgets(report: BudgetReport): void {
  console.log(`\nStart page JS + CSS as downloaded (gzip level 6), budget ${String(SIZE_BUDGET_KB)} KB`);
  for (const f of report.startPageFiles) console.log(`  ${f.file.padEnd(44)} ${kb(f.gzip).padStart(7)} KB`);
  console.log(`  ${'total'.padEnd(44)} ${kb(report.startPageGzip).padStart(7)} KB  ${report.startPageGzip <= SIZE_BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET'}`);
  console.log('\nLighthouse, mobile preset (budgets: performance ≥ 95 printed only; accessibility 100; best practices 100)');
  console.log(`  ${'page'.padEnd(10)} ${'performance'.padStart(12)} ${'accessibility'.padStart(14)} ${'best-practices'.padStart(15)} ${'LCP ms'.padStart(8)}`);
  for (const s of report.scores) {
    console.log(
      `  ${s.page.padEnd(10)} ${String(s.scores.performance).padStart(12)} ${String(s.scores.accessibility).padStart(14)} ${String(s.scores['best-practices']).padStart(15)} ${s.lcpMs.toFixed(0).padStart(8)}`,
    );
  }
  for (const failure of report.failures) console.log(`  FAILED: ${failure}`);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const report = await measureBudgets();
  printBudgets(report);
  const assert = process.argv.includes('--assert');
  console.log(`\nbudgets: ${report.failures.length === 0 ? 'all met' : `${String(report.failures.length)} missed`}`);
  if (assert && report.failures.length > 0) process.exitCode = 1;
}
