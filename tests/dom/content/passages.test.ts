// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isBlock, nearestBlock } from '../../../content/scan/blocks';
import { passagesUnder, rangeFor, type Passage } from '../../../content/scan/passages';
import { isInsideSkipped, isSkippedElement } from '../../../content/scan/skip';

function passages(html: string): string[] {
  document.body.innerHTML = html;
  return [...passagesUnder(document.body)].map((p) => p.text);
}

describe('passagesUnder', () => {
  it('joins text split across inline elements into one passage', () => {
    expect(
      passages('<p><b>Stem cell</b> therapy <a href="#">repairs</a> <em>discs</em>.</p>'),
    ).toEqual(['Stem cell therapy repairs discs.']);
  });

  it('starts a new passage at every block', () => {
    expect(
      passages('<div>Intro <p>First.</p> tail <ul><li>One</li><li>Two</li></ul></div>'),
    ).toEqual(['Intro ', 'First.', ' tail ', 'One', 'Two']);
  });

  it('reads source line breaks and tabs as spaces, keeping offsets', () => {
    expect(passages('<p>Stem cell\n\t  injections</p>')).toEqual(['Stem cell    injections']);
  });

  it('reads a line break as a newline', () => {
    expect(passages('<p>Line one<br>Line two</p>')).toEqual(['Line one\nLine two']);
  });

  it.each([
    ['a textarea', '<textarea>stem cell claim</textarea>'],
    ['an input', '<input value="stem cell claim">'],
    ['a select', '<select><option>stem cell claim</option></select>'],
    ['a script', '<script>var s = "stem cell claim"</script>'],
    ['a style', '<style>.stem-cell-claim{}</style>'],
    ['a noscript', '<noscript>stem cell claim</noscript>'],
    ['an editable region', '<div contenteditable="true"><p>stem cell claim</p></div>'],
    [
      'a plaintext-only editable region',
      '<div contenteditable="plaintext-only">stem cell claim</div>',
    ],
    ['an aria-hidden region', '<div aria-hidden="true">stem cell claim</div>'],
    ['a hidden element', '<p hidden>stem cell claim</p>'],
  ])('skips text inside %s', (_name, html) => {
    expect(passages(`<p>Visible.</p>${html}`)).toEqual(['Visible.']);
  });

  it('reads text in open shadow roots', () => {
    document.body.innerHTML = '<p>Light.</p><div id="host"></div>';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Shadow text.</p>';
    expect([...passagesUnder(document.body)].map((p) => p.text)).toEqual([
      'Light.',
      'Shadow text.',
    ]);
    // Each passage names the tree it is in, so the engine can style and observe shadow roots.
    expect([...passagesUnder(document.body)].map((p) => p.tree)).toEqual([document, root]);
  });
});

describe('rangeFor', () => {
  it('maps passage offsets back to a range across text nodes', () => {
    document.body.innerHTML = '<p>Say <b>stem cell</b> therapy works.</p>';
    const [p] = [...passagesUnder(document.body)];
    const start = p!.text.indexOf('stem');
    const end = p!.text.indexOf(' works');
    const range = rangeFor(p!, start, end);
    expect(range?.toString()).toBe('stem cell therapy');
  });

  it('returns null once the text nodes are gone', () => {
    document.body.innerHTML = '<p>Gone soon.</p>';
    const [p] = [...passagesUnder(document.body)];
    document.body.innerHTML = '';
    expect(rangeFor(p!, 0, 4)).toBeNull();
  });
});

