/**
 * Enumerates complete assessment inputs by walking the wizard's own flow, so the set is exactly the set of
 * answer paths a user can produce.
 *
 * What is covered:
 * - Every single-select question on the path is branched over ALL of its options, and only when it is asked
 *   (`nextQuestion` decides), so off-path answers never appear and no path is missed.
 * - Multi-select questions (`dataTypes`, `laterNeeds`) are branched over a caller-chosen covering set of
 *   answers, because every subset of both (2^9 × 2^4 = 8,192 per path) times ~1.9 million single-select paths is
 *   far beyond what a test can evaluate. Of the multi-select answers only `laterNeeds: regulator_source_check`
 *   can change a basis verdict; the rest add checklist items and warnings, which `coveringSubsets` reaches
 *   one by one and all together.
 *
 * Everything is lazy: inputs are yielded one at a time, and `countInputs` computes the size without walking it.
 */
import { getQuestion, nextQuestion, questions } from '../../src/rules/index';
import type { AssessmentInput, Question, QuestionId } from '../../src/rules/index';

/** The question ids whose answer is a list; derived from the schema, so a new one forces a covering set here. */
export type MultiSelectQuestionId = {
  [K in QuestionId]-?: NonNullable<AssessmentInput[K]> extends readonly unknown[] ? K : never;
}[QuestionId];

/** For each multi-select question, the answers to branch over (each answer is itself a list of option ids). */
export type MultiSelectAnswers = {
  readonly [K in MultiSelectQuestionId]: readonly NonNullable<AssessmentInput[K]>[];
};

export interface EnumerationOptions {
  readonly multiSelect: MultiSelectAnswers;
}

/** The empty answer, each option alone, and all options: every option is reached, and so is the empty list. */
export function coveringSubsets<T>(options: readonly T[]): T[][] {
  const all = [...options];
  return [[], ...options.map((option) => [option]), ...(all.length > 1 ? [all] : [])];
}

/** Every subset, in binary-counting order of the options (so [] first, then [a], [b], [a, b], …). */
export function everySubset<T>(options: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let mask = 0; mask < 2 ** options.length; mask++) {
    subsets.push(options.filter((_, bit) => (mask & (1 << bit)) !== 0));
  }
  return subsets;
}

type SubsetChooser = <T>(options: readonly T[]) => T[][];

/**
 * Options that apply one subset strategy to every multi-select question. The options are read from the rules'
 * own question list; the cast only narrows `readonly string[]` back to the id union those options come from.
 */
export function multiSelectWith(choose: SubsetChooser): EnumerationOptions {
  const answersFor = <K extends MultiSelectQuestionId>(id: K) =>
    choose(getQuestion(id).options) as unknown as MultiSelectAnswers[K];
  return { multiSelect: { dataTypes: answersFor('dataTypes'), laterNeeds: answersFor('laterNeeds') } };
}

/** For CI: [] , each option alone, all options (11 × 6 answers per path). */
export const coveringOptions: EnumerationOptions = multiSelectWith(coveringSubsets);
/** Every subset of both multi-select questions (512 × 16 answers per path): far too many to evaluate. */
export const everySubsetOptions: EnumerationOptions = multiSelectWith(everySubset);
/** Multi-select answers fixed to []: one input per single-select path, the skeleton of the space. */
export const singleSelectOnlyOptions: EnumerationOptions = multiSelectWith(() => [[]]);

type AnswerValue = string | readonly string[];

function isMultiSelect(id: QuestionId): id is MultiSelectQuestionId {
  return getQuestion(id).kind === 'multi';
}

function answersFor(question: Question, options: EnumerationOptions): readonly AnswerValue[] {
  return isMultiSelect(question.id) ? options.multiSelect[question.id] : question.options;
}

// TypeScript cannot check a computed key against its value, so validity rests here: values come from the rules'
// own option lists (or the caller's typed covering sets). A schema parse per step would cost more than the walk.
const withAnswer = (input: AssessmentInput, id: QuestionId, value: AnswerValue): AssessmentInput => ({ ...input, [id]: value });

/**
 * Every complete input the flow can produce with the given multi-select answers, depth first in question and
 * option order (deterministic). Each yielded object is new (unless `from` is already complete), so callers may
 * keep or change it. Pass `from` to walk only the inputs that start with given answers, e.g. to shard a long run.
 */
export function* enumerateInputs(options: EnumerationOptions, from: AssessmentInput = {}): Generator<AssessmentInput> {
  const id = nextQuestion(from);
  if (id === null) {
    yield from;
    return;
  }
  for (const value of answersFor(getQuestion(id), options)) {
    yield* enumerateInputs(options, withAnswer(from, id, value));
  }
}

interface SubtreeSize {
  readonly count: number;
  /** The answers that some applicability predicate below this point looked at. */
  readonly read: ReadonlySet<string>;
}

/** A view of the answers that records which question ids a predicate reads. */
function recordingReads(answers: AssessmentInput, read: Set<string>): AssessmentInput {
  return new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      // Listing the keys observes every answer at once.
      for (const q of questions) read.add(q.id);
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * Counts the inputs below `answers` (questions from `index` on). Walking the same questions in order with their
 * `appliesWhen` is what `nextQuestion` does on a path-pruned input, and the predicates are pure: so when no
 * predicate below a question ever reads its answer, every option leads to an identical subtree, and one walk
 * times the number of options is exact. Only answers that gate later questions are really branched on.
 */
function sizeFrom(index: number, answers: AssessmentInput, options: EnumerationOptions): SubtreeSize {
  const question = questions[index];
  if (question === undefined) return { count: 1, read: new Set() };
  const read = new Set<string>();
  if (!question.appliesWhen(recordingReads(answers, read))) {
    const rest = sizeFrom(index + 1, answers, options);
    return { count: rest.count, read: new Set([...read, ...rest.read]) };
  }
  const values = answersFor(question, options);
  let count = 0;
  for (const [position, value] of values.entries()) {
    const rest = sizeFrom(index + 1, withAnswer(answers, question.id, value), options);
    for (const id of rest.read) read.add(id);
    if (position === 0 && !rest.read.has(question.id)) {
      count = rest.count * values.length;
      break;
    }
    count += rest.count;
  }
  return { count, read };
}

/** How many inputs `enumerateInputs(options)` yields, computed in milliseconds rather than by walking them. */
export function countInputs(options: EnumerationOptions): number {
  return sizeFrom(0, {}, options).count;
}
