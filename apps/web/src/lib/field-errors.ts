import { isApiError } from './api-client';
import { fieldOf } from './error-words';

export { fieldOf };

/** The message for one form field, in plain words; paths look like `body.email` or `body.roles.0.role`. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const match = error.fieldErrors.find((e) => fieldOf(e.path) === field);
  return match?.message;
}

/**
 * A field's error: a validation error for it, or a 409 whose body names it
 * (`{"code":"conflict","field":"email"}` — the email is taken).
 */
export function fieldOrConflictError(error: unknown, field: string): string | undefined {
  const validation = fieldError(error, field);
  if (validation) return validation;
  return isApiError(error) && error.status === 409 && error.body?.field === field ? error.message : undefined;
}
