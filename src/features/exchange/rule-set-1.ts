import { applicableQuestions } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';

/** Rule set 1, which rule set 2 replaced (model.md, "Rule set 2"); the version its files, links and storage name. */
export const RULE_SET_1 = '2024.09-appi2022.1';

/**
 * What rule set 1 took for granted about the three questions rule set 2 added: it assessed every case as living
 * patients' personal information (APPI Art. 2(1)), every provider under the private-sector rules, and data kept in
 * Japan; it had no way to say otherwise. Used only where something written under rule set 1 has to be read as rule
 * set 1 read it — comparing a submitted rule-set-1 result with the current rules in the review, and training cases
 * written for rule set 1 — and always shown as an assumption to confirm. A person's own assessment is never
 * completed with these: the wizard asks the new questions.
 */
export const ruleSet1Assumptions = {
  dataSubjects: 'includes_living',
  providerSector: 'private',
  foreignStorage: 'no',
} as const satisfies AssessmentInput;

/** The questions rule set 2 added, in the order the wizard asks them. */
export const addedByRuleSet2 = Object.keys(ruleSet1Assumptions) as readonly QuestionId[];

/**
 * The input with the rule-set-1 assumption for every added question on its path that has no answer, and the
 * questions so filled. Answers already given are never replaced.
 */
export function withRuleSet1Assumptions(input: AssessmentInput): { readonly input: AssessmentInput; readonly assumed: readonly QuestionId[] } {
  let filled: AssessmentInput = input;
  const assumed: QuestionId[] = [];
  // One question at a time, in asking order: an earlier assumption can decide whether a later question applies.
  for (const [question, answer] of Object.entries(ruleSet1Assumptions) as [QuestionId, string][]) {
    if (filled[question] !== undefined || !applicableQuestions(filled).includes(question)) continue;
    filled = { ...filled, [question]: answer };
    assumed.push(question);
  }
  return { input: filled, assumed };
}