/** The walk before issue 6: a TreeWalker with a JavaScript NodeFilter rejecting skipped subtrees. */
function* referencePassages(root: Node): Generator<Passage> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node: Node) =>
      node.nodeType === 3 || !isSkippedElement(node as Element)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  let b = { root, parts: [] as string[], length: 0, nodes: [] as Text[], starts: [] as number[] };
  const finish = (): Passage | null => {
    const text = b.parts.join('');
    if (b.nodes.length === 0 || text.trim() === '') return null;
    return { root: b.root, tree: b.root.getRootNode(), text, nodes: b.nodes, starts: b.starts };
  };
  let lastParent: Node | null = null;
  let lastBlock: Node = root;
  let broken = false;
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.tagName === 'BR') {
        b.parts.push('\n');
        b.length += 1;
      } else if (node !== root && isBlock(el)) broken = true;
      if (el.shadowRoot) {
        const done = finish();
        if (done) yield done;
        b = { root: b.root, parts: [], length: 0, nodes: [], starts: [] };
        yield* referencePassages(el.shadowRoot);
        broken = true;
      }
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    let block = lastBlock;
    if (text.parentNode !== lastParent) {
      lastParent = text.parentNode;
      block = nearestBlock(text);
    }
    if (broken || block !== lastBlock || b.nodes.length === 0) {
      if (broken || block !== lastBlock) {
        const done = finish();
        if (done) yield done;
        b = { root: block, parts: [], length: 0, nodes: [], starts: [] };
      } else b.root = block;
      broken = false;
      lastBlock = block;
    }
    b.nodes.push(text);
    b.starts.push(b.length);
    b.parts.push(text.data.replace(/[\n\r\t\f]/g, ' '));
    b.length += text.data.length;
  }
  const done = finish();
  if (done) yield done;
}

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['div', 'p', 'span', 'b', 'a', 'li', 'td', 'section', 'br', 'em', 'x-box', 'h2'];
const TEXTS = ['stem cell', ' ', '', 'back pain.\n', 'tab\there', 'disc', '  '];
const SKIPS: Array<[string, string]> = [
  ['hidden', ''],
  ['aria-hidden', 'true'],
  ['aria-hidden', 'false'],
  ['contenteditable', 'true'],
  ['contenteditable', 'FALSE'],
  ['class', 'plain'],
];

/** A random tree: blocks, inlines, line breaks, skipped elements and tags, shadow roots. */
function fill(parent: Node, rnd: () => number, depth: number): void {
  const count = Math.floor(rnd() * 5);
  for (let i = 0; i < count; i++) {
    const r = rnd();
    if (r < 0.35 || depth > 4) {
      parent.appendChild(document.createTextNode(TEXTS[Math.floor(rnd() * TEXTS.length)]!));
      continue;
    }
    const tag =
      r < 0.42 ? 'script' : r < 0.47 ? 'textarea' : TAGS[Math.floor(rnd() * TAGS.length)]!;
    const el = document.createElement(tag);
    if (rnd() < 0.3) {
      const [name, value] = SKIPS[Math.floor(rnd() * SKIPS.length)]!;
      el.setAttribute(name, value);
    }
    parent.appendChild(el);
    if (tag === 'br') continue;
    if ((tag === 'div' || tag === 'x-box') && rnd() < 0.15) {
      fill(el.attachShadow({ mode: 'open' }), rnd, depth + 1);
    }
    fill(el, rnd, depth + 1);
  }
}

function snapshot(list: Iterable<Passage>) {
  return [...list].map((p) => ({ root: p.root, text: p.text, nodes: p.nodes, starts: p.starts }));
}

