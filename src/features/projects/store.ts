import { create } from 'zustand';

import { otherTabWrites, type OtherTabWrites } from '../../lib/other-tabs';
import { persistStore } from '../../lib/persisted-store';
import { createSafeStorage } from '../../lib/safe-storage';
import type { SafeStorage } from '../../lib/safe-storage';
import type { AssessmentInput, ChecklistId } from '../../rules';
import { STORAGE_V1_RULES_VERSION } from '../assessments/schema';
import type { SavedAssessment } from '../assessments/schema';
import { useAssessments } from '../assessments/store';
import type { AssessmentsState } from '../assessments/store';
import type { RemovedAnswer } from '../exchange/rule-update';
import type { ProjectFile } from './file';
import { PROJECTS_STORAGE_KEY, emptyProjects, loadProjects } from './schema';
import type { PersistedProjects, SavedProject, StorageProblem } from './schema';
import { detachFlow, dissolveProject, relabelFlow, removeFlowKeepingReach, renameProject } from './manage';
import { changedSharedAnswers, projectSharedAnswers } from './shared';

type AssessmentsStore = typeof useAssessments;

export interface ProjectsState extends PersistedProjects {
  /** Stored projects that could not be loaded; while set nothing is written, so they cannot be overwritten. */
  readonly storageProblem: StorageProblem | null;
  readonly savingEnabled: boolean;

  projectCreated(name: string): string;
  projectRenamed(id: string, name: string): void;
  /** The project record goes; its flows stay as saved assessments (each then shows as a project of one flow). */
  projectDissolved(id: string): void;
  /**
   * A new flow: a saved assessment that starts with the project's shared answers, made the current one so the
   * wizard asks only the rest. `projectId` may be a single-flow project (an assessment's id): it is stored first.
   */
  flowAdded(projectId: string, label: string): string | null;
  flowRelabelled(projectId: string, assessmentId: string, label: string): void;
  /**
   * The flow leaves the project; its assessment stays in the saved list, in no project. Returns the id it is then
   * found under (see `removeFlowKeepingReach`).
   */
  flowRemoved(projectId: string, assessmentId: string): string;
  /** The flow leaves the project and becomes a project of its own; returns that project's id (null: no such flow). */
  flowDetached(projectId: string, assessmentId: string): string | null;
  /** A combined checklist item ticked or unticked in every flow that needs it. */
  combinedTickSet(assessmentIds: readonly string[], item: ChecklistId, ticked: boolean): void;
  /** A whole, validated project file: one saved assessment per flow and the project over them. */
  projectImported(file: ProjectFile, removed: readonly (readonly RemovedAnswer[])[]): string;
  storageProblemDismissed(): void;
}

export interface ProjectsStoreDependencies {
  readonly storage: SafeStorage;
  readonly now: () => string;
  readonly newId: () => string;
  readonly assessments: AssessmentsStore;
  readonly onOtherTabWrite?: OtherTabWrites;
}

const defaultDependencies = (): ProjectsStoreDependencies => ({
  storage: createSafeStorage(),
  now: () => new Date().toISOString(),
  newId: () => globalThis.crypto.randomUUID(),
  assessments: useAssessments,
  onOtherTabWrite: otherTabWrites(PROJECTS_STORAGE_KEY),
});

const flowAnswers = (project: SavedProject, assessments: readonly SavedAssessment[]): AssessmentInput[] =>
  project.flows.flatMap((flow) => {
    const found = assessments.find((a) => a.id === flow.assessmentId);
    return found === undefined ? [] : [found.answers];
  });

/**
 * Keeps the shared answers of a project's flows equal: when exactly one flow of a project changed shared answers
 * (the wizard answering for that flow), the changed answers are given to its sibling flows too. Only the changed
 * questions are copied, so a difference an imported file brought in is shown, not overwritten unasked. When
 * several flows changed at once (another tab's write, or this propagation itself), nothing is copied: that is
 * how the propagation ends.
 */
function propagateSharedAnswers(projects: readonly SavedProject[], state: AssessmentsState, previous: AssessmentsState, assessments: AssessmentsStore): void {
  if (state.assessments === previous.assessments) return;
  const before = new Map(previous.assessments.map((a) => [a.id, a]));
  for (const project of projects) {
    const changes = project.flows.flatMap((flow) => {
      const now = state.assessments.find((a) => a.id === flow.assessmentId);
      const then = before.get(flow.assessmentId);
      if (now === undefined || then === undefined || now === then) return [];
      const changed = changedSharedAnswers(then.answers, now.answers);
      return Object.keys(changed).length === 0 ? [] : [{ id: now.id, changed }];
    });
    const [only, ...others] = changes;
    if (only === undefined || others.length > 0) continue;
    const siblings = project.flows.map((flow) => flow.assessmentId).filter((id) => id !== only.id);
    if (siblings.length > 0) assessments.getState().answersMerged(siblings, only.changed);
  }
}

