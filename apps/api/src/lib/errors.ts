/**
 * Typed errors thrown by services and plugins. The error handler (plugins/errors.ts) renders
 * every one of them into the one error body (docs/api/README.md#errors); nothing else builds error bodies.
 */
import { ERROR_CODES, type ErrorCode, type FieldError } from '@timekeeper/shared';

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].error;
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError('conflict', message, extra);
export const unauthorized = (message = 'Authentication required') => new AppError('unauthorized', message);
export const validationFailed = (message: string, errors: FieldError[]) => new AppError('validation_error', message, { errors });
export const unprocessable = (message: string, extra: Record<string, unknown> = {}) => new AppError('unprocessable', message, extra);
export const badRequest = (message: string) => new AppError('bad_request', message);
/** The 403 of an account permission missing for `what` ("Deleting a task you did not create"). */
export const permissionRequired = (permission: string, what: string) =>
  new AppError('forbidden', `${what} requires the '${permission}' permission`, { required_permission: permission });
