/**
 * `npm run --silent assess -- FILE.json [MORE.json …]`: re-checks saved assessment inputs, as an ethics office does
 * with a folder of submissions. One file prints its Assessment; several print `[{ file, assessment }]`. Any bad
 * file means nothing on stdout, every problem of every bad file on stderr, and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { describeInputProblems, evaluate } from '../src/rules/index';
import type { Assessment } from '../src/rules/index';

const EXIT_BAD_INPUT = 2;

const usage = [
  'usage: npm run --silent assess -- FILE.json [MORE.json ...]',
  '',
  'Each file holds one assessment input object, or { "input": { ... } } as exported by the app',
  '(other top-level fields of that wrapper, such as schemaVersion, are ignored).',
  'Prints the assessment as JSON (an array of { file, assessment } for several files) and exits 0;',
  'invalid or incomplete input: the problems on stderr and exit code 2.',
].join('\n');

type FileResult = { readonly ok: true; readonly assessment: Assessment } | { readonly ok: false; readonly problems: readonly string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The app exports `{ schemaVersion, input, … }`; a bare input object never has an `input` key (not a question id). */
const unwrap = (json: unknown): unknown => (isRecord(json) && 'input' in json ? json.input : json);

function assessText(text: string): FileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const input = unwrap(json);
  const problems = describeInputProblems(input);
  if (problems.length > 0) {
    return {
      ok: false,
      problems: problems.map((p) => `${p.path}: ${p.kind === 'missing' ? 'missing answer' : p.message}`),
    };
  }
  return { ok: true, assessment: evaluate(input) };
}

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

  const assessments = results.flatMap(({ file, result }) => (result.ok ? [{ file, assessment: result.assessment }] : []));
  const output = files.length === 1 ? assessments[0]?.assessment : assessments;
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

// exitCode rather than exit(): a large assessment on a pipe must be flushed before the process ends.
process.exitCode = main(process.argv.slice(2));
