import type { SavedProject } from './schema';

/**
 * Managing stored projects, as pure functions over the stored list (the store applies them; tests call them
 * directly). None of them touches an assessment: a flow IS a saved assessment, so taking a flow out of a project,
 * or dissolving the project, only changes which project lists it and never loses its answers or ticks.
 */

type Projects = readonly SavedProject[];

const changed = (projects: Projects, id: string, change: (project: SavedProject) => SavedProject): SavedProject[] =>
  projects.map((project) => (project.id === id ? change(project) : project));

export function renameProject(projects: Projects, id: string, name: string, now: string): SavedProject[] {
  return changed(projects, id, (project) => ({ ...project, name, updatedAt: now }));
}

export function relabelFlow(projects: Projects, projectId: string, assessmentId: string, label: string, now: string): SavedProject[] {
  return changed(projects, projectId, (project) => ({
    ...project,
    flows: project.flows.map((flow) => (flow.assessmentId === assessmentId ? { ...flow, label } : flow)),
    updatedAt: now,
  }));
}

/**
 * The flow leaves the project and its assessment stays in the saved list, belonging to no project (the list then
 * shows it as a single assessment).
 */
export function removeFlow(projects: Projects, projectId: string, assessmentId: string, now: string): SavedProject[] {
  return changed(projects, projectId, (project) => ({
    ...project,
    flows: project.flows.filter((flow) => flow.assessmentId !== assessmentId),
    updatedAt: now,
  }));
}

export interface DetachedProject {
  readonly projects: SavedProject[];
  /** The id of the new project of one flow, or null when the project did not hold that flow. */
  readonly id: string | null;
}

/**
 * The flow leaves the project and becomes a stored project of its own, with one flow that keeps its label, so more
 * flows can be added to it later. Its id is the assessment's (as for any single-flow project, so links to it keep
 * working) unless a project already has that id: a project first stored from this very assessment keeps its id,
 * and the new one takes a fresh id.
 */
export function detachFlow(projects: Projects, projectId: string, assessmentId: string, options: { readonly name: string; readonly now: string; readonly newId: () => string }): DetachedProject {
  const flow = projects.find((project) => project.id === projectId)?.flows.find((f) => f.assessmentId === assessmentId);
  if (flow === undefined) return { projects: [...projects], id: null };
  const id = projects.some((project) => project.id === assessmentId) ? options.newId() : assessmentId;
  const detached: SavedProject = { id, name: options.name, createdAt: options.now, updatedAt: options.now, flows: [flow] };
  return { projects: [...removeFlow(projects, projectId, assessmentId, options.now), detached], id };
}

/**
 * Removes a flow so that its assessment can still be reached. A single assessment is shown under its own id, but a
 * project first stored from that very assessment holds the id, and would hide it: such a flow is detached instead
 * (a project of one flow under a fresh id). `id` is where the assessment is found afterwards.
 */
export function removeFlowKeepingReach(projects: Projects, projectId: string, assessmentId: string, options: { readonly name: string; readonly now: string; readonly newId: () => string }): { readonly projects: SavedProject[]; readonly id: string } {
  if (projectId === assessmentId) {
    const detached = detachFlow(projects, projectId, assessmentId, options);
    if (detached.id !== null) return { projects: detached.projects, id: detached.id };
  }
  return { projects: removeFlow(projects, projectId, assessmentId, options.now), id: assessmentId };
}

/** The project record goes; its flows stay as saved assessments, each then shown as a single assessment. */
export function dissolveProject(projects: Projects, id: string): SavedProject[] {
  return projects.filter((project) => project.id !== id);
}
