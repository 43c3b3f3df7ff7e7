import { isApiError } from '@/lib/api-client';
import type { FieldLabels } from '@/lib/error-words';
import { Alert } from './alert';
import { Button } from './button';

interface ErrorMessageProps {
  error: unknown;
  title?: string;
  /** The form's names for its fields, used in a validation message instead of the readable field name. */
  labels?: FieldLabels;
  /** Offered as a Retry button when trying again may work: the server failed (5xx) or could not be reached. */
  onRetry?: () => void;
  retryLabel?: string;
}

/** Trying again may work: a 5xx or no answer at all (not a refusal, which would only be refused again). */
export function isRetryable(error: unknown): boolean {
  return isApiError(error) ? error.serverFailed || error.unreachable : true;
}

function titleFor(error: unknown, title: string | undefined): string | undefined {
  if (isApiError(error) && error.serverFailed) return 'Something went wrong on the server';
  return title;
}

function messageFor(error: unknown, labels: FieldLabels | undefined): string {
  // A 500's title already says the server failed; a 503 says it is busy or restarting.
  if (isApiError(error) && error.serverFailed && error.status !== 503) return 'Try again; if it keeps happening, tell your administrator.';
  if (isApiError(error)) return error.describe(labels);
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** Shows an error for people: the API's message in plain words (lib/error-words.ts), its request id for support, Retry where it may help. */
export function ErrorMessage({ error, title, labels, onRetry, retryLabel = 'Retry' }: ErrorMessageProps) {
  const message = messageFor(error, labels);
  const requestId = isApiError(error) ? error.requestId : null;
  return (
    <Alert tone="error" title={titleFor(error, title)}>
      <p>{message}</p>
      {requestId ? <p className="mt-1 text-xs opacity-75">Request id: {requestId}</p> : null}
      {onRetry && isRetryable(error) ? (
        <Button variant="secondary" className="mt-2" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </Alert>
  );
}
