import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type LeadList = ApiData<'/leads', 'get'>;
export type Lead = ItemOf<LeadList['leads']>;
export type LeadStatus = Lead['status'];
export type LeadFilters = ApiQuery<'/leads', 'get'>;
export type LeadBody = ApiBody<'/leads', 'post'>;
export type LeadUpdate = ApiBody<'/leads/{id}', 'patch'>;
export type ConvertBody = ApiBody<'/leads/{id}/convert', 'post'>;
export type ConvertResult = ApiData<'/leads/{id}/convert', 'post'>;

export type DealList = ApiData<'/deals', 'get'>;
export type Deal = ItemOf<DealList['deals']>;
export type DealStatus = Deal['status'];
export type DealFilters = ApiQuery<'/deals', 'get'>;
export type DealBody = ApiBody<'/deals', 'post'>;
export type DealUpdate = ApiBody<'/deals/{id}', 'patch'>;

export type ContactList = ApiData<'/clients/{id}/contacts', 'get'>;
export type Contact = ItemOf<ContactList['contacts']>;
export type ContactBody = ApiBody<'/clients/{id}/contacts', 'post'>;
export type ContactUpdate = ApiBody<'/contacts/{id}', 'patch'>;
