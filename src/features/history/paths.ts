/** A project's stage records and what changed between them. */
export const historyPathPattern = '/projects/:projectId/history';
export const historyPath = (projectId: string): string => `/projects/${encodeURIComponent(projectId)}/history`;
