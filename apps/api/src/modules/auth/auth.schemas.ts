import { Type } from 'typebox';
import { Email, Password, PersonName, TimeZoneName, User } from '../users/users.schemas.js';

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);

export const SessionResponse = Type.Object({ user: User, csrf_token: Type.String() });

export const SetupStatus = Type.Object({ needs_setup: Type.Boolean() });

export const SetupBody = Type.Object(
  {
    email: Email,
    name: PersonName,
    password: Password,
    time_zone: Type.Optional(TimeZoneName),
  },
  {
    additionalProperties: false,
    description: "time_zone (the first administrator's browser zone) becomes the organisation's default_time_zone; UTC when left out",
  },
);

export const ChangePasswordBody = Type.Object(
  { current_password: Type.String({ minLength: 1, maxLength: 1024 }), new_password: Password },
  { additionalProperties: false },
);

export const LogoutEverywhereBody = Type.Object(
  { keep_current: Type.Optional(Type.Boolean({ description: 'Keep this session signed in (default false)' })) },
  { additionalProperties: false },
);

export const SessionInfo = Type.Object({
  id: Type.String({ description: 'A short, non-secret prefix of the session id' }),
  created_at: Type.String(),
  last_seen_at: Type.String(),
  expires_at: Type.String(),
  ip: Type.Union([Type.String(), Type.Null()]),
  user_agent: Type.Union([Type.String(), Type.Null()]),
  current: Type.Boolean(),
});

export const SessionList = Type.Object({ sessions: Type.Array(SessionInfo) });

export const LogoutEverywhereResult = Type.Object({ ended: Type.Integer() });
