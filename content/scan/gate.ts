import type { Slice } from './schedule';

/** Characters kept from the end of one chunk so a term split across chunks is still seen. */
const OVERLAP = 64;
/** Text tested per call; bounded so one enormous text node cannot make a long task. */
const CHUNK = 128 * 1024;

/**
 * The cheapest possible "could this page have claims?": one pass over every text node (the
 * floor the bench compares against) and open shadow roots, testing the raw text in chunks with
 * the detector's gate. It reads script and style text too and ignores passage boundaries; a
 * false "yes" only costs a proper scan, while a "no" (most pages) ends the work here.
 * @returns true as soon as any chunk contains a treatment term.
 */
export async function anyTreatmentTerms(
  root: Node,
  test: (text: string) => boolean,
  slice: Slice,
): Promise<boolean> {
  const doc = root.ownerDocument ?? (root as Document);
  const roots: Node[] = [root];
  for (let r = roots.pop(); r; r = roots.pop()) {
    const walker = doc.createTreeWalker(r, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let buffer = '';
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) roots.push(shadow);
        continue;
      }
      const data = (node as Text).data;
      if (data.length > CHUNK) {
        if (await testLong(buffer + ' ' + data, test, slice)) return true;
        buffer = data.slice(-OVERLAP);
        continue;
      }
      buffer += data;
      if (buffer.length >= CHUNK) {
        if (test(buffer)) return true;
        buffer = buffer.slice(-OVERLAP);
      }
      if ((++count & 255) === 0) await slice.maybePause();
    }
    if (buffer.length > 0 && test(buffer)) return true;
  }
  return false;
}

async function testLong(
  text: string,
  test: (text: string) => boolean,
  slice: Slice,
): Promise<boolean> {
  for (let i = 0; i < text.length; i += CHUNK) {
    if (test(text.slice(Math.max(0, i - OVERLAP), i + CHUNK))) return true;
    await slice.maybePause();
  }
  return false;
}
