/** Shapes of the participations endpoints (docs/api/participations.md), generated from the API's schemas. */
import type { ApiBody, ApiData, ItemOf } from '@/lib/api/types';

export type ParticipationList = ApiData<'/participations', 'get'>;
/** `access_level` is the response mapping of `level` (docs/api/participations.md#levels); the scheduling flags come only with optional_fields. */
export type Participation = ItemOf<ParticipationList['participations']>;
export type CreateParticipationBody = ApiBody<'/participations', 'post'>;
export type UpdateParticipationBody = ApiBody<'/participations/{id}', 'put'>;
/** Top-level flags, and Track Time / Track Expenses inside `permissions` (docs/api/participations.md). */
export type ParticipationFlagsBody = Pick<
  UpdateParticipationBody,
  'can_invite' | 'can_post' | 'can_schedule_their_hours' | 'can_schedule_team_hours' | 'permissions'
>;
/** A person to add to a project: id and name from the people directory (GET /people). */
export type Person = ItemOf<ApiData<'/people', 'get'>['people']>;
