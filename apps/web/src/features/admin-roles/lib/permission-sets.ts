/**
 * Set arithmetic over the permission catalog for the role editor and the permission views.
 * The catalog itself comes from @timekeeper/shared; nothing here copies it.
 */
import { closePermissions, PERMISSION_NAMES, type Permission } from '@timekeeper/shared';

/** Catalog order, so lists read the same everywhere. */
function inCatalogOrder(names: Iterable<string>): Permission[] {
  const wanted = new Set(names);
  return PERMISSION_NAMES.filter((p) => wanted.has(p));
}

export interface PermissionDiff {
  added: Permission[];
  removed: Permission[];
}

/** What saving `after` over `before` would add and remove. */
export function diffPermissions(before: Iterable<string>, after: Iterable<string>): PermissionDiff {
  const b = new Set(before);
  const a = new Set(after);
  return {
    added: inCatalogOrder([...a].filter((p) => !b.has(p))),
    removed: inCatalogOrder([...b].filter((p) => !a.has(p))),
  };
}

export const isEmptyDiff = (diff: PermissionDiff) => diff.added.length === 0 && diff.removed.length === 0;

/**
 * Whether the caller may put `permission` into a role: the API refuses adding a permission
 * (or one it implies) that the caller does not hold (no escalation: docs/api/roles-and-permissions.md#guards-against-escalation).
 */
export function canGrant(permission: string, held: ReadonlySet<string>): boolean {
  for (const p of closePermissions([permission])) if (!held.has(p)) return false;
  return true;
}

/** The first permission in `wanted` (closed under implies) the caller lacks, or null. */
export function firstMissing(wanted: Iterable<string>, held: ReadonlySet<string>): Permission | null {
  for (const p of inCatalogOrder(closePermissions(wanted))) if (!held.has(p)) return p;
  return null;
}

export type SelectionState = 'all' | 'some' | 'none';

export function selectionState(permissions: readonly string[], selected: ReadonlySet<string>): SelectionState {
  const n = permissions.filter((p) => selected.has(p)).length;
  return n === 0 ? 'none' : n === permissions.length ? 'all' : 'some';
}

/**
 * The category's "select all" box: selects every permission of the category the caller may
 * grant, or — when those are all selected already — clears the category. Permissions the caller
 * cannot grant keep their state (they can be removed one by one, never added).
 */
export function toggleCategory(category: readonly string[], selected: ReadonlySet<string>, held: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  const grantable = category.filter((p) => canGrant(p, held));
  const allOn = grantable.length > 0 && grantable.every((p) => next.has(p));
  if (allOn) {
    for (const p of grantable) next.delete(p);
  } else {
    for (const p of grantable) next.add(p);
  }
  return next;
}

/** Permissions a role grants without storing them (through `implies`). */
export function impliedOnly(stored: Iterable<string>): Set<Permission> {
  const own = new Set(stored);
  return new Set([...closePermissions(own)].filter((p) => !own.has(p)));
}
