import type { Claim } from './detect/types';
import { passagesUnder, rangeFor, type Passage } from './scan/passages';
import type { Slice } from './scan/schedule';
import { isInsideSkipped } from './scan/skip';
import { isVisible, pieces } from './scan/text-tools';

/**
 * The passes one reading of a page goes through (content/engine.ts runs them in this order):
 * read passages → page context (the sample) → find claims → visible only → paint. Each takes
 * what it needs as arguments and yields to the page through `slice`.
 */

/** A claim found in a passage: its live Range and the passage root it came from. */
export interface Found {
  claim: Claim;
  range: Range;
  root: Node;
}

/** Longest text handed to the detector at once; longer passages are cut at sentence ends. */
const MAX_PIECE = 32 * 1024;
/** Characters detected between two checks of the time budget (≈ 0.5 ms of detection). */
const CHECK_CHARS = 4 * 1024;
/** Characters of a page's opening, and of all sampled text, that the page context is built from. */
const OPENING_SAMPLE = 16 * 1024;
const MAX_SAMPLE = 64 * 1024;

/**
 * The text the page context is computed from: the title, the page's opening and every passage
 * naming the treatment, bounded so computing the context never makes a long task.
 */
export interface PageSample {
  parts: string[];
  length: number;
}

/** A new sample holding the page's title. */
export function newSample(title: string): PageSample {
  return { parts: [title], length: title.length };
}

/**
 * Pass 1, read passages: the passages under `roots` (roots inside an editor or another skipped
 * region are not read; their claims are dropped by the caller), adding to `sample` the opening of
 * a page read afresh and every passage naming the treatment.
 * @returns the passages, and whether the sample grew (the page context must be computed again).
 */
export async function readPassages(
  roots: readonly Node[],
  sample: PageSample,
  isFresh: boolean,
  hasTreatmentTerms: (text: string) => boolean,
  slice: Slice,
): Promise<[passages: Passage[], grew: boolean]> {
  const passages: Passage[] = [];
  let grew = false;
  let n = 0;
  for (const root of roots) {
    if (isInsideSkipped(root)) continue;
    if ((++n & 63) === 0) await slice.maybePause();
    for (const p of passagesUnder(root)) {
      passages.push(p);
      const opening = isFresh && sample.length < OPENING_SAMPLE;
      if (sample.length < MAX_SAMPLE && (opening || hasTreatmentTerms(p.text))) {
        const part = p.text.slice(0, MAX_SAMPLE - sample.length);
        sample.parts.push(part);
        sample.length += part.length + 1;
        grew = true;
      }
      if ((++n & 63) === 0) await slice.maybePause();
    }
  }
  return [passages, grew];
}

/**
 * Pass 3, find claims: runs `detect` over every passage (long ones in pieces) and maps each
 * claim to a live Range. The budget is checked every CHECK_CHARS characters rather than per
 * passage: reading the clock and awaiting for each of 50,000 short passages costs more than
 * detecting them.
 */
export async function findClaims<C>(
  passages: readonly Passage[],
  detect: (text: string, context: C) => Claim[],
  context: C,
  slice: Slice,
): Promise<Found[]> {
  const found: Found[] = [];
  let unchecked = 0;
  for (const p of passages) {
    for (const [offset, text] of pieces(p.text, MAX_PIECE)) {
      for (const claim of detect(text, context)) {
        const range = rangeFor(p, offset + claim.start, offset + claim.end);
        if (range)
          found.push({ claim: offset === 0 ? claim : shift(claim, offset), range, root: p.root });
      }
      unchecked += text.length;
      if (unchecked >= CHECK_CHARS) {
        unchecked = 0;
        if (slice.due()) await slice.pause();
      }
    }
  }
  return found;
}

/**
 * Pass 4, visible only: the claims whose text is rendered. Call it after a rendered frame, so the
 * style reads are cheap, and before painting anything: painting can leave style to recompute,
 * and the next visibility read would then recalculate the whole page's style.
 */
export async function visibleOnly(found: readonly Found[], slice: Slice): Promise<Found[]> {
  const visible: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const entry = found[i] as Found;
    const node = entry.range.startContainer;
    if (node.isConnected && isVisible(node)) visible.push(entry);
    // Reading the clock costs more than a visibility read: every 16th claim.
    if ((i & 15) === 15 && slice.due()) await slice.pause();
  }
  return visible;
}

/** Resolves once the browser has rendered a frame (or soon, where frames do not run). */
export function afterNextFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    win.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

function shift(claim: Claim, offset: number): Claim {
  return { ...claim, start: claim.start + offset, end: claim.end + offset };
}
