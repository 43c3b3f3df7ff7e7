/** Where a committed generated file first differs from what the generator writes, for the drift tests' failure messages. */
export function firstDifference(committed: string, expected: string): string {
  if (committed === expected) return '';
  const a = committed.split('\n');
  const b = expected.split('\n');
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i === -1 ? a.length : i;
  return ` (first difference at line ${at + 1}: committed ${JSON.stringify(a[at] ?? '<end of file>')}, generated ${JSON.stringify(b[at] ?? '<end of file>')})`;
}
