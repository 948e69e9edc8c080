import { browser } from 'wxt/browser';

/**
 * The content script's lifetime, in place of WXT's `ContentScriptContext` (wxt.config.ts points
 * `wxt/utils/content-script-context` here for every build, so WXT's content-script entry creates
 * this class and hands it to `main`).
 *
 * Why not WXT's: it announces every start to the page and listens to the page for its own end.
 * It posts `"<extension id>:content:wxt:content-script-started"` to `window` (any page and every
 * frame learns the extension and its id), dispatches a DOM event of that name that a page can
 * forge to invalidate the script (a page could switch the extension off for itself), and reports
 * route changes as a DOM event a page can also forge (each forged event made the script send the
 * background a full report). Security probe 2026-12, issue 17; the upstream issue is open.
 *
 * This one talks to nobody: it ends when the extension's context goes away (updated, reloaded or
 * removed: `runtime.id` is gone) and at no page's request. The handshake WXT uses to stop an
 * older copy is not needed: an older copy has lost its context by the time a newer background can
 * add the engine to its page, and the engine's entry starts anew only where the copy running in
 * the frame is no longer valid (entrypoints/content.ts).
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension's context is gone (checked now) or the script was stopped. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort('Extension context invalidated');
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Calls `cb` when the context ends; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb, { once: true });
    return () => this.signal.removeEventListener('abort', cb);
  }
}
