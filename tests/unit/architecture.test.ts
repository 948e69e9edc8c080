import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/**
 * The architecture as a test: every source file's imports, read with TypeScript's parser, against
 * the "nevers" of the design (../shared/design/architecture.json, issue 11), and the one-prefix
 * rule for names put into pages. A rule is broken by adding an import, so it fails here, in
 * review, instead of months later.
 */

const ROOT = normalize(join(dirname(new URL(import.meta.url).pathname), '../..'));

/** The rooms of the house, most specific first (a path belongs to the first that matches). */
const PARTS: [part: string, prefix: string][] = [
  ['Detect', 'content/detect/'],
  ['Scan', 'content/scan/'],
  ['Highlight', 'content/highlight/'],
  ['Engine', 'content/'],
  ['Entry', 'entrypoints/'],
  ['Topic', 'topic/'],
  ['UI', 'components/'],
  ['Locales', 'locales/'],
  ['Utils', 'utils/'],
  ['Scripts', 'scripts/'],
  ['Tests', 'tests/'],
];

/** The part a repository path (or a package name, as `pkg:name`) belongs to. */
function partOf(path: string): string {
  if (path.startsWith('pkg:'))
    return path === 'pkg:preact' || path.startsWith('pkg:preact/') ? 'Preact' : 'Package';
  return PARTS.find(([, prefix]) => path.startsWith(prefix))?.[0] ?? 'Root';
}

/** One import or re-export of a file. */
interface Edge {
  from: string;
  /** Repository path without extension for relative imports, `pkg:<name>` for packages. */
  to: string;
  /** `import type` / `export type`, or every named binding marked `type`. */
  isTypeOnly: boolean;
}

const ENGINE = ['Engine', 'Scan', 'Highlight', 'Detect'];
const NOT_TOPIC = PARTS.map(([p]) => p).filter((p) => p !== 'Topic');

/** [from parts, to parts, why]: an edge from one of `from` to one of `to` is never allowed. */
const NEVERS: [from: string[], to: string[], why: string][] = [
  [
    ['Detect'],
    ['Scan', 'Highlight', 'Engine', 'UI', 'Entry', 'Utils', 'Scripts'],
    'detection is pure',
  ],
  [['Detect'], ['Package', 'Preact'], 'detection is pure: no packages, no browser API'],
  [['Topic'], [...NOT_TOPIC, 'Package', 'Preact'], 'the topic is data'],
  [ENGINE, ['UI', 'Preact'], 'no Preact in the page engine'],
  [['UI'], ['Entry'], 'components get data as props'],
  [['Scripts'], ['Entry'], 'tools use the engines, not the entry points'],
  [['Scripts'], ['Tests'], 'tools do not borrow test code'],
];

/**
 * Known breaks, each with the reason it still stands (none today: the browser harness the tools
 * share with the e2e tests lives in scripts/lib/browser/). The test fails when one is fixed too,
 * so the list only shrinks. `from -> to` as repository paths.
 */
const KNOWN: Record<string, string> = {};

/** Product rooms: what ships in the extension. */
const PRODUCT_DIRS = ['entrypoints', 'content', 'components', 'utils', 'topic'];
const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(join(ROOT, dir));
  } catch {
    return out; // a room that does not exist yet (locales/) has no files
  }
  for (const name of names) {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Every import, re-export and dynamic import of `file`, read from its syntax tree. */
function edgesOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const edges: Edge[] = [];
  const add = (specifier: string, isTypeOnly: boolean) => {
    const to = specifier.startsWith('.')
      ? relative(ROOT, join(ROOT, dirname(file), specifier)).replace(/\.(?:ts|tsx|js)$/, '')
      : `pkg:${specifier}`;
    edges.push({ from: file, to, isTypeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allNamedTypes =
        !!clause &&
        !clause.name &&
        !!named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, !!clause && (clause.isTypeOnly || allNamedTypes));
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.exportClause;
      const allNamedTypes =
        !!named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, node.isTypeOnly || allNamedTypes);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

const sources = [...PRODUCT_DIRS, 'scripts', 'locales']
  .flatMap(filesUnder)
  .filter((f) => SOURCE.test(f) && !f.endsWith('.d.ts'));
const edges = sources.flatMap(edgesOf);

describe('architecture', () => {
  it('reads the imports of every product and script file', () => {
    expect(sources.length).toBeGreaterThan(100);
    // The parser sees what it must: the background imports the detector engine, the content
    // entry only the page gate.
    expect(edges).toContainEqual({
      from: 'entrypoints/background.ts',
      to: 'content/detect/core',
      isTypeOnly: false,
    });
    expect(edges).toContainEqual({
      from: 'entrypoints/content.ts',
      to: 'content/detect/gate',
      isTypeOnly: false,
    });
  });

  it('keeps every "never" of the design, apart from the known breaks listed with a reason', () => {
    const broken = new Set<string>();
    for (const edge of edges) {
      const from = partOf(edge.from);
      const to = partOf(edge.to);
      for (const [froms, tos, why] of NEVERS) {
        if (froms.includes(from) && tos.includes(to))
          broken.add(`${edge.from} -> ${edge.to}: ${why}`);
      }
    }
    const unexpected = [...broken].filter((b) => !(b.split(': ')[0]! in KNOWN));
    expect(unexpected).toEqual([]);
    // A fixed break leaves the list too, so it cannot come back unnoticed.
    const stillBroken = new Set([...broken].map((b) => b.split(': ')[0]!));
    expect(Object.keys(KNOWN).filter((k) => !stillBroken.has(k))).toEqual([]);
  });

  it('lets detection take only types from the topic', () => {
    const values = edges.filter(
      (e) => partOf(e.from) === 'Detect' && partOf(e.to) === 'Topic' && !e.isTypeOnly,
    );
    expect(values).toEqual([]);
  });

  it('keeps the stem-cell pack out of the detection engine', () => {
    const packs = edges.filter(
      (e) => partOf(e.from) === 'Detect' && e.to.startsWith('topic/detect'),
    );
    expect(packs).toEqual([]);
  });
});

describe('names put into pages', () => {
  /** The one file that spells the prefix out; every page name is built from its PREFIX. */
  const NAMES_FILE = 'content/highlight/names.ts';
  /** Files that contain the prefix for something that never enters a page, with the reason. */
  const NOT_PAGE_NAMES: Record<string, string> = {
    'components/options/settings-file.ts': 'the exported settings file name, a download',
    'utils/corrections.ts': 'the exported corrections file name, a download',
  };

  it(`are spelled out only in ${NAMES_FILE}`, () => {
    const files = PRODUCT_DIRS.flatMap(filesUnder)
      .filter((f) => /\.(?:ts|tsx|mts|mjs|js|css|html)$/.test(f))
      .concat(['wxt.config.ts']);
    const spelling = files.filter(
      (f) => f !== NAMES_FILE && /claim-context-/i.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(spelling.filter((f) => !(f in NOT_PAGE_NAMES))).toEqual([]);
    expect(readFileSync(join(ROOT, NAMES_FILE), 'utf8')).toMatch(/PREFIX = 'claim-context'/);
  });
});
