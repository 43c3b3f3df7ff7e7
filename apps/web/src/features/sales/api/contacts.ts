import { useQuery } from '@tanstack/react-query';
import { api, ok } from '@/lib/api-client';
import { useInvalidatingMutation } from '@/lib/invalidating-mutation';
import { salesKeys } from './sales-keys';
import type { Contact, ContactBody, ContactList, ContactUpdate } from './types';

export function getContacts(clientId: number, q: string, signal?: AbortSignal): Promise<ContactList> {
  return ok(api.GET('/clients/{id}/contacts', { params: { path: { id: clientId }, query: { q: q || undefined, per_page: 100 } }, signal }));
}

/** GET /clients/{id}/contacts: the primary contact first. */
export function useContacts(clientId: number) {
  return useQuery({ queryKey: salesKeys.clientContacts(clientId), queryFn: ({ signal }) => getContacts(clientId, '', signal) });
}

export const contactName = (c: Pick<Contact, 'first_name' | 'last_name'>) => [c.first_name, c.last_name].filter(Boolean).join(' ');

/** POST /clients/{clientId}/contacts without an id, PATCH /contacts/{id} with one. */
export function saveContact({ clientId, id, body }: { clientId: number; id?: number | undefined; body: ContactUpdate }): Promise<Contact> {
  return id === undefined
    ? ok(api.POST('/clients/{id}/contacts', { params: { path: { id: clientId } }, body: body as ContactBody }))
    : ok(api.PATCH('/contacts/{id}', { params: { path: { id } }, body }));
}

export function useSaveContact() {
  return useInvalidatingMutation(saveContact, [salesKeys.contacts], {
    done: (contact, { id }) => (id === undefined ? `${contactName(contact)} added` : `${contactName(contact)} saved`),
  });
}

export function useDeleteContact() {
  return useInvalidatingMutation(
    (contact: Contact) => ok(api.DELETE('/contacts/{id}', { params: { path: { id: contact.id } } })),
    [salesKeys.contacts, salesKeys.deals],
    { done: (_, contact) => `${contactName(contact)} deleted` },
  );
}
