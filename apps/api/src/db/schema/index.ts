// Every table, one file per aggregate. drizzle-kit reads this file to generate migrations.
export * from './settings.js';
export * from './identity.js';
export * from './rbac.js';
export * from './audit.js';
export * from './tokens.js';
export * from './domain.js';
export * from './money.js';
export * from './rate-limits.js';
export * from './crm.js';
export * from './reporting.js';
