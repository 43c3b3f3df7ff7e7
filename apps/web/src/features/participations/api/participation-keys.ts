/** Query keys of the participations feature; member changes invalidate these and the project's access. */
export const participationKeys = {
  all: ['participations'] as const,
  project: (projectId: number) => [...participationKeys.all, 'project', projectId] as const,
  list: (projectId: number, page: number) => [...participationKeys.project(projectId), page] as const,
  /** The people directory's searches (the typed text is appended by the picker). */
  people: ['participations', 'people'] as const,
};
