// Every table, one file per aggregate. drizzle-kit reads this file to generate migrations.
export * from './settings.js';
