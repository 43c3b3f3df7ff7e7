import { isApiError } from '@/lib/api-client';
import { Alert } from './alert';
import { ErrorMessage } from './error-message';

const fieldOf = (path: string) => path.replace(/^\/|^body[./]|^querystring[./]/, '');

/**
 * The error above a form. When every field error of the API's answer is shown next to its input
 * (`fields` lists the body fields the form shows), a short pointer is enough; anything else —
 * a 403 naming the missing level, a 409, an error on a field the form does not show — is shown
 * in full with the API's own message.
 */
export function FormError({ error, fields }: { error: unknown; fields: readonly string[] }) {
  if (!error) return null;
  if (isApiError(error) && error.fieldErrors.length > 0 && error.fieldErrors.every((e) => fields.includes(fieldOf(e.path)))) {
    return <Alert tone="error">Please correct the fields marked below.</Alert>;
  }
  return <ErrorMessage error={error} title="Could not save" />;
}
