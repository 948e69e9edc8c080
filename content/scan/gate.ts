import type { Slice } from './schedule';
import { RAW_TEXT_TAGS } from './skip';

/** Characters kept from the end of one chunk so a term split across chunks is still seen. */
const OVERLAP = 64;
/** Text tested per call; bounded so one enormous text node cannot make a long task. */
const CHUNK = 128 * 1024;
/**
 * Elements walked between two reads of the text (and checks of the slice's budget). At 2048 a
 * batch of the 5 MB bench page took 11-19 ms in its traced tasks, past the 8 ms slice budget.
 */
export const GATE_BATCH = 1024;
/**
 * Elements holding only raw text that no reading ever shows (skip.ts skips them): inline scripts
 * and styles, often most of a modern page's text (JSON state, bundled CSS), and form text. The
 * gate reads around them.
 */
const UNREAD_TAGS: ReadonlySet<string> = new Set(RAW_TEXT_TAGS);
const UNREAD = RAW_TEXT_TAGS.join(',');

/**
 * The cheapest possible "could this page have claims?": the text of every text node (what the
 * bench's floor reads) but that of scripts, styles and the like (UNREAD), then that of open
 * shadow roots, tested in chunks with the detector's gate. It ignores passage boundaries and
 * reads the title; a false "yes" only costs a proper scan, while a "no" (most pages) ends the
 * work here.
 * @returns true as soon as any chunk contains a treatment term.
 */
export async function anyTreatmentTerms(
  root: Node,
  test: (text: string) => boolean,
  slice: Slice,
): Promise<boolean> {
  const roots: Node[] = [root];
  for (let r = roots.pop(); r; r = roots.pop()) {
    if (await treeHasTerms(r, test, slice, roots)) return true;
  }
  return false;
}

/**
 * Tests the text of `root`'s own tree and pushes the open shadow roots found in it (its own
 * included) onto `roots`, for the caller to search in turn.
 *
 * Open shadow roots can hang off any custom element and several standard ones (div, span, p,
 * section…), so every element is asked, with a TreeWalker showing elements only. The text is
 * not read node by node (a JavaScript object per text node is most of a walk's cost in a
 * content script's world): every GATE_BATCH elements a Range from the previous stop to this element
 * gives the text in between, in one call that concatenates the text nodes' data in tree order
 * as a SHOW_TEXT walk would. A term found in a batch ends the walk there.
 */
async function treeHasTerms(
  start: Node,
  test: (text: string) => boolean,
  slice: Slice,
  roots: Node[],
): Promise<boolean> {
  // A document's text is all under its element (a Range over the document itself reads
  // nothing in some DOM implementations).
  const root = start.nodeType === 9 ? (start as Document).documentElement : start;
  const type = root?.nodeType;
  if (!root || (type !== 1 && type !== 11)) return false;
  if (type === 1) {
    if (UNREAD_TAGS.has((root as Element).localName)) return false;
    const own = (root as Element).shadowRoot;
    if (own) roots.push(own);
  }
  // The unread elements, in the order the walk meets them: one native query, then an identity
  // test per element, instead of reading every element's name.
  const unread = (root as ParentNode).querySelectorAll(UNREAD);
  let u = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(root, 0);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  // The end of the text read so far, tested with the next batch's start so a term split across
  // the stop is still seen.
  let tail = '';
  /** Tests the text from the last stop up to `node`: true when it holds a term. */
  const readUpTo = async (node: Node) => {
    range.setEndBefore(node);
    const text = range.toString();
    if (await batchHasTerms(tail, text, test, slice)) return true;
    tail = tailAfter(tail, text);
    return false;
  };
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) roots.push(shadow);
    // An unread element holding only text is read around: the text up to it, then on after it.
    // (One with element children, which only a script's DOM calls make, is read as any other.)
    if (node === unread[u]) {
      u++;
      if (!(node as Element).firstElementChild) {
        if (await readUpTo(node)) return true;
        range.setStartAfter(node);
        await slice.maybePause();
        continue;
      }
    }
    if (++count % GATE_BATCH === 0) {
      if (await readUpTo(node)) return true;
      range.setStartBefore(node);
      await slice.maybePause();
    }
  }
  range.setEnd(root, root.childNodes.length);
  return batchHasTerms(tail, range.toString(), test, slice);
}

/** The last OVERLAP characters read, once `text` has been read after `tail`. */
function tailAfter(tail: string, text: string): string {
  return text.length >= OVERLAP ? text.slice(-OVERLAP) : (tail + text).slice(-OVERLAP);
}

/**
 * Tests a batch's `text` and, apart, the seam between the previous batch's `tail` and its
 * start. Not `tail + text`: a test flattens that into a copy of the whole batch, and those
 * copies cost more than the RegExps on the bench's 5 MB page.
 */
async function batchHasTerms(
  tail: string,
  text: string,
  test: (text: string) => boolean,
  slice: Slice,
): Promise<boolean> {
  let rest = text;
  if (tail && text) {
    if (test(tail + text.slice(0, OVERLAP))) return true;
    // A batch that starts inside a word ("ex|cellent") must not show the gate a word start
    // there ("cell"): no term starts within a word, and the seam test has seen the word whole.
    if (WORD_END.test(tail)) rest = text.slice(WORD_START.exec(text)?.[0].length ?? 0);
  }
  return chunksHaveTerms(rest, test, slice);
}

/** A letter or digit ending the previous batch, and the letters and digits a batch starts with. */
const WORD_END = /[A-Za-z0-9]$/;
const WORD_START = /^[A-Za-z0-9]+/;

/** Tests `text` in windows of at most CHUNK characters overlapping by OVERLAP. */
async function chunksHaveTerms(
  text: string,
  test: (text: string) => boolean,
  slice: Slice,
): Promise<boolean> {
  if (text.length <= CHUNK) return text.length > 0 && test(text);
  for (let i = 0; ; i += CHUNK - OVERLAP) {
    if (test(text.slice(i, i + CHUNK))) return true;
    if (i + CHUNK >= text.length) return false;
    await slice.maybePause();
  }
}
