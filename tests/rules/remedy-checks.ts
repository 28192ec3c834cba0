import { applicableQuestions, evaluate, pruneAnswers } from '../../src/rules';
import type { Assessment, AssessmentInput, QuestionId, WarningId } from '../../src/rules';

/** Facts about the project: a remedy may never change them (model.md, "Rule set 2"). */
export const projectFacts: readonly QuestionId[] = [
  'dataOrigin',
  'dataSubjects',
  'productKind',
  'purpose',
  'stage',
  'dataTypes',
  'provisionStatus',
  'providerSector',
];

/**
 * Warnings that say why no way forward exists when nothing is recommended: data outside APPI, a public body's
 * anonymized information (public-sector procedure), 仮名加工情報 the regulator cannot check against originals,
 * the regulator outside the review stage, and internal use of anonymized data (no basis needed).
 */
export const noWayForwardExplanations: readonly WarningId[] = [
  'deceased_outside_appi',
  'public_body_anonymized_procedure',
  'next_gen_medical_act_route',
  'regulator_outside_review',
  'anonymized_internal_use',
];

const key = (question: string, answer: unknown): string => `${question}=${JSON.stringify(answer)}`;

/**
 * The remedy properties for one evaluated input; throws with the input when one fails. Checked: one or two
 * changes, none of a fact; applying the changes and the stated assumptions really gives the claimed basis and
 * verdict, and the assumptions answer only questions the changes opened; no remedy contains another; nothing
 * recommended means at least one remedy or a warning that says why there is none.
 */
export function checkRemedies(input: AssessmentInput, result: Assessment): void {
  const fail = (what: string): never => {
    throw new Error(`${what}: ${JSON.stringify(input)} → ${JSON.stringify(result.remedies)}`);
  };
  const answered = pruneAnswers(input);
  const onPath = new Set(applicableQuestions(answered));
  const changeSets = result.remedies.map((remedy) => new Set(remedy.changes.map((c) => key(c.question, c.answer))));

  for (const remedy of result.remedies) {
    if (remedy.changes.length < 1 || remedy.changes.length > 2) fail('a remedy with no or more than two changes');
    for (const change of remedy.changes) {
      if (projectFacts.includes(change.question)) fail(`a remedy changes the fact ${change.question}`);
      if (JSON.stringify(answered[change.question]) === JSON.stringify(change.answer)) fail('a remedy "changes" an answer to itself');
    }
    for (const assumed of remedy.assumes) {
      if (onPath.has(assumed.question) && answered[assumed.question] !== undefined) fail(`a remedy assumes an answered question ${assumed.question}`);
    }
    const changed = Object.fromEntries([
      ...Object.entries(answered),
      ...[...remedy.changes, ...remedy.assumes].map((c) => [c.question, c.answer] as const),
    ]) as AssessmentInput;
    const after = evaluate(changed);
    if (after.recommendedBasis !== remedy.basis) fail(`applying the remedy gives ${String(after.recommendedBasis)}, not ${remedy.basis}`);
    if (after.bases.find((entry) => entry.basis === remedy.basis)?.verdict !== remedy.verdict) fail('the claimed verdict differs');
    if (remedy.citations.length === 0) fail('an uncited remedy');
  }
  changeSets.forEach((set, index) => {
    changeSets.forEach((other, otherIndex) => {
      if (index !== otherIndex && [...other].every((change) => set.has(change))) fail('a remedy contains another');
    });
  });
  if (result.recommendedBasis === null && result.remedies.length === 0) {
    if (!result.warnings.some((warning) => noWayForwardExplanations.includes(warning.id))) fail('a dead end without a remedy or an explanation');
  }
}
