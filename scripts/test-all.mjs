#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, unit/component tests, build, end-to-end. Every step runs even
// when an earlier one failed (except e2e, which needs the build), so one run shows everything that is wrong.
// Ends with a line "N passed, N failed": vitest and e2e tests counted one by one, typecheck, lint and build as one
// check each. Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const artifacts = join(root, 'test-artifacts');
const vitestJson = join(artifacts, 'vitest.json');
const e2eSummary = join(artifacts, 'e2e-summary.json');
const bin = (...path) => join(root, 'node_modules', ...path);

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Counts from vitest's JSON report. A file that failed before its tests ran (import error) counts as one failure. */
async function vitestCounts(exitCode) {
  const report = await readJson(vitestJson);
  if (report === undefined) return { passed: 0, failed: 1 };
  let passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

const results = [];
function record(step, passed, failed) {
  results.push({ step, passed, failed });
  console.log(`\n── ${step}: ${failed === 0 ? 'ok' : 'FAILED'} (${passed} passed, ${failed} failed)\n`);
}

async function check(step, args) {
  console.log(`\n── ${step}`);
  const ok = (await run(args)) === 0;
  record(step, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

await mkdir(artifacts, { recursive: true });
await rm(vitestJson, { force: true });
await rm(e2eSummary, { force: true });

await check('typecheck', [bin('typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json']);
await check('lint', [bin('eslint', 'bin', 'eslint.js'), '.']);

console.log('\n── vitest');
const vitestExit = await run([
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const unit = await vitestCounts(vitestExit);
record('vitest', unit.passed, unit.failed);

// tsc already ran above, so the build step is vite build alone (npm run build would typecheck a second time).
const built = await check('build', [bin('vite', 'bin', 'vite.js'), 'build']);
// The single file for closed networks (dist-single/); tests/e2e/single-file.e2e.mjs opens it from disk.
await check('build single file', [bin('vite', 'bin', 'vite.js'), 'build', '--mode', 'single']);

if (built) {
  console.log('\n── e2e');
  await run([join(root, 'scripts', 'e2e.mjs'), '--skip-build']);
  const e2e = (await readJson(e2eSummary)) ?? { passed: 0, failed: 1 };
  record('e2e', e2e.passed, e2e.failed);
  // Size of the start page and Lighthouse accessibility / best practices: deterministic, so they gate CI. The
  // performance score and timings vary with the machine and are only printed.
  await check('budgets', [bin('tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'budgets.ts'), '--assert']);
} else {
  record('e2e (skipped: no build)', 0, 1);
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('── summary');
for (const r of results) console.log(`${r.failed === 0 ? 'ok    ' : 'FAILED'}  ${r.step}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
