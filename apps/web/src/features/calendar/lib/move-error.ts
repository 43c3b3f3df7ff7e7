import { isApiError } from '@/lib/api-client';

/** Why a drag was refused, in the API's own words (its field messages without their field names). */
export function moveErrorMessage(error: unknown): string {
  if (isApiError(error) && error.fieldErrors.length > 0) return error.fieldErrors.map((f) => f.message).join(' ');
  if (error instanceof Error && error.message) return error.message;
  return 'The entry could not be moved. Try again.';
}
