import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { projectKeys } from './project-keys';
import type { NewProject, Project } from './types';

/** POST /projects (create_projects): the creator becomes the project's administrator. */
export function createProject(body: NewProject): Promise<Project> {
  return ok(api.POST('/projects', { body }));
}

export function useCreateProject() {
  return useInvalidatingMutation(createProject, [projectKeys.lists()], { done: (project) => `${project.name} created` });
}
