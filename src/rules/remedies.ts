import type { Fit } from './bases';
import { getQuestion, nextQuestion, pruneAnswers, questions } from './flow';
import type { AssessmentInput, BasisId, QuestionId, Remedy, RemedyKind } from './schema';

/** One answer set to another: the shape of a remedy's changes and of the answers it assumes. */
export interface AnswerChange {
  readonly question: QuestionId;
  readonly answer: string;
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
  readonly basis: BasisId;
  readonly fit: Fit;
}

/** Whether the fit of the basis recommended after a change is good enough. */
type Goal = (fit: Fit) => boolean;

const withChanges = (answers: AssessmentInput, changes: readonly AnswerChange[]): AssessmentInput =>
  pruneAnswers(Object.fromEntries([...Object.entries(answers), ...changes.map((c) => [c.question, c.answer])]) as AssessmentInput);

/**
 * What counts as a way forward: where nothing is recommended, any recommended basis; where the recommendation
 * comes with conditions, a recommendation without them. Otherwise there is nothing to reach.
 */
function goalFor(current: StageRecommendation): Goal | null {
  if (current.recommended === null) return () => true;
  if (current.fits[current.recommended].verdict === 'conditional') return (fit) => fit.verdict === 'acceptable';
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
  reaches: Goal,
): Reached | null {
  const open = nextQuestion(answers);
  if (open === null) {
    const { recommended, fits } = recommend(answers);
    return recommended !== null && reaches(fits[recommended]) ? { assumes, basis: recommended, fit: fits[recommended] } : null;
  }
  for (const answer of getQuestion(open).assumptionOrder) {
    const assumed = { question: open, answer };
    const found = complete(withChanges(answers, [assumed]), [...assumes, assumed], recommend, reaches);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Every single change the flow data declares for these answers, never a fact. A question off the path declares
 * none: each declared change starts from the current answer, which such a question does not have.
 */
function candidateChanges(answers: AssessmentInput): { change: AnswerChange; kind: RemedyKind }[] {
  return questions.flatMap((question) => {
    const { remedy } = question;
    if (remedy === undefined) return [];
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
    return {
      changes: [...changes],
      assumes: [...found.assumes],
      kind: chosen.some((c) => c.kind === 'restructure') ? 'restructure' : 'action',
      basis: found.basis,
      verdict: 'recommended',
      conditional: found.fit.verdict === 'conditional',
      citations: citationsFor(found.fit),
    };
  };

  const singles = candidates.map((c) => attempt([c])).filter((remedy) => remedy !== null);
  if (singles.length > 0) return singles;

  // Two changes to one question are never tried on purpose: the later one wins, and it already failed alone.
  const pairs: Remedy[] = [];
  for (const [index, first] of candidates.entries()) {
    for (const second of candidates.slice(index + 1)) {
      const remedy = attempt([first, second]);
      if (remedy !== null) pairs.push(remedy);
    }
  }
  return pairs;
}
