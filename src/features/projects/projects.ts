import type { SavedAssessment } from '../assessments/schema';
import type { SavedProject } from './schema';

export interface ProjectFlowView {
  readonly assessment: SavedAssessment;
  readonly label: string;
}

/**
 * A project as the pages show it. `stored: false` is an assessment that belongs to no project: it is shown as a
 * project of one flow under the assessment's own id, so everything saved before projects existed appears without
 * any rewrite of storage. Adding a second flow stores it as a project (with the same id, so links keep working).
 */
export interface ProjectView {
  readonly id: string;
  readonly name: string;
  readonly stored: boolean;
  readonly updatedAt: string;
  readonly flows: readonly ProjectFlowView[];
}

/** The flows of a stored project whose assessments still exist (a flow deleted from the saved list is gone). */
function storedView(project: SavedProject, byId: ReadonlyMap<string, SavedAssessment>): ProjectView {
  const flows = project.flows.flatMap((flow) => {
    const assessment = byId.get(flow.assessmentId);
    return assessment === undefined ? [] : [{ assessment, label: flow.label }];
  });
  const updatedAt = flows.reduce((latest, flow) => (flow.assessment.updatedAt > latest ? flow.assessment.updatedAt : latest), project.updatedAt);
  return { id: project.id, name: project.name, stored: true, updatedAt, flows };
}

const singleFlow = (assessment: SavedAssessment): ProjectView => ({
  id: assessment.id,
  name: assessment.name,
  stored: false,
  updatedAt: assessment.updatedAt,
  flows: [{ assessment, label: assessment.name }],
});

/** Ids of the assessments that are flows of a stored project. */
export const assessmentsInProjects = (projects: readonly SavedProject[]): Set<string> =>
  new Set(projects.flatMap((project) => project.flows.map((flow) => flow.assessmentId)));

/** Every project: the stored ones and one per assessment outside them; the most recently changed first. */
export function projectViews(projects: readonly SavedProject[], assessments: readonly SavedAssessment[]): ProjectView[] {
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const inProjects = assessmentsInProjects(projects);
  return [
    ...projects.map((project) => storedView(project, byId)),
    ...assessments.filter((a) => !inProjects.has(a.id)).map(singleFlow),
  ].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function findProject(projects: readonly SavedProject[], assessments: readonly SavedAssessment[], id: string): ProjectView | undefined {
  const stored = projects.find((project) => project.id === id);
  if (stored !== undefined) return storedView(stored, new Map(assessments.map((a) => [a.id, a])));
  const assessment = assessments.find((a) => a.id === id);
  return assessment === undefined || assessmentsInProjects(projects).has(id) ? undefined : singleFlow(assessment);
}

/** The stored project a saved assessment is a flow of, if any. */
export const projectOf = (projects: readonly SavedProject[], assessmentId: string): SavedProject | undefined =>
  projects.find((project) => project.flows.some((flow) => flow.assessmentId === assessmentId));
