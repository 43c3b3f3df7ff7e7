import type { ApiBody, ApiData, ApiQuery, ItemOf } from '@/lib/api/types';

export type ClientList = ApiData<'/clients', 'get'>;
export type Client = ItemOf<ClientList['clients']>;
export type ClientStatus = Client['status'];
export type ClientFilters = ApiQuery<'/clients', 'get'>;
export type ClientBody = ApiBody<'/clients', 'post'>;
export type ClientUpdate = ApiBody<'/clients/{id}', 'put'>;
