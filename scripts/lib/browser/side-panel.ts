import type { ExtensionBrowser } from './chromium';

/**
 * Chromium's side panel as tools and tests reach it. The panel is a page target of its own that
 * Playwright does not list among the context's pages, so it is driven through DevTools: a session
 * attached to the target (`Target.attachToTarget`) carrying `Runtime.evaluate`, emulated media
 * and screenshots. Opening it still takes the reader's action (the popup's button, the card's
 * "Full context"); nothing here opens it.
 */

/** An open side panel, driven through DevTools. */
export interface SidePanel {
  /** The panel document's URL. */
  url: string;
  /** Evaluates `expression` in the panel (awaiting a promise) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Emulates the reader's colour scheme in the panel. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Gives the panel this size in CSS pixels, as a browser window of that height would. */
  setSize(width: number, height: number): Promise<void>;
  /** A PNG of the panel as the reader sees it. */
  screenshot(): Promise<Buffer>;
  /** Detaches from the panel (the panel stays open). */
  detach(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The extension's open side panels, as `chrome.runtime.getContexts` lists them. */
export function openSidePanels(browser: ExtensionBrowser): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as never] })).map(
      (c) => c.documentUrl ?? '',
    ),
  );
}

/**
 * Attaches to the extension's open side panel; throws when none is open within `timeout` ms.
 */
export async function attachSidePanel(
  browser: ExtensionBrowser,
  timeout = 5000,
): Promise<SidePanel> {
  const anchor = browser.context.pages()[0] ?? (await browser.context.newPage());
  const cdp = await browser.context.newCDPSession(anchor);
  const prefix = `chrome-extension://${browser.extensionId}/sidepanel.html`;
  const deadline = Date.now() + timeout;
  let panel: TargetInfo | undefined;
  while (!panel) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    panel = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(prefix));
    if (panel) break;
    if (Date.now() > deadline) {
      await cdp.detach().catch(() => undefined);
      throw new Error('no side panel is open');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: panel.targetId,
    flatten: false,
  })) as { sessionId: string };
  // Without `flatten`, the panel's protocol messages travel inside Target events of this session.
  let nextId = 0;
  const pending = new Map<
    number,
    (reply: { result?: unknown; error?: { message: string } }) => void
  >();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const call = async <T>(method: string, params: object): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
      pending.set(id, resolve),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  };
  return {
    url: panel.url,
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await call<{
        result: { value?: T };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails)
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
    async setColorScheme(scheme) {
      await call('Emulation.setEmulatedMedia', {
        features: [{ name: 'prefers-color-scheme', value: scheme }],
      });
    },
    async setSize(width, height) {
      await call('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: 1,
        mobile: false,
      });
    },
    async screenshot() {
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      return Buffer.from(data, 'base64');
    },
    async detach() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
