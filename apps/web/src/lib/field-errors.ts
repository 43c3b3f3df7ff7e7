import { isApiError } from './api-client';

/** The API's message for one form field; paths look like `body.email` or `body.roles.0.role`. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const match = error.fieldErrors.find((e) => e.path.replace(/^\/|^body[./]|^querystring[./]/, '') === field);
  return match?.message;
}
