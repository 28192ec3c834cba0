/**
 * When is each question asked, and which answers does a remedy try instead? Computed from the rules' own
 * `appliesWhen` predicates and `remedy.targets` functions by probing them, so the generated documentation cannot
 * drift from the flow: nothing here restates a condition by hand.
 */
import { getQuestion, questions } from '../../src/rules/index';
import type { AssessmentInput, QuestionId } from '../../src/rules/index';

export interface SwitchOff {
  readonly question: QuestionId;
  /** The answers to `question` that, on their own, take the gated question off the path. */
  readonly options: readonly string[];
}

export type Gate =
  | { readonly kind: 'always' }
  /** Asked unless one of the listed answers was given: the shape every gate in the flow has today. */
  | { readonly kind: 'skipped_when_any'; readonly switches: readonly SwitchOff[] }
  /** Fallback for a gate no single answer explains: the full answer combinations under which it is asked. */
  | { readonly kind: 'asked_when_one_of'; readonly combinations: readonly Readonly<Record<string, string>>[] };

type Probe = Readonly<Record<string, string | undefined>>;

const questionIdSet: ReadonlySet<string> = new Set(questions.map((q) => q.id));

function readsOf<T>(predicate: (answers: AssessmentInput) => T, answers: Probe, read: Set<QuestionId>): T {
  // The probe is a partial answer object whose values come from the questions' own option lists.
  const view = new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === 'string' && questionIdSet.has(key)) read.add(key as QuestionId);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return predicate(view);
}

/** Every assignment of the fields, each either unanswered or one of its options. */
function* assignments(fields: readonly QuestionId[], withUnanswered: boolean, prefix: Probe = {}): Generator<Probe> {
  const [field, ...rest] = fields;
  if (field === undefined) {
    yield prefix;
    return;
  }
  const question = getQuestion(field);
  if (question.kind === 'multi') {
    throw new Error(`A gate reads the multi-select answer ${field}; scripts/lib/gating.ts does not describe that yet.`);
  }
  const values: readonly (string | undefined)[] = withUnanswered ? [undefined, ...question.options] : question.options;
  for (const value of values) {
    yield* assignments(rest, withUnanswered, value === undefined ? prefix : { ...prefix, [field]: value });
  }
}

/**
 * The answers a predicate depends on. Short-circuiting means some fields are read only for some values of
 * others, so probing repeats over all combinations of what has been seen until nothing new turns up.
 */
function dependencies(predicate: (answers: AssessmentInput) => unknown): QuestionId[] {
  const read = new Set<QuestionId>();
  readsOf(predicate, {}, read);
  for (let size = -1; size !== read.size; ) {
    size = read.size;
    for (const probe of assignments([...read], true)) readsOf(predicate, probe, read);
  }
  return questions.map((q) => q.id).filter((id) => read.has(id));
}

/** How the question with this id is gated. */
export function gateOf(id: QuestionId): Gate {
  const { appliesWhen } = getQuestion(id);
  const fields = dependencies(appliesWhen);
  const applies = (probe: Probe) => readsOf(appliesWhen, probe, new Set());
  if (fields.length === 0 && applies({})) return { kind: 'always' };

  const switches = fields
    .map((field) => ({ question: field, options: getQuestion(field).options.filter((option) => !applies({ [field]: option })) }))
    .filter((entry) => entry.options.length > 0);
  const explainedBySingleAnswers = [...assignments(fields, true)].every(
    (probe) => applies(probe) === !switches.some((s) => s.options.includes(probe[s.question] ?? '')),
  );
  if (explainedBySingleAnswers) return switches.length === 0 ? { kind: 'always' } : { kind: 'skipped_when_any', switches };

  const combinations = [...assignments(fields, false)].filter(applies).map((probe) => {
    const definite: Record<string, string> = {};
    for (const [key, value] of Object.entries(probe)) if (value !== undefined) definite[key] = value;
    return definite;
  });
  return { kind: 'asked_when_one_of', combinations };
}

/** One line of a question's declared remedy: from these answers (each a question's answer), try those targets. */
export interface RemedyRule {
  /** The answers that lead to the targets; the question's own answer first, then any other it reads. */
  readonly when: readonly { readonly question: QuestionId; readonly answers: readonly string[] }[];
  readonly targets: readonly string[];
}

/**
 * The remedy a question declares, as rules: every answered assignment of the fields its `targets` reads is probed
 * (the question's own answer is always set, since only answered questions are changed), and assignments with the
 * same targets are merged per field where only one field differs. [] when the question declares no remedy.
 */
export function remedyRulesOf(id: QuestionId): RemedyRule[] {
  const { remedy } = getQuestion(id);
  if (remedy === undefined) return [];
  const fields = [id, ...dependencies(remedy.targets).filter((field) => field !== id)];
  const rows = [...assignments(fields, false)]
    .map((probe) => ({ probe, targets: readsOf(remedy.targets, probe, new Set()) }))
    .filter((row) => row.targets.length > 0);
  // Group by targets and by the values of every field but the question's own: the usual case, one field read.
  const groups = new Map<string, { when: Map<QuestionId, string[]>; targets: readonly string[] }>();
  for (const { probe, targets } of rows) {
    const key = JSON.stringify([targets, fields.slice(1).map((field) => probe[field])]);
    const group = groups.get(key) ?? { when: new Map(fields.map((field) => [field, [] as string[]])), targets };
    groups.set(key, group);
    for (const field of fields) {
      const value = probe[field];
      const seen = group.when.get(field);
      if (value !== undefined && seen !== undefined && !seen.includes(value)) seen.push(value);
    }
  }
  return [...groups.values()].map((group) => ({
    when: fields.map((question) => ({ question, answers: group.when.get(question) ?? [] })),
    targets: group.targets,
  }));
}
