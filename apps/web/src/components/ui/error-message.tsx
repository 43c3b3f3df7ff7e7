import { isApiError } from '@/lib/api-client';
import { Alert } from './alert';

interface ErrorMessageProps {
  error: unknown;
  title?: string;
}

/** Shows an error for the user: the API's own message, plus its request id for support. */
export function ErrorMessage({ error, title }: ErrorMessageProps) {
  const message = isApiError(error) || error instanceof Error ? error.message : 'Something went wrong.';
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert tone="error" title={title}>
      <p>{message}</p>
      {requestId ? <p className="mt-1 text-xs opacity-75">Request id: {requestId}</p> : null}
    </Alert>
  );
}
