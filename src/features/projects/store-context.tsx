import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';

import { type ProjectsState, type ProjectsStore, useProjects } from './store';

/** The app uses the module's store; tests pass their own, built over their own assessments store. */
const ProjectsStoreContext = createContext<ProjectsStore>(useProjects);

export function ProjectsStoreProvider({ store, children }: { store: ProjectsStore; children: ReactNode }) {
  return <ProjectsStoreContext value={store}>{children}</ProjectsStoreContext>;
}

export function useProjectsApi(): ProjectsStore {
  return useContext(ProjectsStoreContext);
}

/** A slice of the state; the selector must return stored values as they are, not new objects. */
export function useProjectsState<T>(selector: (state: ProjectsState) => T): T {
  return useStore(useProjectsApi(), selector);
}
