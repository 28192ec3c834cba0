/**
 * `npm run --silent assess -- FILE.json [MORE.json …]`: re-checks saved assessment inputs, as an ethics office does
 * with a folder of submissions. One file prints its Assessment (or, for a project file, one per data flow); several
 * print `[{ file, assessment | project }]`. Any bad file means nothing on stdout, every problem of every bad file
 * on stderr, and exit code 2. Files are only read, never written.
 */
import { readFileSync } from 'node:fs';
import { describeInputProblems, evaluate, rulesVersion } from '../src/rules/index';
import type { Assessment, InputProblem } from '../src/rules/index';

const EXIT_BAD_INPUT = 2;

const usage = [
  'usage: npm run --silent assess -- FILE.json [MORE.json ...]',
  '',
  'Each file holds one assessment input object, or { "input": { ... } } as exported by the app',
  '(other top-level fields of that wrapper, such as schemaVersion, are ignored), or a project:',
  '{ "kind": "project", "name": "...", "flows": [ { "label": "...", "input": { ... } } ] }.',
  'Prints the assessment as JSON ({ "kind": "project", "flows": [ { label, assessment } ] } for a project;',
  'an array of { file, assessment } or { file, project } for several files) and exits 0;',
  'invalid or incomplete input: the problems on stderr and exit code 2.',
  `Answers written under an earlier rule set are read in the current rules' terms (${rulesVersion});`,
  'an answer that no longer exists is a problem naming the question and the answers it allows now.',
].join('\n');

interface ProjectOutput {
  readonly kind: 'project';
  readonly flows: readonly { readonly label: string; readonly assessment: Assessment }[];
}

type FileResult =
  | { readonly ok: true; readonly kind: 'input'; readonly assessment: Assessment }
  | { readonly ok: true; readonly kind: 'project'; readonly project: ProjectOutput }
  | { readonly ok: false; readonly problems: readonly string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The app exports `{ schemaVersion, input, … }`; a bare input object never has an `input` key (not a question id). */
const unwrap = (json: unknown): unknown => (isRecord(json) && 'input' in json ? json.input : json);

function problemText(problem: InputProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `${problem.path}: missing answer`;
    case 'invalid':
      return `${problem.path}: ${problem.message}`;
    case 'removed':
      return `${problem.path}: the answer "${problem.answer}" was removed by the rules update to ${rulesVersion}; answer again with one of: ${problem.allowed.join(', ')}`;
  }
}

/** One input's problems as lines, or its assessment. */
function assessInput(input: unknown): { ok: true; assessment: Assessment } | { ok: false; problems: string[] } {
  const problems = describeInputProblems(input);
  return problems.length > 0 ? { ok: false, problems: problems.map(problemText) } : { ok: true, assessment: evaluate(input) };
}

/** A project (model.md, "Projects"): every flow assessed; a problem names its flow by index and label. */
function assessProject(json: Record<string, unknown>): FileResult {
  const { flows } = json;
  if (!Array.isArray(flows) || flows.length === 0) return { ok: false, problems: ['flows: expected a non-empty list of { label, input }'] };
  const problems: string[] = [];
  const assessed: { label: string; assessment: Assessment }[] = [];
  flows.forEach((flow: unknown, index) => {
    const label = isRecord(flow) && typeof flow.label === 'string' ? flow.label : null;
    const where = `flows[${index}]${label === null ? '' : ` "${label}"`}`;
    if (!isRecord(flow) || label === null) {
      problems.push(`${where}: expected { "label": "…", "input": { … } } with a text label`);
      return;
    }
    const result = assessInput(flow.input);
    if (result.ok) assessed.push({ label, assessment: result.assessment });
    else problems.push(...result.problems.map((problem) => `${where}: ${problem}`));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, kind: 'project', project: { kind: 'project', flows: assessed } };
}

function assessText(text: string): FileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (isRecord(json) && json.kind === 'project') return assessProject(json);
  const result = assessInput(unwrap(json));
  return result.ok ? { ok: true, kind: 'input', assessment: result.assessment } : result;
}

const outputOf = (result: Extract<FileResult, { ok: true }>) => (result.kind === 'project' ? result.project : result.assessment);

function main(files: readonly string[]): number {
  if (files.includes('--help') || files.includes('-h')) {
    console.log(usage);
    return 0;
  }
  if (files.length === 0) {
    console.error(usage);
    return EXIT_BAD_INPUT;
  }
  const results: { readonly file: string; readonly result: FileResult }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = isRecord(error) && typeof error.code === 'string' ? error.code : String(error);
      console.error(`cannot read ${file} (${reason})\n\n${usage}`);
      return EXIT_BAD_INPUT;
    }
    results.push({ file, result: assessText(text) });
  }

  const failures = results.flatMap(({ file, result }) => (result.ok ? [] : [{ file, problems: result.problems }]));
  if (failures.length > 0) {
    const lines =
      files.length === 1
        ? failures.flatMap(({ problems }) => problems.map((problem) => `- ${problem}`))
        : failures.flatMap(({ file, problems }) => problems.map((problem) => `${file}: ${problem}`));
    console.error(lines.join('\n'));
    return EXIT_BAD_INPUT;
  }

  const succeeded = results.flatMap(({ file, result }) => (result.ok ? [{ file, result }] : []));
  const output =
    files.length === 1
      ? succeeded.map(({ result }) => outputOf(result))[0]
      : succeeded.map(({ file, result }) => (result.kind === 'project' ? { file, project: result.project } : { file, assessment: result.assessment }));
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

// exitCode rather than exit(): a large assessment on a pipe must be flushed before the process ends.
process.exitCode = main(process.argv.slice(2));
