/**
 * Enumerates complete assessment inputs by walking the wizard's own flow, so the set is exactly the set of
 * answer paths a user can produce.
 *
 * What is covered:
 * - Every single-select question on the path is branched over ALL of its options, and only when it is asked
 *   (`nextQuestion` decides), so off-path answers never appear and no path is missed.
 * - Multi-select questions (`dataTypes`, `laterNeeds`) are branched over a caller-chosen covering set of
 *   answers, because every subset of both (2^9 × 2^4 = 8,192 per path) times ~42 million single-select paths
 *   (rule set 2) is far beyond what anything can evaluate. Of the multi-select answers only `dataTypes: genome`
 *   and `laterNeeds: regulator_source_check` can change a basis verdict or its reasons; the rest add checklist
 *   items and warnings, which `coveringSubsets` reaches one by one and all together.
 *
 * Even the covering space (≈2.8 billion inputs in rule set 2) is too big to evaluate, so `enumerateClasses` walks
 * it in classes: the caller names, per question, which answers behave alike for its purpose, and each class is
 * yielded once with a weight (the number of inputs of the space it stands for). `sampleInputs` draws inputs
 * uniformly at random from a space instead.
 *
 * Everything is lazy: inputs are yielded one at a time, and `countInputs` / `countClasses` compute sizes without
 * walking them.
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

export type AnswerValue = string | readonly string[];

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

/** An input of a space together with how many inputs of that space it stands for. */
export interface WeightedInput {
  readonly input: AssessmentInput;
  readonly weight: number;
}

/**
 * Answers that behave alike for some purpose: per question, a function naming each answer's class. Questions
 * without an entry keep every answer apart. The first answer of a class (in option order) represents it.
 */
export type AnswerClasses = Partial<Record<QuestionId, (answer: AnswerValue) => string>>;

interface Branch {
  readonly value: AnswerValue;
  readonly weight: number;
}

function classBranches(question: Question, options: EnumerationOptions, classes: AnswerClasses): readonly Branch[] {
  const classOf = classes[question.id];
  const values = answersFor(question, options);
  if (classOf === undefined) return values.map((value) => ({ value, weight: 1 }));
  const byClass = new Map<string, { value: AnswerValue; weight: number }>();
  for (const value of values) {
    const key = classOf(value);
    const found = byClass.get(key);
    if (found === undefined) byClass.set(key, { value, weight: 1 });
    else found.weight++;
  }
  return [...byClass.values()];
}

const questionIndex = new Map(questions.map((q, index) => [q.id, index]));

/**
 * One input per class of the space `options` spans, each with the number of inputs it stands for, depth first in
 * question and option order (deterministic). The weights add up to `countInputs(options)` exactly; that the
 * classes are really alike for the caller's purpose is the caller's claim (and test). With `until`, yields the
 * partial inputs at which that question (or a later one) would be asked next: the roots of `until`'s strata, so a
 * long walk can be split and each part walked alone with `from`.
 */
export function* enumerateClasses(
  options: EnumerationOptions,
  classes: AnswerClasses,
  from: AssessmentInput = {},
  until?: QuestionId,
  weight = 1,
): Generator<WeightedInput> {
  const id = nextQuestion(from);
  const stop = until === undefined ? undefined : questionIndex.get(until);
  if (id === null || (stop !== undefined && (questionIndex.get(id) ?? 0) >= stop)) {
    yield { input: from, weight };
    return;
  }
  for (const branch of classBranches(getQuestion(id), options, classes)) {
    yield* enumerateClasses(options, classes, withAnswer(from, id, branch.value), until, weight * branch.weight);
  }
}

/** A small, fast, seeded generator (mulberry32): the same seed always draws the same sample. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

type BranchesOf = (question: Question) => readonly AnswerValue[];

/**
 * Counts the inputs below `answers` (questions from `index` on). Walking the same questions in order with their
 * `appliesWhen` is what `nextQuestion` does on a path-pruned input, and the predicates are pure: so when no
 * predicate below a question ever reads its answer, every option leads to an identical subtree, and one walk
 * times the number of options is exact. Only answers that gate later questions are really branched on.
 */
function sizeFrom(index: number, answers: AssessmentInput, branchesOf: BranchesOf): SubtreeSize {
  const question = questions[index];
  if (question === undefined) return { count: 1, read: new Set() };
  const read = new Set<string>();
  if (!question.appliesWhen(recordingReads(answers, read))) {
    const rest = sizeFrom(index + 1, answers, branchesOf);
    return { count: rest.count, read: new Set([...read, ...rest.read]) };
  }
  const values = branchesOf(question);
  let count = 0;
  for (const [position, value] of values.entries()) {
    const rest = sizeFrom(index + 1, withAnswer(answers, question.id, value), branchesOf);
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
  return sizeFrom(0, {}, (question) => answersFor(question, options)).count;
}

/** How many classes `enumerateClasses(options, classes)` yields, computed without walking them. */
export function countClasses(options: EnumerationOptions, classes: AnswerClasses): number {
  return sizeFrom(0, {}, (question) => classBranches(question, options, classes).map((branch) => branch.value)).count;
}

/**
 * `count` inputs drawn uniformly at random from the space (each of its inputs equally likely, with replacement),
 * seeded, so the same seed draws the same sample. Each answer is chosen with a probability proportional to the
 * number of inputs below it; those counts depend only on the answers some applicability predicate reads, so they
 * are computed once per combination of those and reused.
 */
export function* sampleInputs(options: EnumerationOptions, count: number, seed = 1): Generator<AssessmentInput> {
  const branchesOf: BranchesOf = (question) => answersFor(question, options);
  const gateReads = [...sizeFrom(0, {}, branchesOf).read].sort();
  const counts = new Map<string, number>();
  const countBelow = (index: number, answers: AssessmentInput): number => {
    const key = `${String(index)} ${JSON.stringify(gateReads.map((id) => answers[id as QuestionId] ?? null))}`;
    let found = counts.get(key);
    if (found === undefined) {
      found = sizeFrom(index, answers, branchesOf).count;
      counts.set(key, found);
    }
    return found;
  };
  const random = seededRandom(seed);
  for (let drawn = 0; drawn < count; drawn++) {
    let input: AssessmentInput = {};
    for (const [index, question] of questions.entries()) {
      if (!question.appliesWhen(input)) continue;
      const values = answersFor(question, options);
      const sizes = values.map((value) => countBelow(index + 1, withAnswer(input, question.id, value)));
      let pick = random() * sizes.reduce((sum, size) => sum + size, 0);
      let chosen = values.length - 1;
      for (const [position, size] of sizes.entries()) {
        if (pick < size) {
          chosen = position;
          break;
        }
        pick -= size;
      }
      const value = values[chosen];
      if (value === undefined) throw new Error(`No answers to draw for ${question.id}`);
      input = withAnswer(input, question.id, value);
    }
    yield input;
  }
}
