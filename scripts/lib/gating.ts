/**
 * When is each question asked? Computed from the rules' own `appliesWhen` predicates by probing them, so the
 * generated documentation cannot drift from the flow: nothing here restates a condition by hand.
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

function readsOf(appliesWhen: (answers: AssessmentInput) => boolean, answers: Probe, read: Set<QuestionId>): boolean {
  // The probe is a partial answer object whose values come from the questions' own option lists.
  const view = new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === 'string' && questionIdSet.has(key)) read.add(key as QuestionId);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return appliesWhen(view);
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
function dependencies(appliesWhen: (answers: AssessmentInput) => boolean): QuestionId[] {
  const read = new Set<QuestionId>();
  readsOf(appliesWhen, {}, read);
  for (let size = -1; size !== read.size; ) {
    size = read.size;
    for (const probe of assignments([...read], true)) readsOf(appliesWhen, probe, read);
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
