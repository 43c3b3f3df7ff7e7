/**
 * Error codes and the error body every API error has (docs/api/README.md#errors):
 * `{ error, message, code, request_id, ...extra }`.
 */
export const ERROR_CODES = {
  validation_error: { status: 400, error: 'Validation failed' },
  bad_request: { status: 400, error: 'Bad request' },
  unauthorized: { status: 401, error: 'Authentication required' },
  invalid_credentials: { status: 401, error: 'Invalid credentials' },
  forbidden: { status: 403, error: 'Insufficient permissions' },
  csrf_failed: { status: 403, error: 'CSRF token missing or invalid' },
  not_found: { status: 404, error: 'Not found' },
  method_not_allowed: { status: 405, error: 'Method not allowed' },
  conflict: { status: 409, error: 'Conflict' },
  payload_too_large: { status: 413, error: 'Payload too large' },
  unsupported_media_type: { status: 415, error: 'Unsupported media type' },
  unprocessable: { status: 422, error: 'Unprocessable request' },
  rate_limited: { status: 429, error: 'Too many requests' },
  internal_error: { status: 500, error: 'Internal server error' },
  service_unavailable: { status: 503, error: 'Service unavailable' },
} as const satisfies Record<string, { status: number; error: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  code: ErrorCode;
  request_id: string;
  errors?: FieldError[];
  required_scope?: string;
  available_scopes?: string[];
  required_permission?: string;
  [extra: string]: unknown;
}
