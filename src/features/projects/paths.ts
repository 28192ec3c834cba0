/** The list of projects (and the entry to create or import one). */
export const projectsPath = '/projects';
export const projectPathPattern = '/projects/:projectId';
export const projectJointUsePathPattern = '/projects/:projectId/joint-use';

export const projectPath = (id: string): string => `/projects/${encodeURIComponent(id)}`;
export const projectJointUsePath = (id: string): string => `${projectPath(id)}/joint-use`;
