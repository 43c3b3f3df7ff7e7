import type { SummaryParams } from './types';

/** Query keys of reports; any change to time entries invalidates `reportsKeys.all`. */
export const reportsKeys = {
  all: ['reports'] as const,
  summary: (params: SummaryParams) => [...reportsKeys.all, 'summary', params] as const,
};
