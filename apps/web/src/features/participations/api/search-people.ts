import { api, ok } from '@/lib/api-client';
import type { SearchOption } from '@/components/ui/search-select';
import type { Person } from './types';

/** GET /people?q= (docs/api/people.md): id and name of active people, for everyone who may add members. */
export async function searchPeople(q: string, signal?: AbortSignal): Promise<Person[]> {
  return (await ok(api.GET('/people', { params: { query: { q } }, signal }))).people;
}

/** A person as the member picker offers them. */
export type PersonOption = SearchOption & { id: number };

export async function searchPersonOptions(q: string, signal?: AbortSignal): Promise<PersonOption[]> {
  return (await searchPeople(q, signal)).map((p) => ({ id: p.id, value: String(p.id), label: p.name }));
}
