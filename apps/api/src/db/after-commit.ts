/**
 * Work that must wait until a transaction has committed — such as telling this instance's
 * authorization cache that a change it just made now counts. `trackCommits(db)` (applied by
 * `createDb`) wraps the database's `transaction`, so `afterCommit(tx, hook)` runs `hook` right
 * after the outermost transaction commits, before `transaction()` returns; never when it rolls
 * back (nor for a savepoint that rolled back). Outside a transaction the statement has already
 * committed, so the hook runs at once.
 */
import type { Db } from './client.js';

/** Gets the database the transaction belonged to (or `tx` itself when it was not tracked). */
export type CommitHook = (db: object) => void;

type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];
type TransactionConfig = Parameters<Db['transaction']>[1];

const pending = new WeakMap<object, CommitHook[]>();

function tracked(tx: Transaction, hooks: CommitHook[]): Transaction {
  pending.set(tx, hooks);
  const savepoint = tx.transaction.bind(tx);
  tx.transaction = async <T>(fn: (inner: Transaction) => Promise<T>): Promise<T> => {
    const inner: CommitHook[] = [];
    const result = await savepoint((sub) => fn(tracked(sub, inner)));
    hooks.push(...inner); // the savepoint was released: its hooks wait for the outer commit
    return result;
  };
  return tx;
}

export function trackCommits(db: Db): Db {
  const begin = db.transaction.bind(db);
  db.transaction = async <T>(fn: (tx: Transaction) => Promise<T>, config?: TransactionConfig): Promise<T> => {
    const hooks: CommitHook[] = [];
    const result = await begin((tx) => fn(tracked(tx, hooks)), config);
    for (const hook of hooks) hook(db);
    return result;
  };
  return db;
}

/** Runs `hook` once `tx` has committed (at once when `tx` is the database itself). */
export function afterCommit(tx: Transaction | Db, hook: CommitHook): void {
  const hooks = pending.get(tx);
  if (hooks) hooks.push(hook);
  else hook(tx);
}
