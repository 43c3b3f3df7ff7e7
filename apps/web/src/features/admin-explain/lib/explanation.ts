/**
 * The parts of an explanation the API's schema leaves open (`Type.Object({}, { additionalProperties: true })`
 * in apps/api authz.schemas.ts), read into the shapes docs/api/roles-and-permissions.md describes. A part that
 * does not match is not shown rather than shown wrong.
 */
import type { Explanation } from '../api/types';

type Open = Record<string, unknown>;

export type ExplainReason =
  | {
      kind: 'role';
      role_name: string;
      is_system_role: boolean;
      expires_at: string | null;
      via: 'direct' | 'implied';
      implied_by?: string;
    }
  | { kind: 'legacy_admin' };

export type ExplainBlocker =
  { kind: 'inactive_user' } | { kind: 'expired_assignment'; role_name: string; expired_at: string } | { kind: 'not_granted' };

export type DecidedBy =
  { kind: 'level'; minimum: string } | { kind: 'flag'; flag: string } | { kind: 'permission'; permission: string; allOf?: string[] };

export type Alternative = string | { anyOf: string[] } | { allOf: string[] };

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((v): v is string => typeof v === 'string') ? value : undefined;

export function readReason(r: Open): ExplainReason | null {
  if (r.kind === 'legacy_admin') return { kind: 'legacy_admin' };
  const roleName = text(r.role_name);
  if (r.kind !== 'role' || roleName === undefined) return null;
  return {
    kind: 'role',
    role_name: roleName,
    is_system_role: r.is_system_role === true,
    expires_at: text(r.expires_at) ?? null,
    via: r.via === 'implied' ? 'implied' : 'direct',
    implied_by: text(r.implied_by),
  };
}

export function readBlocker(b: Open): ExplainBlocker | null {
  if (b.kind === 'inactive_user' || b.kind === 'not_granted') return { kind: b.kind };
  const roleName = text(b.role_name);
  const expiredAt = text(b.expired_at);
  if (b.kind !== 'expired_assignment' || roleName === undefined || expiredAt === undefined) return null;
  return { kind: 'expired_assignment', role_name: roleName, expired_at: expiredAt };
}

export function readDecidedBy(d: Open): DecidedBy | null {
  const minimum = text(d.minimum);
  const flag = text(d.flag);
  const permission = text(d.permission);
  if (d.kind === 'level' && minimum !== undefined) return { kind: 'level', minimum };
  if (d.kind === 'flag' && flag !== undefined) return { kind: 'flag', flag };
  if (d.kind === 'permission' && permission !== undefined) return { kind: 'permission', permission, allOf: texts(d.allOf) };
  return null;
}

export function readParticipation(p: Open): { level: string; flags: Record<string, boolean> } {
  const flags = typeof p.flags === 'object' && p.flags !== null ? Object.entries(p.flags) : [];
  return { level: text(p.level) ?? '', flags: Object.fromEntries(flags.map(([f, on]) => [f, on === true])) };
}

export function readAlternative(req: NonNullable<Explanation['alternative_permission']>): Alternative | null {
  if (typeof req === 'string') return req;
  const anyOf = texts(req.anyOf);
  const allOf = texts(req.allOf);
  return anyOf ? { anyOf } : allOf ? { allOf } : null;
}
