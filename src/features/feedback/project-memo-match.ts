import { fingerprint } from '../exchange/fingerprint';
import type { ProjectView } from '../projects/projects';
import type { ProjectReviewFile } from '../review/project-review-file';
import type { ReviewFile } from '../review/review-file';
import { changedAnswers } from './reviewed-version';

/** How a memo flow was matched to a flow of the project, strongest first. */
export type FlowMatchKind = 'answers' | 'fingerprint' | 'label';

export type FlowMatch =
  | { readonly kind: FlowMatchKind; readonly assessmentId: string; readonly label: string }
  | { readonly kind: 'none' };

const reviewedAnswersAre = (review: ReviewFile, answers: ProjectView['flows'][number]['assessment']['answers']): boolean =>
  review.submission.reviewedInput !== undefined && changedAnswers(review.submission.reviewedInput, answers).length === 0;

const fingerprintIs = (review: ReviewFile, answers: ProjectView['flows'][number]['assessment']['answers']): boolean =>
  review.submission.fingerprint !== null && fingerprint(review.submission.rulesVersion, answers) === review.submission.fingerprint;

const sameLabel = (a: string, b: string): boolean => a.trim() !== '' && a.trim() === b.trim();

/**
 * Each memo flow's flow in this project, in memo order: first every flow whose answers are the ones reviewed, then
 * by the declared fingerprint, then by label. A project flow takes at most one review, so two memo flows with the
 * same answers (or label) go to two flows, never both to one.
 */
export function matchFlows(file: ProjectReviewFile, project: ProjectView): FlowMatch[] {
  const matches: FlowMatch[] = file.flows.map(() => ({ kind: 'none' }));
  const taken = new Set<string>();
  const passes: readonly { kind: FlowMatchKind; fits: (entry: ProjectReviewFile['flows'][number], flow: ProjectView['flows'][number]) => boolean }[] = [
    { kind: 'answers', fits: (entry, flow) => reviewedAnswersAre(entry.review, flow.assessment.answers) },
    { kind: 'fingerprint', fits: (entry, flow) => fingerprintIs(entry.review, flow.assessment.answers) },
    { kind: 'label', fits: (entry, flow) => sameLabel(entry.label, flow.label) },
  ];
  for (const pass of passes) {
    file.flows.forEach((entry, index) => {
      if (matches[index]?.kind !== 'none') return;
      // Where several flows fit, the one with the same label is the likelier.
      const candidates = project.flows.filter((flow) => !taken.has(flow.assessment.id) && pass.fits(entry, flow));
      const chosen = candidates.find((flow) => sameLabel(entry.label, flow.label)) ?? candidates[0];
      if (chosen === undefined) return;
      taken.add(chosen.assessment.id);
      matches[index] = { kind: pass.kind, assessmentId: chosen.assessment.id, label: chosen.label };
    });
  }
  return matches;
}

const weight: Record<FlowMatch['kind'], number> = { answers: 3, fingerprint: 2, label: 1, none: 0 };

/**
 * The project the memo most likely belongs to: the one whose flows match best (answers count more than labels),
 * the project's name breaking a tie, then the most recently changed (`projects` come newest first). Undefined when
 * there is no project. The person sees the result per flow and may pick another project.
 */
export function matchProject(file: ProjectReviewFile, projects: readonly ProjectView[]): ProjectView | undefined {
  let best: { project: ProjectView; score: number } | undefined;
  for (const project of projects) {
    const flows = matchFlows(file, project).reduce((sum, match) => sum + weight[match.kind], 0);
    const score = flows * 2 + (sameLabel(project.name, file.name) ? 1 : 0);
    if (best === undefined || score > best.score) best = { project, score };
  }
  return best?.project;
}
