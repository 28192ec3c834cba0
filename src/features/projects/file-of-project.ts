import { reviewedVersionOf } from '../feedback/schema';
import { toProjectFile } from './file';
import type { ProjectFile } from './file';
import type { ProjectView } from './projects';

/**
 * The file the project page exports: each flow's answers and ticks, and, where the ethics office's review memo was
 * taken in, the version it reviewed, so the office's review mode can show what changed since.
 */
export function projectFileOf(project: ProjectView): ProjectFile {
  return toProjectFile({
    name: project.name,
    flows: project.flows.map((flow) => {
      const received = flow.assessment.receivedReview;
      return {
        label: flow.label,
        answers: flow.assessment.answers,
        ticks: flow.assessment.ticks,
        reviewedVersion: received === undefined ? undefined : reviewedVersionOf(received),
      };
    }),
  });
}
