import { TIME_FORMATS, WEEK_STARTS } from '@timekeeper/shared';
import { Type, type TSchema } from 'typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../lib/passwords.js';
import { Id, IsoDateTime, Pagination, PaginationQuery, StringEnum } from '../../lib/schemas.js';

export const Email = Type.String({ format: 'email', minLength: 3, maxLength: 254 });
export const PersonName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
export const Password = Type.String({
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
  description: `At least ${MIN_PASSWORD_LENGTH} characters`,
});

/** An IANA time zone name; the API stores its canonical spelling (`europe/berlin` → `Europe/Berlin`). */
export const TimeZoneName = Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone name, e.g. Europe/Berlin' });
export const WeekStartName = StringEnum(WEEK_STARTS, { description: 'The day a week starts on: monday | sunday | saturday' });
export const LocaleTag = Type.String({
  minLength: 1,
  maxLength: 35,
  description: 'BCP 47 language tag for number and date formats, e.g. en-GB',
});
export const TimeFormatName = StringEnum(TIME_FORMATS, { description: 'Clock: 12h | 24h' });

const TimeSettingSource = StringEnum(['user', 'organisation'] as const);

export const RoleRef = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  is_system_role: Type.Boolean(),
  expires_at: Type.Union([IsoDateTime, Type.Null()]),
});

export const User = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  is_active: Type.Boolean(),
  legacy_role: Type.Union([Type.String(), Type.Null()], { description: 'Legacy single-role column; shown as a migration hint' }),
  roles: Type.Array(RoleRef),
  created_at: IsoDateTime,
  last_login_at: Type.Union([IsoDateTime, Type.Null()]),
});

/**
 * Yourself: your user, and the time settings that apply to you (your own value, else the
 * organisation's default from the settings); `time_settings_source` says which for each.
 */
export const Me = Type.Object({
  ...User.properties,
  time_zone: TimeZoneName,
  week_start: WeekStartName,
  locale: LocaleTag,
  time_format: TimeFormatName,
  time_settings_source: Type.Object(
    { time_zone: TimeSettingSource, week_start: TimeSettingSource, locale: TimeSettingSource, time_format: TimeSettingSource },
    { description: "user: your own value; organisation: you have none, so the organisation's default applies" },
  ),
});

export const RoleAssignment = Type.Object(
  {
    role: Type.Union([Id, Type.String({ minLength: 1, maxLength: 50 })], { description: 'Role id or name' }),
    expires_at: Type.Optional(Type.Union([IsoDateTime, Type.Null()])),
  },
  { additionalProperties: false },
);

export const CreateUserBody = Type.Object(
  { email: Email, name: PersonName, password: Password, roles: Type.Optional(Type.Array(RoleAssignment, { maxItems: 50 })) },
  { additionalProperties: false },
);

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(PersonName),
    email: Type.Optional(Email),
    is_active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** null sets a time setting back to the organisation's default. */
const OwnOrDefault = <T extends TSchema>(schema: T, description: string) =>
  Type.Optional(Type.Union([schema, Type.Null()], { description: `${description}; null: back to the organisation's default` }));

export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(PersonName),
    email: Type.Optional(Email),
    time_zone: OwnOrDefault(TimeZoneName, 'Your time zone (IANA name, e.g. Europe/Berlin); an unknown zone is a 400'),
    week_start: OwnOrDefault(WeekStartName, 'The day your week starts on'),
    locale: OwnOrDefault(LocaleTag, 'Your locale (BCP 47)'),
    time_format: OwnOrDefault(TimeFormatName, 'Your clock'),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const SetRolesBody = Type.Object({ roles: Type.Array(RoleAssignment, { maxItems: 50 }) }, { additionalProperties: false });

export const UsersQuery = Type.Object(
  {
    ...PaginationQuery,
    q: Type.Optional(Type.String({ maxLength: 200 })),
    is_active: Type.Optional(Type.Boolean()),
    role: Type.Optional(Type.String({ maxLength: 50 })),
  },
  { additionalProperties: false },
);

export const UserList = Type.Object({ users: Type.Array(User), pagination: Pagination });

export const MyPermissions = Type.Object({
  user_id: Type.Integer(),
  is_admin: Type.Boolean(),
  roles: Type.Array(RoleRef),
  permissions: Type.Array(Type.String()),
  scopes: Type.Union([Type.Array(Type.String()), Type.Null()]),
  version: Type.Integer({ description: 'Authorization version: changes whenever any role, assignment or session changes' }),
});

export const PermissionDetail = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  category: Type.String(),
  description: Type.String(),
});

export const UserPermissions = Type.Object({
  user_id: Type.Integer(),
  username: Type.String({ description: 'The sign-in email' }),
  name: Type.String(),
  is_active: Type.Boolean(),
  is_admin: Type.Boolean(),
  roles: Type.Array(RoleRef),
  permissions: Type.Array(PermissionDetail),
});
