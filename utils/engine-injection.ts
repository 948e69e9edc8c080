import { browser } from 'wxt/browser';
import { sendToTab, type DataOf, type ReplyOf, type ToContent } from './messages';

/**
 * The engine's script in the build: entrypoints/content.ts, which is in no manifest list. Every
 * page and frame gets only the gate stage (entrypoints/gate.content.ts); the background adds the
 * engine where that stage finds the therapy named, or where the reader asks for it (the popup on
 * a page the gate passed over, "Check this text").
 */
export const ENGINE_FILE = '/content-scripts/content.js';
/**
 * The extension API both content scripts take (entrypoints/api.ts, content/shared-api.ts): it
 * runs before the gate stage in every frame, and is added before the engine where the frame may
 * have no gate stage (a tab opened before the extension was installed). Where one is running it
 * leaves it, and returns.
 */
export const API_FILE = '/api.js';
/** How long a newly added engine may take to answer (it reads the settings first). */
const ANSWER_WAIT_MS = 3000;
const RETRY_MS = 25;

/**
 * Adds the engine to one frame of a tab. A frame that runs it already keeps its engine (the
 * script returns at once there). `withApi: false` only where the frame's gate stage asked for it:
 * the API that stage took is there already.
 * @returns false where the browser refuses (a browser page, a frame gone).
 */
export async function injectEngine(
  tabId: number,
  frameId: number,
  withApi = true,
): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: withApi ? [API_FILE, ENGINE_FILE] : [ENGINE_FILE],
      injectImmediately: true,
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends a frame's engine a message, adding the engine first where none answers.
 * @returns the reply, or undefined where no engine can run or none answered in time.
 */
export async function askEngine<K extends keyof ToContent>(
  tabId: number,
  name: K,
  data: DataOf<K>,
  frameId = 0,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<ReplyOf<K> | undefined> {
  const reply = await sendToTab(tabId, name, data, frameId);
  if (reply !== undefined) return reply;
  if (!(await injectEngine(tabId, frameId))) return undefined;
  const until = Date.now() + ANSWER_WAIT_MS;
  for (;;) {
    const reply = await sendToTab(tabId, name, data, frameId);
    if (reply !== undefined || Date.now() >= until) return reply;
    await wait(RETRY_MS);
  }
}
