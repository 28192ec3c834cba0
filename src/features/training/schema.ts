import { z } from 'zod/mini';

import { assessmentInputSchema, describeInputProblems } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { RULE_SET_1, addedByRuleSet2, withRuleSet1Assumptions } from '../exchange/rule-set-1';
import { migrateInput } from '../exchange/rule-update';

/**
 * A training set: case narratives and complete wizard inputs, nothing else. The expected answers are never stored:
 * the answer key is always `evaluate(input)`, so a set cannot disagree with the rules it is taught with.
 */
export const TRAINING_SET_FORMAT = 'medai-data-navigator/training-set';
/** 1: inputs under rule set 1 (2024.09-appi2022.1). 2: under rule set 2, every case complete. */
export const TRAINING_SET_SCHEMA_VERSION = 2;
export const MAX_SCENARIOS = 100;
export const TEXT_LIMITS = { title: 200, description: 4000, teachingPoint: 2000 } as const;
/** Route segments of the training pages; a case with one of these ids could never be opened. */
export const RESERVED_IDS: readonly string[] = ['summary', 'handout'];

export const Confidence = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof Confidence>;

/**
 * Custom issues carry a `params.kind`, so the page can word each problem in the reader's language instead of
 * showing zod's English messages.
 */
export type CustomIssueParams =
  | { readonly kind: 'missing_answer'; readonly question: string }
  | { readonly kind: 'invalid_answer'; readonly question: string }
  /** An answer of an earlier rule set that no longer exists; `allowed` lists the answers allowed now, by id. */
  | { readonly kind: 'removed_answer'; readonly question: string; readonly answer: string; readonly allowed: readonly string[] }
  | { readonly kind: 'duplicate_id'; readonly id: string }
  | { readonly kind: 'reserved_id'; readonly id: string };

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const bilingual = (max: number) => z.strictObject({ ja: text(max), en: text(max) });

function inputProblemParams(problem: ReturnType<typeof describeInputProblems>[number]): CustomIssueParams {
  switch (problem.kind) {
    case 'missing':
      return { kind: 'missing_answer', question: problem.path };
    case 'invalid':
      return { kind: 'invalid_answer', question: problem.path };
    case 'removed':
      return { kind: 'removed_answer', question: problem.path, answer: problem.answer, allowed: problem.allowed };
  }
}

/**
 * A complete input: every question on its path answered with a valid id. describeInputProblems reports invalid and
 * missing answers together, so a trainer sees the whole list at once; only then is the input parsed into its type.
 */
const completeInput = z.pipe(
  z.unknown().check(
    z.superRefine((value, ctx) => {
      for (const problem of describeInputProblems(value)) {
        const params = inputProblemParams(problem);
        ctx.addIssue({ code: 'custom', path: problem.path === '(root)' ? [] : problem.path.split('.'), message: `${params.kind} ${problem.path}`, params });
      }
    }),
  ),
  z.transform((value) => assessmentInputSchema.parse(value)),
);

export const trainingScenarioSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/u)),
  title: bilingual(TEXT_LIMITS.title),
  description: bilingual(TEXT_LIMITS.description),
  input: completeInput,
  teachingPoint: bilingual(TEXT_LIMITS.teachingPoint),
  confidence: Confidence,
});
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

/**
 * Set when the set was written for an earlier rule set and brought to this one on loading: which rules it was
 * written for, and the questions those rules did not ask that its cases now answer as those rules assumed.
 */
export const setRuleUpdateSchema = z.strictObject({
  from: z.string().check(z.maxLength(100)),
  assumed: z.array(z.keyof(assessmentInputSchema)),
});
export type SetRuleUpdate = z.infer<typeof setRuleUpdateSchema>;

export const trainingSetSchema = z
  .strictObject({
    format: z.literal(TRAINING_SET_FORMAT),
    schemaVersion: z.literal(TRAINING_SET_SCHEMA_VERSION),
    title: bilingual(TEXT_LIMITS.title),
    scenarios: z.array(trainingScenarioSchema).check(z.minLength(1), z.maxLength(MAX_SCENARIOS)),
    ruleUpdate: z.optional(setRuleUpdateSchema),
  })
  .check(
    z.superRefine((set, ctx) => {
      const seen = new Set<string>();
      set.scenarios.forEach((scenario, index) => {
        const id = scenario.id;
        if (RESERVED_IDS.includes(id.toLowerCase())) {
          const params: CustomIssueParams = { kind: 'reserved_id', id };
          ctx.addIssue({ code: 'custom', path: ['scenarios', index, 'id'], message: `reserved id ${id}`, params });
        }
        if (seen.has(id)) {
          const params: CustomIssueParams = { kind: 'duplicate_id', id };
          ctx.addIssue({ code: 'custom', path: ['scenarios', index, 'id'], message: `duplicate id ${id}`, params });
        }
        seen.add(id);
      });
    }),
  );
export type TrainingSet = z.infer<typeof trainingSetSchema>;

// ---- readable problems ----------------------------------------------------------------------------------------

