/**
 * Writes the demo organisation (demo-org.ts; its sales data through demo-sales.ts) and three months
 * of time entries and expenses,
 * generated deterministically (a seeded PRNG), so every run produces the same data.
 * Runs once: when the demo super admin exists already, it does nothing.
 */
import { levelAtLeast } from '@timekeeper/shared';
import { and, asc, eq, gte } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { clients, expenses, participations, projects, tasks, timeEntries, timeEntryApprovals, users } from '../db/schema/index.js';
import { createInvoiceFromTime, sendInvoice } from '../modules/invoices/invoices.service.js';
import { systemActor } from '../lib/actor.js';
import { createRole } from '../modules/roles/roles.service.js';
import { createUser } from '../modules/users/users.service.js';
import { seedSales } from './demo-sales.js';
import {
  DEMO_CLIENTS,
  DEMO_CUSTOM_ROLES,
  DEMO_EXPENSE_CATEGORIES,
  DEMO_PASSWORD,
  DEMO_PROJECTS,
  DEMO_USERS,
  demoEmail,
  type DemoMember,
} from './demo-org.js';

export const DEMO_DAYS = 91;
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function canLogTime(m: DemoMember): boolean {
  return levelAtLeast(m.level, 'edit_time_and_expenses') || m.flags?.can_edit_time === true;
}
export function canLogExpenses(m: DemoMember): boolean {
  return levelAtLeast(m.level, 'edit_time_and_expenses') || m.flags?.can_edit_expense === true;
}

const NOTES = ['Implementation', 'Review and fixes', 'Client call', 'Planning', 'Testing', 'Documentation', 'Pairing session', ''];

async function insertInBatches<T>(items: T[], insert: (batch: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size));
}

export interface DemoSummary {
  seeded: boolean;
  users: number;
  projects: number;
  timeEntries: number;
  expenses: number;
}

export async function seedDemo(db: Db, now = new Date()): Promise<DemoSummary> {
  const [existing] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, demoEmail('super')));
  if (existing) return { seeded: false, users: 0, projects: 0, timeEntries: 0, expenses: 0 };
  const actor = systemActor('system');

  for (const role of DEMO_CUSTOM_ROLES)
    await createRole(db, actor, { name: role.name, description: role.description, permissions: [...role.permissions] });
  const userIds = new Map<string, number>();
  for (const u of DEMO_USERS) {
    const created = await createUser(db, actor, {
      email: demoEmail(u.key),
      name: u.name,
      password: DEMO_PASSWORD,
      roles: u.roles.map((role) => ({ role })),
    });
    userIds.set(u.key, created.id);
  }

  const clientIds = new Map<string, number>();
  for (const c of DEMO_CLIENTS) {
    const [row] = await db
      .insert(clients)
      .values({ name: c.name, email: c.email, notes: c.notes, createdBy: userIds.get('manager')! })
      .returning({ id: clients.id });
    clientIds.set(c.key, row!.id);
  }

  const random = prng(20261123);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const entryRows: (typeof timeEntries.$inferInsert)[] = [];
  const expenseRows: (typeof expenses.$inferInsert)[] = [];
  // Per user and day: the hour (UTC) at which their next entry may start, so entries never overlap.
  const cursor = new Map<string, number>();

  for (const p of DEMO_PROJECTS) {
    const creator = p.members.find((m) => m.level === 'admin')!.user;
    const [project] = await db
      .insert(projects)
      .values({
        name: p.name,
        clientId: p.client ? clientIds.get(p.client)! : null,
        status: p.status,
        billable: p.billable,
        hourlyRate: p.hourlyRate,
        budgetAmount: p.budgetAmount,
        description: `${p.name} (demo)`,
        createdBy: userIds.get(creator)!,
      })
      .returning({ id: projects.id });
    const projectId = project!.id;
    await db.insert(participations).values(
      p.members.map((m) => ({
        projectId,
        userId: userIds.get(m.user)!,
        level: m.level,
        canInvite: m.flags?.can_invite ?? false,
        canPost: m.flags?.can_post ?? false,
        canEditTime: m.flags?.can_edit_time ?? false,
        canEditExpense: m.flags?.can_edit_expense ?? false,
        canScheduleTheirHours: m.flags?.can_schedule_their_hours ?? false,
        canScheduleTeamHours: m.flags?.can_schedule_team_hours ?? false,
      })),
    );
    const taskRows = await db
      .insert(tasks)
      .values(
        p.tasks.map((t) => ({
          projectId,
          name: t.name,
          status: t.status,
          assigneeId: t.assignee ? userIds.get(t.assignee)! : null,
          createdBy: userIds.get(creator)!,
        })),
      )
      .returning({ id: tasks.id });

    // Archived projects stopped two months ago.
    const lastDay = p.status === 'archived' ? 60 : 1;
    for (const m of p.members) {
      const userId = userIds.get(m.user)!;
      for (let back = DEMO_DAYS; back >= lastDay; back--) {
        const day = today - back * DAY_MS;
        const weekday = new Date(day).getUTCDay();
        if (weekday === 0 || weekday === 6) continue;
        if (canLogTime(m) && random() < 0.55) {
          const key = `${userId}:${day}`;
          const startHour = cursor.get(key) ?? 8;
          const hours = 1 + Math.floor(random() * 12) / 4; // 1h .. 3h45 in quarters
          if (startHour + hours <= 18) {
            cursor.set(key, startHour + hours + 0.5);
            const start = new Date(day + startHour * 3_600_000);
            const end = new Date(start.getTime() + hours * 3_600_000);
            entryRows.push({
              userId,
              projectId,
              taskId: taskRows.length > 0 && random() < 0.7 ? taskRows[Math.floor(random() * taskRows.length)]!.id : null,
              startTime: start,
              endTime: end,
              durationSeconds: hours * 3600,
              billable: p.billable,
              notes: NOTES[Math.floor(random() * NOTES.length)]!,
            });
          }
        }
        if (canLogExpenses(m) && random() < 0.04) {
          expenseRows.push({
            userId,
            projectId,
            date: new Date(day).toISOString().slice(0, 10),
            amount: Math.round((10 + random() * 390) * 100) / 100,
            currency: 'EUR',
            category: DEMO_EXPENSE_CATEGORIES[Math.floor(random() * DEMO_EXPENSE_CATEGORIES.length)]!,
            description: 'Demo expense',
            billable: p.billable,
          });
        }
      }
    }
  }
  await insertInBatches(entryRows, (batch) => db.insert(timeEntries).values(batch));
  await insertInBatches(expenseRows, (batch) => db.insert(expenses).values(batch));
  await seedMoney(db, actor, userIds, today);
  await seedSales(db, userIds, clientIds, today);
  return {
    seeded: true,
    users: DEMO_USERS.length,
    projects: DEMO_PROJECTS.length,
    timeEntries: entryRows.length,
    expenses: expenseRows.length,
  };
}

