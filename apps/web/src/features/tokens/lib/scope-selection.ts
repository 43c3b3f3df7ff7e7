/**
 * The scope picker's rules, kept pure so they are easy to test. The vocabulary (scopes, presets,
 * who may be granted what) comes from @timekeeper/shared; this file only arranges it for the UI.
 * The API decides again on every create (422 names a refused scope).
 */
import {
  refusedScopes,
  SCOPE_NAMES,
  SCOPE_PRESETS,
  SCOPES,
  scopeSatisfies,
  type GrantRefusal,
  type Permission,
  type RequiredScope,
  type Scope,
} from '@timekeeper/shared';

export type Refusals = ReadonlyMap<string, GrantRefusal>;

/** Which scopes this person cannot be granted, and why. */
export function refusalsFor(owner: { isAdmin: boolean; permissions: readonly Permission[] }): Refusals {
  const refused = refusedScopes(SCOPE_NAMES, { isAdmin: owner.isAdmin, permissions: new Set(owner.permissions) });
  return new Map(refused.map((r) => [r.scope, r]));
}

/** The sentence shown under a scope that cannot be granted. */
export function refusalText(refusal: GrantRefusal): string {
  if (refusal.reason === 'admin_only') return 'For administrators only.';
  if (refusal.reason === 'unknown_scope') return 'Not a known scope.';
  const backers = (SCOPES[refusal.scope as Scope]?.backedBy ?? []) as readonly string[];
  const list = backers.length > 1 ? `${backers.slice(0, -1).join(', ')} or ${backers.at(-1)}` : backers[0];
  return `Not backed by your permissions: needs ${list}.`;
}

/** Wildcards and admin:all: offered to administrators only. */
export const ADMIN_SCOPES = SCOPE_NAMES.filter((s) => 'adminOnly' in SCOPES[s]);

/** A selected scope other than `scope` that already grants it (write:X grants read:X), or null. */
export function impliedBy(selected: ReadonlySet<string>, scope: string): string | null {
  if (scope.includes('*') || scope === 'admin:all') return null;
  for (const other of selected) {
    if (other !== scope && scopeSatisfies([other], scope as RequiredScope)) return other;
  }
  return null;
}

export function toggleScope(selected: ReadonlySet<string>, scope: string): Set<string> {
  const next = new Set(selected);
  if (next.has(scope)) next.delete(scope);
  else next.add(scope);
  return next;
}

export type Preset = (typeof SCOPE_PRESETS)[number];

/** Presets a person is offered: the admin preset only to administrators. */
export function visiblePresets(isAdmin: boolean): Preset[] {
  return SCOPE_PRESETS.filter((p) => isAdmin || !p.scopes.some((s) => 'adminOnly' in SCOPES[s]));
}

/** A preset replaces the selection; scopes this person cannot be granted are left out (and listed). */
export function applyPreset(preset: Preset, refusals: Refusals): { selected: Set<string>; leftOut: string[] } {
  const scopes = preset.scopes as readonly string[];
  return { selected: new Set(scopes.filter((s) => !refusals.has(s))), leftOut: scopes.filter((s) => refusals.has(s)) };
}

export function presetMatches(preset: Preset, selected: ReadonlySet<string>): boolean {
  const scopes = preset.scopes as readonly string[];
  return scopes.length === selected.size && scopes.every((s) => selected.has(s));
}

/** The request's scopes: what was picked, in catalog order. */
export function orderedScopes(selected: ReadonlySet<string>): string[] {
  return SCOPE_NAMES.filter((s) => selected.has(s));
}
