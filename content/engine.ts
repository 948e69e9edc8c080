import type { Category } from '../topic/categories';
import { MAX_REPORTED_CLAIMS, type FrameReport } from '../utils/messages';
import { shownCategories, type Settings } from '../utils/settings';
import { ClaimStore, type ClaimRecord } from './claim-store';
import { createPainter } from './highlight/layer';
import { startInteraction, type CardHost } from './interaction';
import { startReading, type Detector, type Reading } from './reading';

export type { CardHost } from './interaction';
export type { Detector } from './reading';

/** What the engine needs from its surroundings. */
export interface EngineDeps<C> {
  doc: Document;
  detector: Detector<C>;
  /** The settings at start; later changes come through `applySettings`. */
  settings: Settings;
  /** Whether highlights are on for this frame's site under given settings. */
  isOn(settings: Settings): boolean;
  /**
   * Called whenever the frame's claims change; the caller reads them with `frameReport()` when
   * it sends them (listing claims puts them in document order, worth doing only then).
   */
  report(): void;
  cards?: CardHost;
}

/** A running engine for one frame. */
export interface Engine {
  applySettings(settings: Settings): void;
  /** Scrolls to a claim and flashes it. @returns false when there is no such claim. */
  reveal(id: number): boolean;
  /** Moves to the next (+1) or previous (-1) claim and shows its card. @returns false when none. */
  step(direction: 1 | -1): boolean;
  frameReport(): FrameReport;
  /** Resolves when the work queued so far is done (for tests and the bench). */
  idle(): Promise<void>;
}

/**
 * Starts the in-page engine for one frame, all wiring: the claim store and painter, the reading
 * of the page (reading.ts: gate → read passages → page context → find claims → visible only →
 * paint → report, then page changes) and the reader's side (interaction.ts: hover, Escape,
 * stepping, reveal). Settings switch painting and cards on and off. Aborting `signal` removes
 * every listener, observer, timer and highlight. Fixtures: tests/fixtures/*.html; issue 4.
 * A little over a screen: the wiring of the three units and the settings switch, nothing else.
 */
export function startEngine<C>(deps: EngineDeps<C>, signal: AbortSignal): Engine {
  const { doc, cards } = deps;
  const store = new ClaimStore();
  const painter = createPainter(doc.defaultView as Window & typeof globalThis);
  let settings = deps.settings;
  let on = false;
  let reading: Reading | null = null;
  const interaction = startInteraction(
    { doc, store, painter, cards, isOn: () => on, hasHoverCards: () => settings.hoverCards },
    signal,
  );
  const removeRecords = (records: ClaimRecord[]) => {
    for (const r of records) {
      painter.delete(r.range, r.claim.category);
      interaction.forget(r);
    }
  };
  const frameReport = (): FrameReport => ({
    url: doc.location?.href ?? '',
    highlightsOn: on,
    total: store.size,
    claims: store.toPageClaims(MAX_REPORTED_CLAIMS),
  });

  /**
   * Highlights off for the site means nothing is painted and no card shows; claims are still
   * found, so the popup can list them and give context (utils/messages.ts FrameReport).
   */
  function applySettings(next: Settings): void {
    settings = next;
    painter.configure(settings.highlightStyle, new Set<Category>(shownCategories(settings)));
    if (!settings.hoverCards) cards?.hide();
    const nextOn = deps.isOn(settings);
    reading ??= startReading({
      ...deps,
      store,
      painter,
      isOn: () => on,
      isOwn: (node) => cards?.contains(node) ?? false,
      removeRecords,
    });
    if (nextOn === on) return;
    on = nextOn;
    if (on) for (const r of store.all()) painter.add(r.range, r.claim.category);
    else {
      painter.clear();
      interaction.reset();
    }
    deps.report();
  }

  signal.addEventListener(
    'abort',
    () => {
      reading?.stop();
      reading = null;
      removeRecords(store.clear());
      painter.clear();
    },
    { once: true },
  );
  applySettings(settings);
  return {
    applySettings,
    reveal: interaction.reveal,
    step: interaction.step,
    frameReport,
    idle: () => reading?.idle() ?? Promise.resolve(),
  };
}
