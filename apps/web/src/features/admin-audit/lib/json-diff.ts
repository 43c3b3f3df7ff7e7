/**
 * A readable before/after diff of two JSON values for the audit log.
 *
 * Values are flattened to `path → leaf` pairs and compared path by path. Arrays get stable keys
 * where they have them, so one inserted role does not make every later index "changed":
 * - arrays of primitives (permission lists, scopes) are sets: `permissions[view_users]`;
 * - arrays of objects with an `id` are keyed by it: `roles[id=4].expires_at`;
 * - other arrays by index: `items[0]`.
 */
export type DiffKind = 'added' | 'removed' | 'changed';

export interface DiffEntry {
  path: string;
  kind: DiffKind;
  before?: unknown;
  after?: unknown;
}

type Leaves = Map<string, unknown>;

const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';
const hasId = (v: unknown): v is { id: string | number } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'id' in v && isPrimitive((v as { id: unknown }).id);

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function flatten(value: unknown, path: string, out: Leaves): Leaves {
  if (isPrimitive(value)) {
    out.set(path === '' ? '(value)' : path, value);
  } else if (Array.isArray(value)) {
    if (value.length === 0) out.set(path === '' ? '(value)' : path, []);
    else if (value.every(isPrimitive)) for (const v of value) out.set(`${path}[${String(v)}]`, v);
    else if (value.every(hasId)) for (const v of value) flattenKeyed(v, `${path}[id=${String(v.id)}]`, out);
    else value.forEach((v, i) => flatten(v, `${path}[${i}]`, out));
  } else {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path === '' ? '(value)' : path, {});
    for (const [k, v] of entries) flatten(v, join(path, k), out);
  }
  return out;
}

/** An element keyed by its id: the id is in the path already, so it is not repeated as a leaf. */
function flattenKeyed(value: { id: string | number }, path: string, out: Leaves): void {
  const { id, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length === 0) out.set(path, id);
  else flatten(rest, path, out);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The changed leaves, in the order they appear (before's order, then new paths of after). */
export function diffJson(before: unknown, after: unknown): DiffEntry[] {
  const b = before === null || before === undefined ? new Map() : flatten(before, '', new Map());
  const a = after === null || after === undefined ? new Map() : flatten(after, '', new Map());
  const out: DiffEntry[] = [];
  for (const [path, value] of b) {
    if (!a.has(path)) out.push({ path, kind: 'removed', before: value });
    else if (!same(value, a.get(path))) out.push({ path, kind: 'changed', before: value, after: a.get(path) });
  }
  for (const [path, value] of a) if (!b.has(path)) out.push({ path, kind: 'added', after: value });
  return out;
}

export function formatLeaf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
