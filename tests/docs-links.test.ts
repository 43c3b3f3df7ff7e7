/**
 * The documentation tree stays navigable:
 * - every relative link in README.md, CHANGELOG.md and docs/**.md points at a file or folder that
 *   exists (and, for `file.md#anchor`, at a heading that exists in that file);
 * - every required docs folder exists and has a README.md index;
 * - every page under docs/ can be reached from docs/README.md by following links;
 * - the repository root holds no prose besides README.md, CHANGELOG.md and LICENSE.
 *
 * Failures list every problem as `file:line` so it can be fixed in one pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const REQUIRED_DOC_DIRS = [
  'docs',
  'docs/api',
  'docs/admin',
  'docs/admin/configuration',
  'docs/admin/deployment',
  'docs/admin/security',
  'docs/admin/monitoring',
  'docs/development',
  'docs/guides',
  'docs/reports',
  'docs/changelog',
] as const;

/** The only prose files allowed at the repository root (LICENSE has no extension). */
const ROOT_PROSE_ALLOWED = new Set(['README.md', 'CHANGELOG.md']);
const PROSE_EXTENSIONS = /\.(md|markdown|mdx|txt|rst|adoc|asciidoc)$/i;

interface Link {
  line: number;
  text: string;
  target: string;
}

/** Blank out fenced code blocks (and inline code spans unless `keepInline`) so links inside them are not checked. */
function stripCode(markdown: string, keepInline = false): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  const out = lines.map((line) => {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = null;
      return '';
    }
    if (m) {
      fence = m[1]!;
      return '';
    }
    return keepInline ? line : line.replace(/(`+)[^`]*?\1/g, (s) => ' '.repeat(s.length));
  });
  return out.join('\n');
}

/** Inline links and images `[text](target "title")`, `[text](<target>)` and reference definitions `[id]: target`. */
function extractLinks(markdown: string): Link[] {
  const links: Link[] = [];
  stripCode(markdown)
    .split('\n')
    .forEach((line, i) => {
      const inline =
        /!?\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
      for (const m of line.matchAll(inline)) {
        links.push({ line: i + 1, text: m[1]!, target: m[2]!.replace(/^<|>$/g, '') });
      }
      const ref = /^\s{0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)/.exec(line);
      if (ref) links.push({ line: i + 1, text: ref[1]!, target: ref[2]!.replace(/^<|>$/g, '') });
    });
  return links;
}

/** Links to other sites, mail addresses and same-page anchors are not files. */
function isExternalOrAnchor(target: string): boolean {
  return target === '' || target.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to hyphens. */
function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of stripCode(markdown, true).split('\n')) {
    const m = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
      .replace(/<[^>]+>/g, '') // inline html
      .replace(/[*`]/g, '');
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    slugs.add(n === 0 ? base : `${base}-${n}`);
  }
  return slugs;
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out.sort();
}

function checkedFiles(root: string): string[] {
  return [
    ...['README.md', 'CHANGELOG.md', 'tests/README.md'].map((f) => join(root, f)).filter((f) => existsSync(f)),
    ...listMarkdown(join(root, 'docs')),
  ];
}

interface Resolved {
  link: Link;
  /** Absolute path of the target file or folder. */
  path: string;
  anchor: string | null;
}

function resolveLink(root: string, file: string, link: Link): Resolved {
  const [rawPath, ...rest] = link.target.split('#');
  let pathPart = rawPath!.split('?')[0]!;
  try {
    pathPart = decodeURIComponent(pathPart);
  } catch {
    /* keep as written */
  }
  // A leading slash means "from the repository root", as GitHub renders it.
  const path = pathPart.startsWith('/') ? join(root, pathPart) : resolve(dirname(file), pathPart);
  return { link, path, anchor: rest.length ? rest.join('#') : null };
}

/** Every problem with the relative links in `content` (the text of `file`), as `file:line: message`. */
function checkContent(root: string, file: string, content: string): string[] {
  const problems: string[] = [];
  const rel = relative(root, file).split(sep).join('/');
  for (const link of extractLinks(content)) {
    if (isExternalOrAnchor(link.target)) continue;
    const where = `${rel}:${link.line}: [${link.text}](${link.target})`;
    const { path, anchor } = resolveLink(root, file, link);
    const shown = relative(root, path).split(sep).join('/');
    if (path !== root && !path.startsWith(root + sep)) {
      problems.push(`${where} points outside the repository`);
    } else if (!existsSync(path)) {
      problems.push(`${where} → ${shown} does not exist`);
    } else if (anchor && path.toLowerCase().endsWith('.md') && statSync(path).isFile()) {
      if (!headingSlugs(readFileSync(path, 'utf8')).has(anchor.toLowerCase())) {
        problems.push(`${where} → no heading with anchor #${anchor} in ${shown}`);
      }
    }
  }
  return problems;
}

