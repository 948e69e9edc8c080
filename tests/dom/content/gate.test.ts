// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { GATE_BATCH, anyTreatmentTerms } from '../../../content/scan/gate';
import type { Slice } from '../../../content/scan/schedule';
import { createGate } from '../../../content/detect/gate';
import { STEM_CELL_BACK_PAIN_GATE } from '../../../topic/detect/gate';

const CHUNK = 128 * 1024;

/** A slice that never pauses, counting how often it was asked. */
function countingSlice(): Slice & { asked: number } {
  const s = {
    asked: 0,
    due: () => false,
    pause: async () => {},
    maybePause: async () => {
      s.asked++;
    },
    wait: <T>(promise: Promise<T>) => promise,
  };
  return s;
}

/** The detector's gate stand-in, recording every text it was given. */
function recordingTest(): ((text: string) => boolean) & { calls: string[] } {
  const calls: string[] = [];
  const test = (text: string) => {
    calls.push(text);
    return /stem cell/i.test(text);
  };
  return Object.assign(test, { calls });
}

function host(id: string): ShadowRoot {
  return (document.getElementById(id) as HTMLElement).attachShadow({ mode: 'open' });
}

describe('anyTreatmentTerms', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('says no for text without a term, and yes for text with one', async () => {
    document.body.innerHTML = '<main><p>Back pain and <b>physical</b> therapy.</p></main>';
    expect(await anyTreatmentTerms(document.body, recordingTest(), countingSlice())).toBe(false);
    document.body.innerHTML = '<main><p>Ask about <b>stem cell</b> therapy.</p></main>';
    expect(await anyTreatmentTerms(document.body, recordingTest(), countingSlice())).toBe(true);
  });

  it('joins text nodes in tree order, so a term split across elements is seen', async () => {
    document.body.innerHTML = '<p>Injections of stem <i>cell</i>s</p>';
    const test = recordingTest();
    expect(await anyTreatmentTerms(document.body, test, countingSlice())).toBe(true);
    expect(test.calls).toEqual(['Injections of stem cells']);
  });

  it('searches open shadow roots after the light text found nothing', async () => {
    document.body.innerHTML =
      '<p>Light text.</p><div id="a"></div><section><x-card id="b"></x-card></section>';
    host('b').innerHTML = '<p>Nothing here.</p>';
    const inner = host('a');
    inner.innerHTML = '<span id="c"></span>';
    (inner.getElementById('c') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<p>Nested stem cell text.</p>';
    const test = recordingTest();
    expect(await anyTreatmentTerms(document.body, test, countingSlice())).toBe(true);
    expect(test.calls[0]).toBe('Light text.');
    expect(test.calls.at(-1)).toBe('Nested stem cell text.');
    expect(test.calls).toContain('Nothing here.');
  });

  it("searches the root's own shadow root", async () => {
    document.body.innerHTML = '<div id="a">Light.</div>';
    host('a').innerHTML = '<p>Stem cell text.</p>';
    const root = document.getElementById('a') as HTMLElement;
    expect(await anyTreatmentTerms(root, recordingTest(), countingSlice())).toBe(true);
  });

  it('stops at the first text with a term', async () => {
    document.body.innerHTML = '<p>Stem cell text.</p><div id="a"></div>';
    host('a').innerHTML = '<p>More text.</p>';
    const test = recordingTest();
    expect(await anyTreatmentTerms(document.body, test, countingSlice())).toBe(true);
    expect(test.calls).toEqual(['Stem cell text.']);
  });

  it('reads the whole document from a Document root, and nothing from a text root', async () => {
    document.title = 'Stem cell therapy';
    document.body.innerHTML = '<p>Nothing.</p>';
    expect(await anyTreatmentTerms(document, recordingTest(), countingSlice())).toBe(true);
    const text = document.createTextNode('stem cell');
    document.body.appendChild(text);
    const test = recordingTest();
    expect(await anyTreatmentTerms(text, test, countingSlice())).toBe(false);
    expect(test.calls).toEqual([]);
    document.title = '';
  });

  it('tests one enormous text node in bounded windows, pausing between them', async () => {
    const p = document.createElement('p');
    p.textContent = 'back pain '.repeat(1024 * 1024); // 10 MB
    document.body.appendChild(p);
    const test = recordingTest();
    const slice = countingSlice();
    expect(await anyTreatmentTerms(document.body, test, slice)).toBe(false);
    expect(test.calls.length).toBeGreaterThanOrEqual(80);
    expect(Math.max(...test.calls.map((t) => t.length))).toBeLessThanOrEqual(CHUNK);
    expect(slice.asked).toBeGreaterThanOrEqual(test.calls.length - 1);
  });

  it('sees a term split across two windows of one text node', async () => {
    const p = document.createElement('p');
    const filler = 'x'.repeat(CHUNK - 4);
    p.textContent = `${filler}stem cell${filler}`;
    document.body.appendChild(p);
    const test = recordingTest();
    expect(await anyTreatmentTerms(document.body, test, countingSlice())).toBe(true);
    expect(test.calls[0]).toMatch(/stem$/);
    expect(test.calls.length).toBe(2);
  });

  it('sees a term split across two batches of elements', async () => {
    // The text is read every GATE_BATCH elements: the div, GATE_BATCH - 2 b, then the i after
    // "stem ".
    document.body.innerHTML = `<div>${'<b></b>'.repeat(GATE_BATCH - 2)}Ask about stem <i>cell</i> therapy.</div>`;
    const test = recordingTest();
    const slice = countingSlice();
    expect(await anyTreatmentTerms(document.body, test, slice)).toBe(true);
    expect(test.calls).toEqual(['Ask about stem ', 'Ask about stem cell therapy.']);
    expect(slice.asked).toBeGreaterThanOrEqual(1);
  });

  it('tests each batch as read, and the seam with the previous one apart, not their join', async () => {
    const first = `${'Back pain. '.repeat(10)}stem `;
    document.body.innerHTML = `<div>${'<b></b>'.repeat(GATE_BATCH - 2)}${first}<i>Rest</i> and walking.</div>`;
    const test = recordingTest();
    expect(await anyTreatmentTerms(document.body, test, countingSlice())).toBe(false);
    expect(test.calls).toEqual([
      first,
      `${first.slice(-64)}Rest and walking.`,
      'Rest and walking.',
    ]);
  });

  it('does not show the gate a word start where a batch starts inside a word', async () => {
    document.body.innerHTML = `<div>${'<b></b>'.repeat(GATE_BATCH - 2)}Excellent ex<i>cell</i>ent results.</div>`;
    const test = recordingTest();
    expect(await anyTreatmentTerms(document.body, test, countingSlice())).toBe(false);
    expect(test.calls).toEqual(['Excellent ex', 'Excellent excellent results.', ' results.']);
  });

  it("with the topic's gate, finds a page whose only term is wrapped and indented in the source", async () => {
    const gate = createGate(STEM_CELL_BACK_PAIN_GATE.languages);
    document.body.innerHTML = `
      <article>
        <h1>Back pain clinic</h1>
        <p>We offer&nbsp;injections of your own stem
           cells for worn discs, and physical therapy.</p>
      </article>`;
    expect(await anyTreatmentTerms(document.body, gate, countingSlice())).toBe(true);
    document.body.innerHTML = `
      <article>
        <p>Cell phone repairs: the system
           stems from a cell
           tower&nbsp;fault.</p>
      </article>`;
    expect(await anyTreatmentTerms(document.body, gate, countingSlice())).toBe(false);
  });

  it('reads around scripts, styles and form text: their words open no gate, the text around them is read', async () => {
    document.head.innerHTML = '<style>.stem-cell-card { color: red }</style>';
    document.body.innerHTML = `<main><p>Back pain and physical therapy.</p>
      <script type="application/json">{"related": "Stem cell therapy for knees"}</script>
      <noscript>Stem cell clinic</noscript><textarea>stem cell notes</textarea>
      <p>Walking helps.</p></main>`;
    const test = recordingTest();
    expect(await anyTreatmentTerms(document, test, countingSlice())).toBe(false);
    expect(test.calls.join('|')).not.toMatch(/stem/i);
    expect(test.calls.join('|')).toContain('Walking helps.');
    // A term the reader sees whole across a script is still seen (the seam).
    document.body.innerHTML = '<p>Ask about stem <script>var x = 1;</script>cells today.</p>';
    expect(await anyTreatmentTerms(document, recordingTest(), countingSlice())).toBe(true);
    // A script element as the root of a re-read: nothing to read.
    const script = document.createElement('script');
    script.textContent = 'stem cell';
    document.body.appendChild(script);
    expect(await anyTreatmentTerms(script, recordingTest(), countingSlice())).toBe(false);
    document.head.innerHTML = '';
  });

  it('reads an unread element that page code gave element children, as any other', async () => {
    document.body.innerHTML = '<p>Intro.</p>';
    const style = document.createElement('style');
    const inner = document.createElement('span');
    inner.textContent = 'stem cell';
    style.appendChild(inner);
    document.body.appendChild(style);
    expect(await anyTreatmentTerms(document.body, recordingTest(), countingSlice())).toBe(true);
  });
});
