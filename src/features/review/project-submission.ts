import { toAssessmentFile } from '../exchange/format';
import type { RemovedAnswer } from '../exchange/rule-update';
import type { ProjectFile } from '../projects/file';
import type { ProjectFlowSubmission } from './store';
import type { Submission } from './submission';

/**
 * Each flow of a project file as a submission the per-flow review reads, in file order: the flow's answers, ticks
 * and reviewed version in an exchange file made at opening (`openedAt`), named by the flow's label. The result
 * snapshot is left out, since the project file carried none, and `fromProject` says the fingerprint was computed
 * here rather than declared by the sender.
 */
export function projectFlowSubmissions(
  file: ProjectFile,
  removed: readonly (readonly RemovedAnswer[])[],
  openedAt: string,
): ProjectFlowSubmission[] {
  return file.flows.map((flow, index) => {
    const { result: _snapshot, ...made } = toAssessmentFile(
      { name: flow.label, answers: flow.input, ticks: flow.ticks ?? [], ...(flow.reviewedVersion === undefined ? {} : { reviewedVersion: flow.reviewedVersion }) },
      openedAt,
    );
    const flowRemoved = removed[index] ?? [];
    const submission: Submission = {
      kind: 'file',
      file: made,
      ...(flowRemoved.length === 0 ? {} : { removed: [...flowRemoved] }),
      fromProject: { name: file.name, index },
    };
    return { label: flow.label, submission };
  });
}
