import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { API_FILE, ENGINE_FILE, askEngine, injectEngine } from '../../../utils/engine-injection';
import { checkMessage } from '../../../utils/messages';

type Inject = typeof fakeBrowser.scripting.executeScript;

/**
 * A tab whose frames run the engine once it has been injected there (after `answerAfter` asks,
 * as a fresh engine reads its settings before it listens), and where `refused` frames cannot be
 * injected (a browser page).
 */
function fakeTab(answerAfter = 0, refused: number[] = []) {
  const running = new Set<number>();
  const injected: { tabId: number; frameIds?: number[]; files?: string[] }[] = [];
  let asksSinceInjection = 0;
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options) => {
    const { tabId, frameIds } = options.target;
    injected.push({ tabId, frameIds, files: (options as { files?: string[] }).files });
    if (frameIds?.some((f) => refused.includes(f))) throw new Error('Cannot access contents');
    for (const f of frameIds ?? [0]) running.add(f);
    asksSinceInjection = 0;
    return [];
  }) as Inject);
  const asked: string[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    message: unknown,
    options?: { frameId?: number },
  ) => {
    const frame = options?.frameId ?? 0;
    const envelope = checkMessage(message, fakeBrowser.runtime.id);
    asked.push(`${envelope?.name}@${frame}`);
    if (!running.has(frame) || asksSinceInjection++ < answerAfter)
      throw new Error('Could not establish connection. Receiving end does not exist.');
    return { text: `selection of frame ${frame}` };
  }) as unknown as typeof fakeBrowser.tabs.sendMessage);
  return { injected, asked, running };
}

const noWait = async () => {};

describe('engine injection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it("adds the API's and the engine's files to exactly the frame asked for", async () => {
    const tab = fakeTab();
    expect(await injectEngine(7, 3)).toBe(true);
    expect(tab.injected).toEqual([{ tabId: 7, frameIds: [3], files: [API_FILE, ENGINE_FILE] }]);
  });

  it("adds the engine's file alone where the frame's gate stage asked (its API is there)", async () => {
    const tab = fakeTab();
    expect(await injectEngine(7, 3, false)).toBe(true);
    expect(tab.injected).toEqual([{ tabId: 7, frameIds: [3], files: [ENGINE_FILE] }]);
  });

  it('reports a refused injection (a browser page) as false, without throwing', async () => {
    fakeTab(0, [0]);
    expect(await injectEngine(7, 0)).toBe(false);
  });

  it('asks a running engine directly, injecting nothing', async () => {
    const tab = fakeTab();
    tab.running.add(0);
    expect(await askEngine(7, 'getSelectedText', null, 0, noWait)).toEqual({
      text: 'selection of frame 0',
    });
    expect(tab.injected).toEqual([]);
  });

  it('adds the engine where none answers, then asks again until the new engine listens', async () => {
    const tab = fakeTab(3);
    expect(await askEngine(7, 'getSelectedText', null, 2, noWait)).toEqual({
      text: 'selection of frame 2',
    });
    expect(tab.injected).toEqual([{ tabId: 7, frameIds: [2], files: [API_FILE, ENGINE_FILE] }]);
    expect(tab.asked).toEqual(Array(5).fill('getSelectedText@2'));
  });

  it('gives up where the engine cannot be added, and where it never answers', async () => {
    fakeTab(0, [0]);
    expect(await askEngine(7, 'getSelectedText', null, 0, noWait)).toBeUndefined();
    vi.restoreAllMocks();
    const silent = fakeTab(Infinity);
    vi.useFakeTimers();
    try {
      const reply = askEngine(
        7,
        'getSelectedText',
        null,
        0,
        async () => void (await vi.advanceTimersByTimeAsync(25)),
      );
      await vi.advanceTimersByTimeAsync(4000);
      expect(await reply).toBeUndefined();
      expect(silent.injected).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
