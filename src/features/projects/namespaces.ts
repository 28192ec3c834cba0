import type { TFunction } from 'i18next';

/** The namespaces the project pages read: their own words and the rules' names (bases, stages, checklist, parties). */
export const projectsNamespaces = ['projects', 'common', 'outcomes', 'checklist', 'questions', 'result'] as const;
export type ProjectsT = TFunction<typeof projectsNamespaces>;
