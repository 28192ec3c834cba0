/**
 * Hostile-input fuzzing of the project file loader (model.md, "Projects"), like fuzz-loaders.ts for the others:
 * the loader must never throw; a file it accepts must hold only valid flows and survive a save and reload; a file
 * it refuses must say why, naming every bad flow by its index; and it is all or nothing (no partial project).
 * Used by tests/features/projects-fuzz.test.ts (a few thousand inputs) and `npm run bench` (10,000).
 */
import fc from 'fast-check';

import { parseProjectFile, projectFlowSchema, serializeProjectFile } from '../../src/features/projects/file';
import { assessmentInputSchema, questions } from '../../src/rules/index';
import type { AssessmentInput } from '../../src/rules/index';

const hostileText = fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', '\u0000\u202e\uffff', '__proto__', 'constructor', '→→');

const answers: fc.Arbitrary<AssessmentInput> = fc
  .record(
    Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multi' ? fc.subarray([...q.options]) : fc.constantFrom(...q.options)])),
    { requiredKeys: [] },
  )
  .map((raw) => assessmentInputSchema.parse(raw));

const label = fc.oneof(fc.string({ maxLength: 40 }), hostileText, fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a} → ${b}`));
const validFlow = fc.record({ label, input: answers }, { requiredKeys: ['label', 'input'] });
const validProject = fc
  .record({ name: fc.oneof(fc.string({ maxLength: 40 }), hostileText), flows: fc.array(validFlow, { minLength: 1, maxLength: 6 }) })
  .map((project) => ({ kind: 'project', ...project }));

/** One flow damaged: a key dropped or replaced by any JSON value. Which flow is damaged is known, for the check. */
const damagedFlow = fc
  .tuple(validProject, fc.nat(), fc.constantFrom('label', 'input', 'extra', 'input.stage'), fc.jsonValue())
  .map(([project, at, key, value]) => {
    const index = at % project.flows.length;
    const flows: unknown[] = project.flows.map((flow, i) => {
      if (i !== index) return flow;
      if (key === 'input.stage') return { ...flow, input: { ...flow.input, stage: value } };
      return { ...flow, [key]: value };
    });
    return JSON.stringify({ ...project, flows });
  });

const junk = fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((value) => JSON.stringify(value)));
const truncated = fc.tuple(validProject, fc.nat()).map(([project, cut]) => {
  const text = JSON.stringify(project);
  return text.slice(0, cut % (text.length + 1));
});
const projectText = fc.oneof(junk, truncated, damagedFlow, validProject.map((project) => JSON.stringify(project)));

export interface ProjectFuzzFigures {
  readonly runs: number;
  readonly accepted: number;
}

export function fuzzProjectLoader(runs: number, seed?: number): ProjectFuzzFigures {
  let accepted = 0;
  fc.assert(
    fc.property(projectText, (raw) => {
      const result = parseProjectFile(raw);
      if (result.ok) {
        accepted += 1;
        if (result.file.flows.length === 0) throw new Error('accepted a project without flows');
        for (const flow of result.file.flows) if (!projectFlowSchema.safeParse(flow).success) throw new Error('accepted an invalid flow');
        const again = parseProjectFile(serializeProjectFile(result.file));
        if (!again.ok || JSON.stringify(again.file) !== JSON.stringify(result.file)) throw new Error('accepted file does not round-trip');
        return;
      }
      if (typeof result.problem.kind !== 'string') throw new Error('problem without a kind');
      if (result.problem.kind === 'invalid') {
        if (result.problem.issues.length === 0) throw new Error('invalid without an issue');
        // A problem inside the flows list names the flow; one about the file itself names none.
        const json: unknown = JSON.parse(raw);
        const flows = typeof json === 'object' && json !== null && 'flows' in json && Array.isArray(json.flows) ? json.flows : null;
        for (const issue of result.problem.issues) {
          if (issue.flow !== undefined && (flows === null || issue.flow.index >= flows.length)) throw new Error('issue names a flow that is not there');
        }
      }
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return { runs, accepted };
}
