// The only public surface of the rules. Everything here is pure: ids in, ids out; words live in locales/.
export {
  assessmentInputSchema,
  assessmentSchema,
  BasisId,
  ChecklistId,
  CitationId,
  DataType,
  EvidenceLevel,
  LaterNeed,
  ReasonId,
  Stage,
  Verdict,
  WarningId,
  Owner,
  RemedyKind,
  remedySchema,
  uniqueList,
} from './schema';
export type {
  Assessment,
  AssessmentInput,
  BasisVerdict,
  DataTypeId,
  LaterNeedId,
  QuestionId,
  Remedy,
  StageId,
} from './schema';
export { applicableQuestions, getQuestion, nextQuestion, previousQuestion, pruneAnswers, questionIds, questions } from './flow';
export type { Question, QuestionKind, RemedyChange } from './flow';
export { migrateAnswers } from './migrate';
export type { DroppedAnswer, MigratedAnswers } from './migrate';
export { completeAnswers, evaluate } from './evaluate';
export { IncompleteInputError } from './situation';
export { citations, citationIds } from './citations';
export type { Citation, CitationSource } from './citations';
export { checklistItems } from './checklist';
export { maxNextSteps, nextSteps, stepPriority } from './next-steps';
export type { NextStep, StepTiming } from './next-steps';
export type { ChecklistGroup } from './checklist';
export { stageNameCertainty, stages } from './facts';
export type { NameCertainty } from './facts';
export { currentRuleSet, ruleSetFor, ruleSets, rulesVersion, supersededRuleSets } from './rule-sets';
export type { RuleSet } from './rule-sets';
export { describeInputProblems } from './problems';
export type { InputProblem } from './problems';
