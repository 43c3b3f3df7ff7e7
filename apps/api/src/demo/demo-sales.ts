/**
 * The demo's sales data (demo-org.ts): contacts of the clients, and the manager's and the user's
 * leads and deals — open ones in several stages, one won, one lost, one lead converted. Written
 * through the services acting as each owner, so the records are audited like real ones.
 */
import type { Db } from '../db/client.js';
import { systemActor, type Actor } from '../lib/actor.js';
import { createContact } from '../modules/contacts/contacts.service.js';
import { createDeal, loseDeal, winDeal } from '../modules/deals/deals.service.js';
import { convertLead, createLead } from '../modules/leads/leads.service.js';
import { DEMO_CONTACTS, DEMO_DEALS, DEMO_LEADS } from './demo-org.js';

const DAY_MS = 86_400_000;

export async function seedSales(db: Db, userIds: Map<string, number>, clientIds: Map<string, number>, today: number): Promise<void> {
  const as = (key: string): Actor => ({ ...systemActor('system'), userId: userIds.get(key)! });
  const system = systemActor('system');
  for (const { client, ...contact } of DEMO_CONTACTS) await createContact(db, system, clientIds.get(client)!, contact);
  for (const { owner, convert_into, ...lead } of DEMO_LEADS) {
    const created = await createLead(db, as(owner), lead);
    if (convert_into) await convertLead(db, as(owner), created.id, { client_id: clientIds.get(convert_into)! });
  }
  for (const d of DEMO_DEALS) {
    const created = await createDeal(db, as(d.owner), {
      name: d.name,
      client_id: d.client ? clientIds.get(d.client)! : null,
      stage: d.stage,
      value_amount: d.value_amount,
      probability: d.probability,
      expected_close_date: new Date(today + d.closes_in_days * DAY_MS).toISOString().slice(0, 10),
    });
    if (d.outcome && 'won' in d.outcome) await winDeal(db, as(d.owner), created.id, {});
    if (d.outcome && 'lost' in d.outcome) await loseDeal(db, as(d.owner), created.id, { reason: d.outcome.lost });
  }
}
