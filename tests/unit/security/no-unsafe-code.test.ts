import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findUnsafeCode } from './unsafe-code';

/**
 * Issue 6, "no eval, new Function or HTML injection of non-constant strings in product code":
 * backs the oxlint rules (no-eval, no-new-func, no-implied-eval, react/no-danger) with a scan of
 * the syntax tree that also covers HTML sinks oxlint has no rule for.
 */

/** Every folder whose code ships in the extension. */
const PRODUCT_DIRS = ['entrypoints', 'content', 'components', 'utils', 'topic'];

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const files = PRODUCT_DIRS.flatMap(sourcesUnder);

describe('product code', () => {
  it('is found by the scan (every product folder has sources)', () => {
    for (const dir of PRODUCT_DIRS) {
      expect(
        files.some((f) => f.startsWith(dir + '/')),
        dir,
      ).toBe(true);
    }
  });

  it('has no eval, new Function, string timer, document.write or HTML injection of a non-constant string', () => {
    const findings = files.flatMap((f) => findUnsafeCode(f, readFileSync(f, 'utf8')));
    expect(findings).toEqual([]);
  });
});

describe('the unsafe-code scan', () => {
  it.each([
    ['eval', 'eval(code);'],
    ['eval via window', 'window.eval(code);'],
    ['new Function', 'const f = new Function("a", body);'],
    ['Function call', 'const f = Function(body);'],
    ['string timer', 'setTimeout("alert(1)", 10);'],
    ['template timer', 'setInterval(`run(${x})`, 10);'],
    ['innerHTML from a variable', 'el.innerHTML = html;'],
    ['innerHTML from a template', 'el.innerHTML = `<b>${name}</b>`;'],
    ['innerHTML concatenation', 'el.innerHTML += "<i>" + text;'],
    ['outerHTML', 'el.outerHTML = html;'],
    ['bracket innerHTML', 'el["innerHTML"] = html;'],
    ['insertAdjacentHTML', 'el.insertAdjacentHTML("beforeend", html);'],
    ['createContextualFragment', 'range.createContextualFragment(html);'],
    ['document.write', 'document.write(html);'],
    ['iframe srcdoc', 'frame.srcdoc = html;'],
  ])('flags %s', (_name, code) => {
    expect(findUnsafeCode('x.ts', code)).toHaveLength(1);
  });

  it('flags dangerouslySetInnerHTML in TSX', () => {
    const code =
      'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;';
    expect(findUnsafeCode('x.tsx', code).map((f) => f.rule)).toContain('dangerouslySetInnerHTML');
  });

  it.each([
    ['a constant innerHTML', 'el.innerHTML = "";'],
    ['a constant template', 'el.innerHTML = `<b>fixed</b>`;'],
    ['textContent', 'el.textContent = html;'],
    ['a function timer', 'setTimeout(() => run(), 10);'],
    ['a named function timer', 'setTimeout(run, 10);'],
    ['a mention in a comment', '// never eval(code) or el.innerHTML = html\nconst x = 1;'],
    ['a mention in a string', 'const hint = "do not use eval(x) or new Function";'],
    ['a method named evaluate', 'page.evaluate(fn);'],
    ['writing to a stream', 'stream.write(chunk);'],
  ])('does not flag %s', (_name, code) => {
    expect(findUnsafeCode('x.ts', code)).toEqual([]);
  });
});