describe('passagesUnder without a NodeFilter', () => {
  const roots = () => [...passagesUnder(document.body)].map((p) => p.root);

  it('reads the siblings after a skipped element', () => {
    expect(
      passages(
        '<p>Before <span hidden>gone</span> after <b>bold</b><textarea>x</textarea>.<br hidden>!</p>',
      ),
    ).toEqual(['Before  after bold.!']);
  });

  it("climbs to the ancestors' siblings after a skipped last child", () => {
    expect(
      passages(
        '<div><section><p>Deep <b>bold <script>var s = 1;</script></b></p></section></div>' +
          '<p>Next <i>one<span aria-hidden="true">x</span></i></p>tail',
      ),
    ).toEqual(['Deep bold ', 'Next one', 'tail']);
  });

  it('stops at the end of the root after a skipped last child', () => {
    document.body.innerHTML =
      '<div id="r"><p>Inside <em>it<button>Buy</button></em></p></div><p>Outside.</p>';
    const r = document.getElementById('r') as HTMLElement;
    expect([...passagesUnder(r)].map((p) => p.text)).toEqual(['Inside it']);
  });

  it('skips nested skipped elements once, with their line breaks and shadow roots', () => {
    document.body.innerHTML =
      '<p>a<span contenteditable=""><b hidden>b<br>c</b>d<br></span>e</p>' +
      '<div aria-hidden="true"><div id="host"></div><p hidden>f</p></div><p>g<br>h</p>';
    const host = document.getElementById('host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow</p>';
    expect([...passagesUnder(document.body)].map((p) => p.text)).toEqual(['ae', 'g\nh']);
  });

  it('keeps editable="false", aria-hidden="false" and plain elements', () => {
    expect(
      passages(
        '<div contenteditable="FALSE">One <span aria-hidden="false">two</span> <i>three</i></div>',
      ),
    ).toEqual(['One two three']);
  });

  it('does not split a passage at a skipped block', () => {
    expect(passages('<div>a<p hidden>x</p>b<ul hidden><li>y</li></ul>c</div>')).toEqual(['abc']);
  });

  it('gives each passage its nearest block as root', () => {
    document.body.innerHTML = '<div id="d">Intro <p id="p">First <b>bold</b> end</p> tail</div>';
    const d = document.getElementById('d');
    const p = document.getElementById('p');
    expect(roots()).toEqual([d, p, d]);
  });

  it('reads nothing under a skipped root, and the root block of an inline root', () => {
    document.body.innerHTML = '<p id="p">One <span id="s">two <b>three</b></span></p>';
    const s = document.getElementById('s') as HTMLElement;
    const [only, ...rest] = [...passagesUnder(s)];
    expect(rest).toEqual([]);
    expect(only?.text).toBe('two three');
    expect(only?.root).toBe(document.getElementById('p'));
    s.setAttribute('hidden', '');
    expect([...passagesUnder(s)]).toEqual([]);
  });

  it('reads a text node root, attached or not', () => {
    document.body.innerHTML = '<p id="p">One <b>two</b></p>';
    const text = (document.getElementById('p') as HTMLElement).firstChild as Text;
    expect(snapshot(passagesUnder(text))).toEqual([
      { root: document.getElementById('p'), text: 'One ', nodes: [text], starts: [0] },
    ]);
    const loose = document.createTextNode('Loose\ttext');
    expect(snapshot(passagesUnder(loose))).toEqual(snapshot(referencePassages(loose)));
    expect(snapshot(passagesUnder(loose))[0]?.text).toBe('Loose text');
  });

  it('gives the same passages as the filtered walk on random trees', () => {
    for (let seed = 1; seed <= 300; seed++) {
      document.body.innerHTML = '';
      const rnd = random(seed);
      fill(document.body, rnd, 0);
      const expected = snapshot(referencePassages(document.body));
      expect(snapshot(passagesUnder(document.body)), `seed ${seed}`).toEqual(expected);
      const inner = document.body.querySelector('div, section, li');
      if (inner) {
        expect(snapshot(passagesUnder(inner)), `seed ${seed}, inner root`).toEqual(
          snapshot(referencePassages(inner)),
        );
      }
    }
  });
});

describe('isInsideSkipped', () => {
  it('finds an editable, hidden or skipped ancestor, across a shadow host', () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p id="a">x</p></div><div aria-hidden="true"><p id="b">x</p></div><div id="host"></div><p id="c">x</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="d">x</p>';
    document.getElementById('host')!.setAttribute('contenteditable', '');
    expect(isInsideSkipped(document.getElementById('a')!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('b')!)).toBe(true);
    expect(isInsideSkipped(shadow.getElementById('d')!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('c')!)).toBe(false);
  });
});