/**
 * Approvals and an invoice: last week's entries of the Acme project are submitted (a few already
 * approved), and the month before last is invoiced and sent.
 */
async function seedMoney(db: Db, actor: ReturnType<typeof systemActor>, userIds: Map<string, number>, today: number): Promise<void> {
  const [acme] = await db.select({ id: projects.id }).from(projects).where(eq(projects.name, DEMO_PROJECTS[0]!.name));
  const weekAgo = new Date(today - 8 * DAY_MS);
  const recent = await db
    .select({ id: timeEntries.id, userId: timeEntries.userId })
    .from(timeEntries)
    .where(and(eq(timeEntries.projectId, acme!.id), gte(timeEntries.startTime, weekAgo)))
    .orderBy(asc(timeEntries.startTime));
  const manager = userIds.get('manager')!;
  const approvals = recent.map((e, i): typeof timeEntryApprovals.$inferInsert => ({
    timeEntryId: e.id,
    requestedBy: e.userId,
    status: i < 2 ? 'approved' : 'pending',
    decidedBy: i < 2 ? manager : null,
    decidedAt: i < 2 ? new Date() : null,
    comment: 'Week review',
  }));
  if (approvals.length > 0) await db.insert(timeEntryApprovals).values(approvals);

  const start = new Date(today - 62 * DAY_MS);
  const monthStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  const monthEnd = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  try {
    const invoice = await createInvoiceFromTime(db, actor, {
      project_id: acme!.id,
      start_date: monthStart.toISOString().slice(0, 10),
      end_date: monthEnd.toISOString().slice(0, 10),
      tax_rate: 19,
      notes: 'Thank you for your business.',
    });
    await sendInvoice(db, actor, invoice.id);
  } catch {
    // Nothing billable in that month (a very short demo window): the demo simply has no invoice.
  }
}

export function demoLoginsText(): string {
  const width = Math.max(...DEMO_USERS.map((u) => demoEmail(u.key).length));
  const lines = DEMO_USERS.map((u) => `  ${demoEmail(u.key).padEnd(width)}  ${u.roles.join(', ')}`);
  return [`Demo logins (password for all: ${DEMO_PASSWORD}):`, ...lines].join('\n');
}