export function createProjectsStore(deps: ProjectsStoreDependencies = defaultDependencies()) {
  const loaded = loadProjects(deps.storage.read(PROJECTS_STORAGE_KEY));
  const initial = loaded.ok ? loaded.state : emptyProjects();
  const assessmentsApi = deps.assessments;

  const store = create<ProjectsState>()((set, get) => {
    const update = (id: string, change: (project: SavedProject) => SavedProject) => {
      set({ projects: get().projects.map((project) => (project.id === id ? change(project) : project)) });
    };

    /** The stored project with this id; a single-flow project (an assessment outside every project) is stored first. */
    const storedProject = (id: string): SavedProject | undefined => {
      const found = get().projects.find((project) => project.id === id);
      if (found !== undefined) return found;
      const assessment = assessmentsApi.getState().assessments.find((a) => a.id === id);
      if (assessment === undefined || get().projects.some((p) => p.flows.some((flow) => flow.assessmentId === id))) return undefined;
      const now = deps.now();
      const created: SavedProject = { id, name: assessment.name, createdAt: now, updatedAt: now, flows: [{ assessmentId: id, label: assessment.name }] };
      set({ projects: [...get().projects, created] });
      return created;
    };

    return {
      ...initial,
      storageProblem: loaded.ok ? null : loaded.problem,
      savingEnabled: deps.storage.available,

      projectCreated(name) {
        const id = deps.newId();
        const now = deps.now();
        set({ projects: [...get().projects, { id, name, createdAt: now, updatedAt: now, flows: [] }] });
        return id;
      },
      projectRenamed(id, name) {
        storedProject(id);
        set({ projects: renameProject(get().projects, id, name, deps.now()) });
      },
      projectDissolved(id) {
        set({ projects: dissolveProject(get().projects, id) });
      },
      flowAdded(projectId, label) {
        const project = storedProject(projectId);
        if (project === undefined) return null;
        const shared = projectSharedAnswers(flowAnswers(project, assessmentsApi.getState().assessments));
        const name = project.name === '' ? label : `${project.name}: ${label}`;
        const assessmentId = assessmentsApi.getState().assessmentImported({ name, answers: shared, ticks: [] });
        update(projectId, (p) => ({ ...p, flows: [...p.flows, { assessmentId, label }], updatedAt: deps.now() }));
        return assessmentId;
      },
      flowRelabelled(projectId, assessmentId, label) {
        storedProject(projectId);
        set({ projects: relabelFlow(get().projects, projectId, assessmentId, label, deps.now()) });
      },
      flowRemoved(projectId, assessmentId) {
        const name = assessmentsApi.getState().assessments.find((a) => a.id === assessmentId)?.name ?? '';
        const removed = removeFlowKeepingReach(get().projects, projectId, assessmentId, { name, now: deps.now(), newId: deps.newId });
        set({ projects: removed.projects });
        return removed.id;
      },
      flowDetached(projectId, assessmentId) {
        const name = assessmentsApi.getState().assessments.find((a) => a.id === assessmentId)?.name ?? '';
        const detached = detachFlow(get().projects, projectId, assessmentId, { name, now: deps.now(), newId: deps.newId });
        if (detached.id !== null) set({ projects: detached.projects });
        return detached.id;
      },
      combinedTickSet(assessmentIds, item, ticked) {
        assessmentsApi.getState().ticksSet(assessmentIds, item, ticked);
      },
      projectImported(file, removed) {
        const api = assessmentsApi.getState();
        const flows = file.flows.map((flow, index) => {
          const removedHere = removed[index] ?? [];
          const assessmentId = api.assessmentImported({
            name: file.name === '' ? flow.label : `${file.name}: ${flow.label}`,
            answers: flow.input,
            ticks: flow.ticks ?? [],
            ...(removedHere.length > 0 ? { ruleUpdate: { from: STORAGE_V1_RULES_VERSION, removed: [...removedHere] } } : {}),
          });
          return { assessmentId, label: flow.label };
        });
        const id = deps.newId();
        const now = deps.now();
        set({ projects: [...get().projects, { id, name: file.name, createdAt: now, updatedAt: now, flows }] });
        return id;
      },
      storageProblemDismissed() {
        set({ storageProblem: null });
      },
    };
  });

  persistStore(store, {
    key: PROJECTS_STORAGE_KEY,
    storage: deps.storage,
    onOtherTabWrite: deps.onOtherTabWrite,
    changed: (state, previous) => state.projects !== previous.projects,
    persisted: (state): PersistedProjects => ({ schemaVersion: initial.schemaVersion, projects: state.projects }),
    load: loadProjects,
    taken: (stored) => ({ projects: stored.projects }),
  });

  assessmentsApi.subscribe((state, previous) => {
    propagateSharedAnswers(store.getState().projects, state, previous, assessmentsApi);
  });

  return store;
}

export type ProjectsStore = ReturnType<typeof createProjectsStore>;

export const useProjects = createProjectsStore();
