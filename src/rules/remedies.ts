import type { Fit } from './bases';
import { getQuestion, nextQuestion, pruneAnswers, questions } from './flow';
import type { AssessmentInput, BasisId, QuestionId, Remedy, RemedyKind } from './schema';

/** One answer set to another: the shape of a remedy's changes and of the answers it assumes. */
export interface AnswerChange {
  readonly question: QuestionId;
  readonly answer: string | readonly string[];
}

/** The recommendation for a complete, pruned input at its own stage, and the fit behind it. */
export interface StageRecommendation {
  readonly recommended: BasisId | null;
  readonly fits: Readonly<Record<BasisId, Fit>>;
}

type Recommend = (answers: AssessmentInput) => StageRecommendation;

/** A change that reaches the goal, with the answers it had to assume for questions it opened. */
interface Reached {
  readonly assumes: readonly AnswerChange[];
  readonly outcome: StageRecommendation;
  readonly basis: BasisId;
}

const withChanges = (answers: AssessmentInput, changes: readonly AnswerChange[]): AssessmentInput =>
  pruneAnswers(Object.fromEntries([...Object.entries(answers), ...changes.map((c) => [c.question, c.answer])]) as AssessmentInput);

/**
 * What counts as a way forward: where nothing is recommended, any recommended basis; where the recommendation
 * comes with conditions, a recommendation without them. Otherwise there is nothing to reach.
 */
function goalFor(current: StageRecommendation): ((outcome: StageRecommendation) => boolean) | null {
  if (current.recommended === null) return (outcome) => outcome.recommended !== null;
  if (current.fits[current.recommended].verdict === 'conditional') {
    return (outcome) => outcome.recommended !== null && outcome.fits[outcome.recommended].verdict === 'acceptable';
  }
  return null;
}

/**
 * Completes a changed input by trying, in option order, the answers to any question the change opened, and
 * returns the first completion that reaches the goal. The opened questions are few (a provider type opens the
 * sector or joint research), so this search stays small.
 */
function complete(
  answers: AssessmentInput,
  assumes: readonly AnswerChange[],
  recommend: Recommend,
  reaches: (outcome: StageRecommendation) => boolean,
): Reached | null {
  const open = nextQuestion(answers);
  if (open === null) {
    const outcome = recommend(answers);
    return outcome.recommended !== null && reaches(outcome) ? { assumes, outcome, basis: outcome.recommended } : null;
  }
  const question = getQuestion(open);
  const { assumeFirst } = question;
  const options: readonly (string | readonly string[])[] =
    question.kind === 'multi'
      ? [[]]
      : assumeFirst === undefined
        ? question.options
        : [assumeFirst, ...question.options.filter((option) => option !== assumeFirst)];
  for (const answer of options) {
    const assumed = { question: open, answer };
    const found = complete(withChanges(answers, [assumed]), [...assumes, assumed], recommend, reaches);
    if (found !== null) return found;
  }
  return null;
}

/** Every single change the flow data declares for these answers: only questions on the path, never facts. */
function candidateChanges(answers: AssessmentInput): { change: AnswerChange; kind: RemedyKind }[] {
  return questions.flatMap((question) => {
    const { remedy } = question;
    if (remedy === undefined || answers[question.id] === undefined) return [];
    return remedy.targets(answers).map((answer) => ({ change: { question: question.id, answer }, kind: remedy.kind }));
  });
}

/**
 * Ways to reach a usable basis at the assessed stage (model.md, "Remedies"), computed by trying the declared
 * changes with the same rules: one change first; two only where no single change is enough, which keeps every
 * remedy minimal (none contains another). `answers` is the complete, pruned input.
 */
export function findRemedies(
  answers: AssessmentInput,
  current: StageRecommendation,
  recommend: Recommend,
  citationsFor: (fit: Fit) => Remedy['citations'],
): Remedy[] {
  const reaches = goalFor(current);
  if (reaches === null) return [];
  const candidates = candidateChanges(answers);

  const attempt = (chosen: readonly { change: AnswerChange; kind: RemedyKind }[]): Remedy | null => {
    const changes = chosen.map((c) => c.change);
    const found = complete(withChanges(answers, changes), [], recommend, reaches);
    if (found === null) return null;
    const fit = found.outcome.fits[found.basis];
    return {
      changes: changes.map((c) => ({ question: c.question, answer: copy(c.answer) })),
      assumes: found.assumes.map((c) => ({ question: c.question, answer: copy(c.answer) })),
      kind: chosen.some((c) => c.kind === 'restructure') ? 'restructure' : 'action',
      basis: found.basis,
      verdict: 'recommended',
      conditional: fit.verdict === 'conditional',
      citations: citationsFor(fit),
    };
  };

  const singles = candidates.map((c) => attempt([c])).filter((remedy) => remedy !== null);
  if (singles.length > 0) return singles;

  const pairs: Remedy[] = [];
  for (const [index, first] of candidates.entries()) {
    for (const second of candidates.slice(index + 1)) {
      if (first.change.question === second.change.question) continue;
      const remedy = attempt([first, second]);
      if (remedy !== null) pairs.push(remedy);
    }
  }
  return pairs;
}

const copy = (answer: string | readonly string[]): string | string[] => (typeof answer === 'string' ? answer : [...answer]);
