/**
 * The columns an update body changes. Update bodies carry only the fields to change (snake_case,
 * as in docs/api/); this maps each field that is present (not undefined) to its column. `null`
 * is kept: it clears the column. Fields left out of `columns` are the service's own business.
 */
export function changedColumns<I extends object, const M extends { [K in keyof I]?: string }>(
  input: I,
  columns: M,
): { [K in keyof M & keyof I as M[K] & string]?: Exclude<I[K], undefined> } {
  const changes: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns) as [keyof I & string, string][]) {
    if (input[field] !== undefined) changes[column] = input[field];
  }
  return changes as { [K in keyof M & keyof I as M[K] & string]?: Exclude<I[K], undefined> };
}
