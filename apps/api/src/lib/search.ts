/**
 * Free-text `q` filters: a LIKE/ILIKE pattern matching the text anywhere, with the caller's `%`,
 * `_` and `\` taken literally (a search for "50%" must not match everything).
 */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
