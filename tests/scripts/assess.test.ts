import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applicableQuestions, evaluate } from '../../src/rules/index';
import type { AssessmentInput } from '../../src/rules/index';
import scenarioFile from '../fixtures/scenarios.json';

// Each run starts tsx (about half a second), so cases that can share a run do: several files in one call.
const root = new URL('../../', import.meta.url);
const tsx = new URL('node_modules/.bin/tsx', root).pathname;
const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function assess(...files: string[]) {
  const run = spawnSync(tsx, ['scripts/assess.ts', ...files], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The fixture's scenarios carry inputs in the schema's shape; the JSON import types them as plain strings.
const [first, second] = scenarioFile.scenarios.map((scenario) => scenario.input as AssessmentInput);
if (first === undefined || second === undefined) throw new Error('tests/fixtures/scenarios.json needs two scenarios');

describe('assess CLI', () => {
  it('prints the assessment of a scenario input, exactly as evaluate returns it', () => {
    const run = assess(file('scenario.json', first));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(evaluate(first));
    expect(run.stdout).toBe(`${JSON.stringify(evaluate(first), null, 2)}\n`);
  });

  it('accepts the app export wrapper and several files, printing one { file, assessment } per file', () => {
    const wrapped = file('wrapped.json', { schemaVersion: 1, name: 'exported', input: second });
    const bare = file('bare.json', first);
    const run = assess(wrapped, bare);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { file: wrapped, assessment: evaluate(second) },
      { file: bare, assessment: evaluate(first) },
    ]);
  });

  it('names an invalid field on stderr and exits 2', () => {
    const run = assess(file('invalid.json', { ...first, providerType: 'hospital' }));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^- providerType: .*academic_medical/m);
  });

  it('reports every bad file of a batch by name: each missing question, and text that is not JSON', () => {
    const partial: AssessmentInput = { dataOrigin: 'clinical_care', productKind: 'diagnostic_ai_software' };
    const missing = applicableQuestions(partial).filter((id) => partial[id] === undefined);
    const incomplete = file('incomplete.json', partial);
    const notJson = file('not-json.json', '{ "stage": ');
    const good = file('good.json', first);

    const run = assess(good, incomplete, notJson);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((line) => line.startsWith(`${incomplete}: `))).toEqual(
      missing.map((id) => `${incomplete}: ${id}: missing answer`),
    );
    expect(lines.filter((line) => line.startsWith(`${notJson}: `))).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(run.stderr).not.toContain(good);
  });

  it('prints usage and exits 2 without a file or with a file that does not exist', () => {
    const none = assess();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage:');
    const absent = assess(join(dir, 'absent.json'));
    expect(absent.status).toBe(2);
    expect(absent.stderr).toMatch(/cannot read .*absent\.json[\s\S]*usage:/);
  });
});
