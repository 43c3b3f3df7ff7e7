/**
 * Source comments speak of this repository: they cite pages under docs/, never the product
 * specification or the seed documents it was built from (neither is part of the repository, so a
 * reader could not follow such a reference). This scans every tracked source file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCE = /\.(ts|tsx|mts|mjs|js|cjs|css|html|sh)$/;
// "SPEC §8", "SPEC.md", "../shared/…", "seed 003", "seeds/…"
const CITATION = /\bSPEC(\.md|\s*§)|\.\.\/shared\/|\bseeds?\s+0\d\d\b|\bseeds\//;

function citationsIn(text: string): { line: number; text: string }[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter((l) => CITATION.test(l.text));
}

describe('source comments', () => {
  it('the checker finds what it must and nothing else', () => {
    expect(citationsIn('// see SPEC §4.4\n// see SPEC.md\n/* seed 003 says */\n// ../shared/seeds/x.md').map((c) => c.line)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(citationsIn('// docs/api/README.md\nconst seed = 42;\nawait seedDemo(db);\n// seeded data')).toEqual([]);
  });

  it('cite docs/, never the specification or the seed documents', () => {
    const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => SOURCE.test(f) && f !== 'tests/source-citations.test.ts');
    const found = files.flatMap((file) => citationsIn(readFileSync(file, 'utf8')).map((c) => `${file}:${c.line}: ${c.text}`));
    expect(found, found.join('\n')).toEqual([]);
  });
});
