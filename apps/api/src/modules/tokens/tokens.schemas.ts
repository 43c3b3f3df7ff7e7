import { Type } from 'typebox';
import { Id, IsoDateTime, Pagination, PaginationQuery } from '../../lib/schemas.js';

const ScopeName = Type.String({ minLength: 1, maxLength: 50 });
const TokenName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const AllowedIps = Type.Union([Type.Array(Type.String({ minLength: 2, maxLength: 50 }), { maxItems: 50 }), Type.Null()], {
  description: 'IP addresses or CIDR ranges the token may be used from; null or omitted: anywhere',
});

export const TokenStatus = Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]);

export const Token = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  prefix: Type.String({ description: 'The first characters of the token, to tell tokens apart' }),
  scopes: Type.Array(Type.String()),
  allowed_ips: Type.Union([Type.Array(Type.String()), Type.Null()]),
  created_at: IsoDateTime,
  expires_at: IsoDateTime,
  last_used_at: Type.Union([IsoDateTime, Type.Null()]),
  last_used_ip: Type.Union([Type.String(), Type.Null()]),
  usage_count: Type.Integer(),
  revoked_at: Type.Union([IsoDateTime, Type.Null()]),
  status: TokenStatus,
});

export const CreatedToken = Type.Object({
  ...Token.properties,
  token: Type.String({ description: 'The secret. Shown once: store it now; it cannot be retrieved later.' }),
});

export const AdminToken = Type.Object({
  ...Token.properties,
  user: Type.Object({ id: Type.Integer(), email: Type.String(), name: Type.String() }),
});

export const CreateTokenBody = Type.Object(
  {
    name: TokenName,
    description: Type.Optional(Type.String({ maxLength: 500 })),
    scopes: Type.Array(ScopeName, { minItems: 1, maxItems: 30 }),
    expires_at: Type.Optional(IsoDateTime),
    expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    allowed_ips: Type.Optional(AllowedIps),
  },
  { additionalProperties: false },
);

export const UpdateTokenBody = Type.Object(
  {
    name: Type.Optional(TokenName),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    scopes: Type.Optional(Type.Array(ScopeName, { minItems: 1, maxItems: 30 })),
    allowed_ips: Type.Optional(AllowedIps),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const TokensQuery = Type.Object({ ...PaginationQuery, status: Type.Optional(TokenStatus) }, { additionalProperties: false });
export const AdminTokensQuery = Type.Object(
  { ...PaginationQuery, status: Type.Optional(TokenStatus), user_id: Type.Optional(Id), q: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

export const TokenList = Type.Object({ api_tokens: Type.Array(Token), pagination: Pagination });
export const AdminTokenList = Type.Object({ api_tokens: Type.Array(AdminToken), pagination: Pagination });

export const ScopeCatalog = Type.Object({
  scopes: Type.Array(
    Type.Object({ name: Type.String(), description: Type.String(), admin_only: Type.Boolean(), implies: Type.Array(Type.String()) }),
  ),
  presets: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), use_for: Type.String(), scopes: Type.Array(Type.String()) })),
  max_lifetime_days: Type.Integer(),
});
