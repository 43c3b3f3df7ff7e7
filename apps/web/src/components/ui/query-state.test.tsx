import { useQuery } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { API, routes } from '@test/fake-api';
import { setupTestApiServer } from '@test/setup-test-api-server';
import { AppProviders } from '@/app/providers';
import { api, ok } from '@/lib/api-client';
import { QueryState } from './query-state';

const server = setupTestApiServer();

const wrapper = ({ children }: { children: React.ReactNode }) => <AppProviders>{children}</AppProviders>;

function Projects() {
  const query = useQuery({ queryKey: ['retry-test'], queryFn: () => ok(api.GET('/projects')), retry: false });
  return <QueryState query={query}>{(data) => <p>{data.projects.length} projects</p>}</QueryState>;
}

describe('a 5xx offers Retry', () => {
  it('says the server failed, without its text, and Retry loads the data again', async () => {
    let calls = 0;
    server.respondWith(
      routes({
        [`GET ${API}/projects`]: () => {
          calls += 1;
          return calls === 1
            ? [500, { error: 'Internal server error', code: 'internal_error', message: 'quote the request_id', request_id: 'r-1' }]
            : [200, { projects: [], pagination: { page: 1, per_page: 50, total: 0, pages: 0 } }];
        },
      }),
    );
    render(<Projects />, { wrapper });

    expect(await screen.findByText('Something went wrong on the server')).toBeTruthy();
    expect(screen.queryByText(/quote the request_id/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('0 projects')).toBeTruthy());
  });

  it('offers no Retry for a refusal (a 4xx would only be refused again)', async () => {
    server.respondWith(
      routes({
        [`GET ${API}/projects`]: () => [
          400,
          {
            error: 'Validation failed',
            code: 'validation_error',
            message: 'querystring.end_date must match format "date"',
            request_id: 'r-2',
            errors: [{ path: 'querystring.end_date', message: 'must match format "date"' }],
          },
        ],
      }),
    );
    render(<Projects />, { wrapper });

    expect(await screen.findByText('End date: enter a date like 2026-12-04.')).toBeTruthy();
    expect(screen.queryByText(/querystring/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
