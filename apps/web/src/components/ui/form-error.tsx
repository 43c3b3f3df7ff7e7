import { isApiError } from '@/lib/api-client';
import { fieldOf, type FieldLabels } from '@/lib/error-words';
import { Alert } from './alert';
import { ErrorMessage } from './error-message';

/**
 * The error above a form. When every field error of the API's answer is shown next to its input
 * (`fields` lists the body fields the form shows), a short pointer is enough; anything else —
 * a 403 naming the missing level, a 409, an error on a field the form does not show — is shown
 * in full, in plain words (fields named by `labels` where given), with "Try again" when the server
 * failed and `onRetry` repeats the action.
 */
export function FormError({
  error,
  fields,
  labels,
  onRetry,
}: {
  error: unknown;
  fields: readonly string[];
  labels?: FieldLabels;
  onRetry?: () => void;
}) {
  if (!error) return null;
  if (isApiError(error) && error.fieldErrors.length > 0 && error.fieldErrors.every((e) => fields.includes(fieldOf(e.path)))) {
    return <Alert tone="error">Please correct the fields marked below.</Alert>;
  }
  return <ErrorMessage error={error} title="Could not save" labels={labels} onRetry={onRetry} retryLabel="Try again" />;
}
