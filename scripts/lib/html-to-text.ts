import { parse } from 'parse5';

/**
 * Visible text of an HTML document, parsed with parse5 (a spec-compliant parser, so broken
 * markup is read the way browsers read it). Skips script, style, noscript, template and hidden
 * elements (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`).
 * Block elements become separate lines; whitespace inside a line collapses as a browser renders
 * it, except inside <pre>.
 */

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'input',
  'button',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'title',
]);

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

// Placeholder for a block boundary; collapsed into single newlines at the end.
const BREAK = '\u0000';

/** Extracts the visible text of `html`: one line per block, no empty lines. */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/**
 * The visible text of `html` (as `htmlToText`) and its title as a browser gives it
 * (`document.title`: the first `<title>`'s text, white space collapsed and trimmed; '' without
 * one), from one parse.
 */
export function readHtml(html: string): { text: string; title: string } {
  const doc = parse(html) as unknown as Node;
  return { text: visibleText(doc), title: titleOf(doc) };
}

function visibleText(doc: Node): string {
  const out: string[] = [];
  walk(doc, out, false);
  return out
    .join('')
    .split(BREAK)
    .flatMap((block) => block.split('\n'))
    .map((line) => line.replace(/^[ \t\f\r]+|[ \t\f\r]+$/g, ''))
    .filter((line) => line.length > 0)
    .join('\n');
}

function titleOf(doc: Node): string {
  const title = find(doc, 'title');
  const text = (title?.childNodes ?? []).map((c) => c.value ?? '').join('');
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function find(node: Node, tag: string): Node | undefined {
  if (node.tagName === tag) return node;
  for (const child of node.childNodes ?? []) {
    const found = find(child, tag);
    if (found) return found;
  }
  return undefined;
}

function isHidden(node: Node): boolean {
  for (const a of node.attrs ?? []) {
    if (a.name === 'hidden') return true;
    if (a.name === 'aria-hidden' && a.value.trim().toLowerCase() === 'true') return true;
    if (a.name === 'style' && HIDDEN_STYLE.test(a.value)) return true;
  }
  return false;
}

function walk(node: Node, out: string[], inPre: boolean): void {
  if (node.nodeName === '#text') {
    const v = node.value ?? '';
    out.push(inPre ? v : v.replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.nodeName === '#comment') return;
  const tag = node.tagName ?? '';
  if (SKIP.has(tag) || isHidden(node)) return;
  const block = BLOCK.has(tag);
  if (block) out.push(BREAK);
  const pre = inPre || tag === 'pre';
  for (const child of node.childNodes ?? []) walk(child, out, pre);
  if (block) out.push(BREAK);
}