/** What is wrong, as ids the page turns into words. */
export type SetProblemKind =
  | { readonly kind: 'not_json' }
  | { readonly kind: 'too_large'; readonly maxKb: number }
  | { readonly kind: 'read_failed' }
  | { readonly kind: 'wrong_format' }
  | { readonly kind: 'wrong_version' }
  | { readonly kind: 'required' }
  | { readonly kind: 'wrong_type' }
  | { readonly kind: 'empty_text' }
  | { readonly kind: 'too_long'; readonly max: number }
  | { readonly kind: 'no_scenarios' }
  | { readonly kind: 'too_many_scenarios'; readonly max: number }
  | { readonly kind: 'invalid_id' }
  | { readonly kind: 'invalid_value' }
  | { readonly kind: 'unknown_fields'; readonly fields: string }
  | CustomIssueParams;

export interface SetProblem {
  /** 1-based case number when the problem lies inside a case. */
  readonly caseNumber?: number;
  /** The case's id as written in the file, when it has one. */
  readonly caseId?: string;
  /** The JSON path inside the case (or the file), for example "input.stage". Empty for the whole file. */
  readonly field: string;
  readonly problem: SetProblemKind;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function problemKind(issue: z.core.$ZodIssue): SetProblemKind {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as CustomIssueParams | undefined;
      return params ?? { kind: 'invalid_value' };
    }
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'required' } : { kind: 'wrong_type' };
    case 'too_small':
      return issue.origin === 'array' ? { kind: 'no_scenarios' } : { kind: 'empty_text' };
    case 'too_big':
      return issue.origin === 'array' ? { kind: 'too_many_scenarios', max: Number(issue.maximum) } : { kind: 'too_long', max: Number(issue.maximum) };
    case 'invalid_value':
      if (issue.path.length === 1 && last === 'format') return { kind: 'wrong_format' };
      if (issue.path.length === 1 && last === 'schemaVersion') return { kind: 'wrong_version' };
      return { kind: 'invalid_value' };
    case 'invalid_format':
      return last === 'id' ? { kind: 'invalid_id' } : { kind: 'invalid_value' };
    case 'unrecognized_keys':
      return { kind: 'unknown_fields', fields: issue.keys.join(', ') };
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
      return { kind: 'invalid_value' };
  }
}

/** zod issues → problems a trainer can act on: which case, which field, what is wrong. */
export function describeSetProblems(error: z.core.$ZodError, raw: unknown): SetProblem[] {
  const rawScenarios = isRecord(raw) && Array.isArray(raw.scenarios) ? (raw.scenarios as unknown[]) : [];
  return error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path;
    const problem = problemKind(issue);
    if (head === 'scenarios' && typeof index === 'number') {
      const scenario = rawScenarios[index];
      const id = isRecord(scenario) && typeof scenario.id === 'string' && scenario.id !== '' ? scenario.id.slice(0, 40) : undefined;
      return { caseNumber: index + 1, ...(id === undefined ? {} : { caseId: id }), field: rest.map(String).join('.'), problem };
    }
    return { field: issue.path.map(String).join('.'), problem };
  });
}

export const MAX_FILE_BYTES = 1_000_000;

export type ParseSetResult = { readonly ok: true; readonly set: TrainingSet } | { readonly ok: false; readonly problems: SetProblem[] };

/**
 * Version 1 → 2: a set written for rule set 1. Its cases keep every answer; the questions rule set 2 added are
 * answered as rule set 1 read every case (rule-set-1.ts), which is how the set's author saw its answer key; an
 * answer rule set 2 removed stays in place, so validation names it and the trainer chooses again. The set records
 * what was assumed, and the training pages say so. Anything unexpected passes unchanged, for the schema.
 */
export function migrateTrainingSetV1(json: Record<string, unknown>): Record<string, unknown> {
  if (json.format !== TRAINING_SET_FORMAT || json.schemaVersion !== 1 || !Array.isArray(json.scenarios)) return json;
  const assumed = new Set<string>();
  const scenarios = json.scenarios.map((scenario: unknown) => {
    if (!isRecord(scenario) || !isRecord(scenario.input)) return scenario;
    // The path is worked out on the answers rule set 2 still has; the assumptions go beside the original answers.
    const { answers } = migrateInput(scenario.input);
    // Unvalidated: a wrong answer only changes which questions look open, and validation reports it anyway.
    const filled = withRuleSet1Assumptions(answers as AssessmentInput);
    const added: Record<string, unknown> = {};
    for (const question of filled.assumed) {
      added[question] = filled.input[question];
      assumed.add(question);
    }
    return { ...scenario, input: { ...scenario.input, ...added } };
  });
  return { ...json, schemaVersion: 2, scenarios, ruleUpdate: { from: RULE_SET_1, assumed: addedByRuleSet2.filter((q) => assumed.has(q)) } };
}

/** Text of a file → a validated set (version 1 migrated first), or every problem found. */
export function parseTrainingSet(textContent: string): ParseSetResult {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, problems: [{ field: '', problem: { kind: 'not_json' } }] };
  }
  if (isRecord(json)) json = migrateTrainingSetV1(json);
  const parsed = trainingSetSchema.safeParse(json);
  return parsed.success ? { ok: true, set: parsed.data } : { ok: false, problems: describeSetProblems(parsed.error, json) };
}
