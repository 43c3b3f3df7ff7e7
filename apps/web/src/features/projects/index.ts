/**
 * What pages and other features use of projects. The project page is `<ProjectDetailView>`; its
 * Members tab comes from @/features/participations, which sits above projects and composes in app/.
 */
export { ProjectDetailView } from './components/project-detail-view';
export { CreateProjectDialog } from './components/create-project-dialog';
export { ProjectsFilters } from './components/projects-filters';
export { ProjectsTable } from './components/projects-table';
export { useProjectFilters } from './lib/use-project-filters';
export { useProjects } from './api/get-projects';
export { useClient, useClientOptions } from './api/get-client-options';
export { ClientPicker } from './components/client-picker';
export { projectKeys } from './api/project-keys';
export type { ClientOption, Project } from './api/types';
