import type { Claim } from '../../content/detect/types';

/** A claim over the whole of `text`, as the detector could give one. */
export function claimOver(text: string): Claim {
  return {
    start: 0,
    end: text.length,
    text,
    category: 'efficacy',
    stance: 'promotional',
    cues: [],
    confidence: 1,
  };
}

/** What a scan finds in `element`: a claim over its first text node, with that range and root. */
export function foundIn(element: Element): { claim: Claim; range: Range; root: Node } {
  const range = document.createRange();
  range.selectNodeContents(element.firstChild as Text);
  return { claim: claimOver(element.textContent ?? ''), range, root: element };
}
