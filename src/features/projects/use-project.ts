import { useMemo } from 'react';

import { useAssessmentsState } from '../assessments/store-context';
import { findProject, projectViews } from './projects';
import type { ProjectView } from './projects';
import { useProjectsState } from './store-context';

export function useProjectList(): ProjectView[] {
  const projects = useProjectsState((state) => state.projects);
  const assessments = useAssessmentsState((state) => state.assessments);
  return useMemo(() => projectViews(projects, assessments), [projects, assessments]);
}

export function useProject(id: string | undefined): ProjectView | undefined {
  const projects = useProjectsState((state) => state.projects);
  const assessments = useAssessmentsState((state) => state.assessments);
  return useMemo(() => (id === undefined ? undefined : findProject(projects, assessments, id)), [projects, assessments, id]);
}