/** Every problem with the relative links of `files`. */
function findBrokenLinks(root: string, files: string[]): string[] {
  return files.flatMap((file) => checkContent(root, file, readFileSync(file, 'utf8')));
}

/** Pages under docs/ that cannot be reached from docs/README.md by following relative links. */
function unreachableDocs(root: string): string[] {
  const start = join(root, 'docs', 'README.md');
  if (!existsSync(start)) return [];
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const link of extractLinks(readFileSync(file, 'utf8'))) {
      if (isExternalOrAnchor(link.target)) continue;
      let { path } = resolveLink(root, file, link);
      if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'README.md');
      if (path.toLowerCase().endsWith('.md') && existsSync(path) && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return listMarkdown(join(root, 'docs'))
    .filter((f) => !seen.has(f))
    .map((f) => relative(root, f).split(sep).join('/'));
}

describe('documentation links', () => {
  it('every relative link in README.md, CHANGELOG.md and docs/ resolves', () => {
    const files = checkedFiles(ROOT);
    expect(files.length).toBeGreaterThan(2);
    const broken = findBrokenLinks(ROOT, files);
    expect(broken, `Broken documentation links:\n${broken.join('\n')}\n`).toEqual([]);
  });

  it('every required docs folder exists with a README.md index', () => {
    const missing = REQUIRED_DOC_DIRS.filter((d) => !existsSync(join(ROOT, d, 'README.md')));
    expect(missing, `Docs folders without README.md: ${missing.join(', ')}`).toEqual([]);
  });

  it('every page under docs/ is reachable from docs/README.md', () => {
    const orphans = unreachableDocs(ROOT);
    expect(orphans, `Link these pages from an index (docs/README.md or a folder README):\n${orphans.join('\n')}\n`).toEqual([]);
  });

  it('the repository root holds only README.md, CHANGELOG.md and LICENSE as prose', () => {
    const entries = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isFile());
    const extra = entries.map((e) => e.name).filter((n) => PROSE_EXTENSIONS.test(n) && !ROOT_PROSE_ALLOWED.has(n));
    expect(extra, `Move these into docs/: ${extra.join(', ')}`).toEqual([]);
    for (const required of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
      expect(existsSync(join(ROOT, required)), `${required} is missing at the repository root`).toBe(true);
    }
  });
});

describe('the link checker itself', () => {
  const sample = [
    '# Title',
    'See [setup](setup.md), [api](../api/README.md#errors "title") and ![img](img/a.png).',
    'Ignore [site](https://example.com), [mail](mailto:a@b.c) and [here](#title).',
    '`[code](not-a-link.md)`',
    '```',
    '[fenced](also-not-a-link.md)',
    '```',
    '[ref]: ./reference.md',
  ].join('\n');

  it('extracts inline, image and reference links with their line, skipping code', () => {
    const links = extractLinks(sample);
    expect(links.map((l) => `${l.line}:${l.target}`)).toEqual([
      '2:setup.md',
      '2:../api/README.md#errors',
      '2:img/a.png',
      '3:https://example.com',
      '3:mailto:a@b.c',
      '3:#title',
      '8:./reference.md',
    ]);
    expect(links.filter((l) => !isExternalOrAnchor(l.target))).toHaveLength(4);
  });

  it('reports a missing target and a missing anchor with file:line', () => {
    // Checks virtual content as if it were docs/README.md; nothing is written to disk.
    const file = join(ROOT, 'docs', 'README.md');
    const content = ['# Virtual page', '[fine](../LICENSE)', '[gone](no-such-page.md)', '[bad anchor](../README.md#no-such-heading)'].join(
      '\n',
    );
    expect(checkContent(ROOT, file, content)).toEqual([
      'docs/README.md:3: [gone](no-such-page.md) → docs/no-such-page.md does not exist',
      'docs/README.md:4: [bad anchor](../README.md#no-such-heading) → no heading with anchor #no-such-heading in README.md',
    ]);
  });

  it('builds GitHub heading anchors', () => {
    expect([...headingSlugs('# Quick start\n## `pnpm test` & CI=true\n## Quick start\n### Users, admins')]).toEqual([
      'quick-start',
      'pnpm-test--citrue',
      'quick-start-1',
      'users-admins',
    ]);
  });
});
