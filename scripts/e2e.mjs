#!/usr/bin/env node
// End-to-end runner: builds the app and its single-file form (unless --skip-build), serves dist/ from a small static server on 127.0.0.1
// under a sub-path (which proves the relative base works), and runs tests/e2e/*.e2e.mjs with node:test.
// Writes test-artifacts/e2e-summary.json ({ passed, failed }) for scripts/test-all.mjs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serveDist } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const e2eDir = join(root, 'tests', 'e2e');
const artifacts = join(root, 'test-artifacts');
const tapFile = join(artifacts, 'e2e.tap');
const summaryFile = join(artifacts, 'e2e-summary.json');

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/** Reads the "# pass N" / "# fail N" / "# cancelled N" lines of the TAP report; a missing report counts as a failure. */
async function tapCounts() {
  const tap = await readFile(tapFile, 'utf8').catch(() => '');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  return tap === '' ? { passed: 0, failed: 1 } : { passed, failed };
}

async function main() {
  await mkdir(artifacts, { recursive: true });
  await writeFile(summaryFile, JSON.stringify({ passed: 0, failed: 1 }));

  if (!process.argv.includes('--skip-build')) {
    for (const args of [['build'], ['build', '--mode', 'single']]) {
      const code = await run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ...args]);
      if (code !== 0) {
        console.error(`e2e: vite ${args.join(' ')} failed`);
        return 1;
      }
    }
  }
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('e2e: dist/index.html is missing; run `npm run build` first');
    return 1;
  }

  const files = (await readdir(e2eDir)).filter((name) => name.endsWith('.e2e.mjs')).sort();
  if (files.length === 0) {
    console.error('e2e: no tests/e2e/*.e2e.mjs files');
    return 1;
  }

  const { server, url } = await serveDist(dist);
  process.env.E2E_BASE_URL = url;
  console.log(`e2e: serving dist/ at ${process.env.E2E_BASE_URL}`);

  const code = await run(process.execPath, [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files.map((name) => join(e2eDir, name)),
  ]);
  server.close();

  const counts = await tapCounts();
  // A runner that failed without a failing test (a crash, a syntax error) still fails.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  await writeFile(summaryFile, JSON.stringify(counts));
  console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed`);
  return counts.failed === 0 && code === 0 ? 0 : 1;
}

process.exitCode = await main();
