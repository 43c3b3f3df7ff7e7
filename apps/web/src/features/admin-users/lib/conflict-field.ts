import { isApiError } from '@/lib/api-client';
import { fieldError } from '@/lib/field-errors';

/**
 * A field's error: a validation error for it, or a 409 whose body names it
 * (`{"code":"conflict","field":"email"}` — the email is taken).
 */
export function formFieldError(error: unknown, field: string): string | undefined {
  const validation = fieldError(error, field);
  if (validation) return validation;
  return isApiError(error) && error.status === 409 && error.body?.field === field ? error.message : undefined;
}
