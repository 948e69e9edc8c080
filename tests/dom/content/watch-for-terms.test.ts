// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GATE_MAX_WAIT_MS, watchForTerms } from '../../../content/watch-for-terms';
import { GATE_BATCH } from '../../../content/scan/gate';
import { createGate } from '../../../content/detect/gate';
import { STEM_CELL_BACK_PAIN_GATE } from '../../../topic/detect/gate';
import { MAX_WAIT_MS } from '../../../content/scan/observe';

const gate = createGate(STEM_CELL_BACK_PAIN_GATE.languages);

/** The gate, recording every text it read. */
function recordingGate(): ((text: string) => boolean) & { read: string[] } {
  const read: string[] = [];
  return Object.assign(
    (text: string) => {
      read.push(text);
      return gate(text);
    },
    { read },
  );
}

/** Long enough for a first reading after a frame, or for a burst of changes to settle. */
const settle = () => new Promise((r) => setTimeout(r, MAX_WAIT_MS + 200));

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
});

/** Starts the stage on the document; `found()` counts its calls. */
function watch(test: (text: string) => boolean = gate) {
  const calls = { found: 0 };
  watchForTerms(document, test, controller.signal, () => calls.found++);
  return calls;
}

describe('watchForTerms (the gate stage)', () => {
  it('says nothing for a page that never names the therapy, and reads it once', async () => {
    document.body.innerHTML = '<h1>Garden notes</h1><p>Prune the roses in late winter.</p>';
    const test = recordingGate();
    const calls = watch(test);
    await settle();
    expect(calls.found).toBe(0);
    expect(test.read.join(' ')).toContain('Prune the roses');
    expect(test.read.join(' ').match(/Prune/g)).toHaveLength(1);
  });

  it('calls found once for a page that names it, and stops watching', async () => {
    document.body.innerHTML = '<p>Our clinic offers stem cell injections.</p>';
    const test = recordingGate();
    const calls = watch(test);
    await settle();
    expect(calls.found).toBe(1);
    const readBefore = test.read.length;
    const p = document.createElement('p');
    p.textContent = 'More about bone marrow concentrate.';
    document.body.append(p);
    await settle();
    expect(calls.found).toBe(1);
    expect(test.read.length).toBe(readBefore);
  });

  it('reads only the new blocks when a claim-free page changes, and calls found when they name it', async () => {
    document.body.innerHTML = '<p>Prune the roses in late winter.</p><div id="feed"></div>';
    const test = recordingGate();
    const calls = watch(test);
    await settle();
    const feed = document.getElementById('feed') as HTMLElement;
    const quiet = document.createElement('p');
    quiet.textContent = 'Water them in the morning.';
    feed.append(quiet);
    await settle();
    expect(calls.found).toBe(0);
    const added = test.read.slice(1).join(' ');
    expect(added).toContain('Water them');
    expect(added).not.toContain('Prune');
    const loud = document.createElement('p');
    loud.textContent = 'Umbilical cord tissue injections for your back.';
    feed.append(loud);
    await settle();
    expect(calls.found).toBe(1);
  });

  it("reads a page that never stops changing within GATE_MAX_WAIT_MS of the change, not the engine's longer wait", async () => {
    document.body.innerHTML = '<p>Prune the roses.</p><div id="feed"></div>';
    const calls = watch();
    await settle();
    const feed = document.getElementById('feed') as HTMLElement;
    // A feed adding a line every 10 ms, for longer than MAX_WAIT_MS: the burst never settles.
    const started = performance.now();
    let foundAt = -1;
    let n = 0;
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        const p = document.createElement('p');
        p.textContent = `Update ${n++}: stem cell injections for back pain.`;
        feed.append(p);
        if (foundAt < 0 && calls.found > 0) foundAt = performance.now() - started;
        if (n === 120) {
          clearInterval(timer);
          done();
        }
      }, 10);
    });
    expect(calls.found).toBe(1);
    expect(foundAt).toBeGreaterThan(0);
    expect(foundAt).toBeLessThan(GATE_MAX_WAIT_MS + 150);
    expect(GATE_MAX_WAIT_MS + 150).toBeLessThan(MAX_WAIT_MS);
  });

  it('finds the therapy named in an open shadow root', async () => {
    document.body.innerHTML = '<p>Prune the roses.</p><div id="host"></div>';
    const root = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Mesenchymal cells for discs.</p>';
    const calls = watch();
    await settle();
    expect(calls.found).toBe(1);
  });

  /** How many frames had been asked for when the stage first read text. */
  async function framesBeforeReading(): Promise<number> {
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame');
    const paints = vi
      .spyOn(performance, 'getEntriesByType')
      .mockImplementation((type) =>
        type === 'paint' ? [{ name: 'first-paint' } as PerformanceEntry] : [],
      );
    let before = -1;
    watch((text) => {
      if (before < 0) before = frames.mock.calls.length;
      return gate(text);
    });
    await settle();
    paints.mockRestore();
    frames.mockRestore();
    return before;
  }

  it('reads the page only after a frame, painted or not, small or large', async () => {
    document.body.innerHTML = '<p>Prune the roses.</p>';
    expect(await framesBeforeReading()).toBe(1);
    document.body.innerHTML = '<p>Prune the roses.</p>'.repeat(GATE_BATCH + 10);
    expect(await framesBeforeReading()).toBe(1);
  });

  it('answers at once, before any frame or reading, where the title names the therapy', async () => {
    document.title = 'Stem cell therapy for back pain';
    document.body.innerHTML = '<p>Prune the roses.</p>';
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame');
    const test = recordingGate();
    const calls = watch(test);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.found).toBe(1);
    expect(frames).not.toHaveBeenCalled();
    expect(test.read).toEqual(['Stem cell therapy for back pain']);
    frames.mockRestore();
    document.title = '';
  });

  it('does nothing once its context has ended', async () => {
    document.body.innerHTML = '<p>Prune the roses.</p><div id="feed"></div>';
    const calls = watch();
    controller.abort();
    const p = document.createElement('p');
    p.textContent = 'Stem cell therapy for back pain.';
    (document.getElementById('feed') as HTMLElement).append(p);
    await settle();
    expect(calls.found).toBe(0);
  });
});
