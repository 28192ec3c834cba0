import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeProjectFile, toProjectFile } from '../../src/features/projects/file';
import { applicableQuestions, evaluate, rulesVersion } from '../../src/rules/index';
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

// Each case starts tsx at least once; on a busy machine that is more than vitest's default five seconds.
describe('assess CLI', { timeout: 30_000 }, () => {
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

  it('reports a rule-set-1 file’s removed answer as a problem naming the question and the answers allowed now, and leaves the file alone', () => {
    const path = new URL('tests/fixtures/rule-set-1/file-abroad.json', root).pathname;
    const before = readFileSync(path, 'utf8');
    const modified = statSync(path).mtimeMs;
    const run = assess(path);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    // The removed answer first; then the questions rule set 2 added, which start unanswered. Every other answer passed.
    expect(run.stderr.trim().split('\n')).toEqual([
      `- foreignRecipient: the answer "yes" was removed by the rules update to ${rulesVersion}; answer again with one of: no, adequate_country, conforming_system, other_country`,
      '- dataSubjects: missing answer',
      '- providerSector: missing answer',
      '- foreignStorage: missing answer',
    ]);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(statSync(path).mtimeMs).toBe(modified);
  });

  it('assesses a project file flow by flow, and names a bad flow by index and label', () => {
    const good = file('project.json', { kind: 'project', name: 'P', flows: [{ label: 'A病院 → B社', input: first }, { label: 'B社 → C大学', input: second }] });
    const ok = assess(good);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({
      kind: 'project',
      flows: [
        { label: 'A病院 → B社', assessment: evaluate(first) },
        { label: 'B社 → C大学', assessment: evaluate(second) },
      ],
    });
    const bad = file('bad-project.json', { kind: 'project', name: 'P', flows: [{ label: 'fine', input: first }, { label: 'broken', input: { ...first, stage: 'moon' } }, { input: first }] });
    const run = assess(bad);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^- flows\[1\] "broken": stage: /m);
    expect(run.stderr).toMatch(/^- flows\[2\]: expected/m);
    expect(run.stderr).not.toContain('"fine"');
    expect(assess(file('empty-project.json', { kind: 'project', flows: [] })).stderr).toMatch(/flows: expected a non-empty list/);
  });

  it('reads the project file the app exports, each flow’s ticks included', () => {
    const exported = toProjectFile({
      name: 'P',
      flows: [
        { label: 'A病院 → B社', answers: first, ticks: ['ethics_review'] },
        { label: 'C病院 → B社', answers: second, ticks: [] },
      ],
    });
    const run = assess(file('exported-project.json', serializeProjectFile(exported)));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      kind: 'project',
      flows: [
        { label: 'A病院 → B社', assessment: evaluate(first) },
        { label: 'C病院 → B社', assessment: evaluate(second) },
      ],
    });
  });
});
