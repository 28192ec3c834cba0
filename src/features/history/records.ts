import { evaluate, nextQuestion, rulesVersion, stages } from '../../rules';
import type { AssessmentInput, ChecklistId, QuestionId, StageId } from '../../rules';
import { diffAssessments } from '../review/diff';
import type { AssessmentChange } from '../review/diff';
import { changedAnswers } from '../feedback/reviewed-version';
import type { ProjectView } from '../projects/projects';
import type { FlowRecord, StageRecord } from './schema';

/** A project's flows as they stand now, recorded as a stage gate would record them. Pure: id and time come in. */
export function recordOf(project: ProjectView, id: string, recordedAt: string, note: string): StageRecord {
  return {
    id,
    projectId: project.id,
    projectName: project.name,
    recordedAt,
    rulesVersion,
    note,
    flows: project.flows.map(({ assessment, label }) => flowRecord(assessment.id, label, assessment.answers, assessment.ticks)),
  };
}

function flowRecord(assessmentId: string, label: string, answers: AssessmentInput, ticks: readonly ChecklistId[]): FlowRecord {
  const complete = nextQuestion(answers) === null;
  return { assessmentId, label, answers, ticks: [...ticks], ...(complete ? { result: evaluate(answers) } : {}) };
}

/** The stage the project's flows are at (the shared answer), or undefined while none is given or they differ. */
export function stageOf(flows: readonly { readonly answers: AssessmentInput }[]): StageId | undefined {
  const given = new Set(flows.map((flow) => flow.answers.stage));
  const [only] = given;
  return given.size === 1 ? only : undefined;
}

/** The stage after this one in the guideline's cycle, or undefined after the last. */
export function stageAfter(stage: StageId): StageId | undefined {
  return stages[stages.indexOf(stage) + 1];
}

export type FlowChange =
  | { readonly kind: 'added'; readonly label: string }
  | { readonly kind: 'removed'; readonly label: string }
  | {
      readonly kind: 'changed';
      readonly label: string;
      readonly before: FlowRecord;
      readonly after: FlowRecord;
      readonly answers: readonly QuestionId[];
      /** Null when either side has no result (its answers were not complete). */
      readonly result: readonly AssessmentChange[] | null;
      readonly ticked: readonly ChecklistId[];
      readonly unticked: readonly ChecklistId[];
    };

/**
 * What changed between two records of a project: flows matched by their assessment, then per flow the answers,
 * the result (recommended basis, verdicts, checklist, warnings, remedies: the review's own comparison) and the
 * ticks. Flows that did not change are left out; an empty list means nothing changed.
 */
export function compareRecords(before: StageRecord, after: StageRecord): FlowChange[] {
  const earlier = new Map(before.flows.map((flow) => [flow.assessmentId, flow]));
  const later = new Set(after.flows.map((flow) => flow.assessmentId));
  const changes: FlowChange[] = [];
  for (const flow of after.flows) {
    const old = earlier.get(flow.assessmentId);
    if (old === undefined) {
      changes.push({ kind: 'added', label: flow.label });
      continue;
    }
    const answers = changedAnswers(old.answers, flow.answers);
    const result = old.result === undefined || flow.result === undefined ? null : diffAssessments(old.result, flow.result);
    const ticked = flow.ticks.filter((id) => !old.ticks.includes(id));
    const unticked = old.ticks.filter((id) => !flow.ticks.includes(id));
    const resultChanged = result === null ? old.result !== undefined || flow.result !== undefined : result.length > 0;
    if (answers.length > 0 || resultChanged || ticked.length > 0 || unticked.length > 0 || old.label !== flow.label) {
      changes.push({ kind: 'changed', label: flow.label, before: old, after: flow, answers, result, ticked, unticked });
    }
  }
  for (const flow of before.flows) if (!later.has(flow.assessmentId)) changes.push({ kind: 'removed', label: flow.label });
  return changes;
}
