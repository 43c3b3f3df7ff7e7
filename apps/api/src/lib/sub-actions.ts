/**
 * A request that does more than its route's own thing — converting a lead that creates a client
 * and a deal, winning a deal that creates a project — needs what doing those things directly
 * would need: the account permission, and for an API token the scope (docs/api/crm.md). The 403s
 * carry the one error body, naming what was missing, like the access plugin's.
 */
import { scopeSatisfies, type Permission, type RequiredScope } from '@timekeeper/shared';
import { requirePermission, type Actor } from './actor.js';
import { AppError } from './errors.js';

export function requireSubAction(actor: Actor, what: string, permission: Permission, scope: RequiredScope): void {
  if (actor.scopes !== null && !scopeSatisfies(actor.scopes, scope)) {
    throw new AppError('forbidden', `${what} requires the '${scope}' scope`, {
      required_scope: scope,
      available_scopes: [...actor.scopes],
    });
  }
  requirePermission(actor, permission, what);
}
