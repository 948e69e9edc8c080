// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../../../components/sidepanel/SidePanelApp';
import { followActiveTab } from '../../../../components/sidepanel/follow-tab';
import { PopupApp } from '../../../../components/popup/PopupApp';
import { REFRESH_MS } from '../../../../components/popup/use-popup-data';
import { fixedTab, type TabSource } from '../../../../components/popup/tab-source';
import type { TabSummary } from '../../../../utils/messages';
import { axeViolations } from '../axe-check';
import { claim, summary } from '../fixtures';

/**
 * The side panel (issue 15): the popup's surface for the active tab of its window, following tab
 * switches and the background's news of changed claims. The browser is WXT's fake; the background
 * is a table of tab summaries answered through runtime.sendMessage.
 */

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A fake background answering getTabSummary from `pages` (read at each call). */
function background(pages: Map<number, TabSummary>) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    name: string;
    data: { tabId: number };
  }) => {
    const page = pages.get(message.data.tabId);
    return message.name === 'getTabSummary' && page
      ? { ok: true, value: page }
      : { ok: false, error: 'no such tab' };
  }) as never);
}

/** The background telling open surfaces that tab `tabId` changed, as entrypoints/background.ts does. */
async function backgroundSaysChanged(tabId: number, sender: { tab?: { id: number } } = {}) {
  await act(async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { tag: 'claim-context/1', name: 'tabSummaryChanged', data: { tabId } },
      { id: fakeBrowser.runtime.id, ...sender } as never,
      () => undefined,
    );
  });
}

/** A tab source the test moves by hand: `to(id)` shows another tab. */
function handTabs(first: number) {
  let show: (id: number | null) => void = () => undefined;
  const source: TabSource = (s) => {
    show = s;
    s(first);
  };
  return { source, to: (id: number | null) => act(() => show(id)) };
}

const A = summary([claim({ category: 'efficacy', text: 'Stem cells cure back pain.' })]);
const B = summary(
  [claim({ category: 'cost', text: 'One injection costs $5,000.' })],
  'https://other-clinic.example/prices',
);

describe('SidePanelApp', () => {
  it("shows the tab's claims and follows a switch to another tab", async () => {
    background(
      new Map([
        [1, A],
        [2, B],
      ]),
    );
    const tabs = handTabs(1);
    render(<SidePanelApp tabs={tabs.source} />);
    await screen.findByText('Stem cells cure back pain.');
    await tabs.to(2);
    await screen.findByText('One injection costs $5,000.');
    expect(screen.queryByText('Stem cells cure back pain.')).toBeNull();
    expect(screen.getByRole('switch', { name: /other-clinic\.example/ })).toBeTruthy();
  });

  it('never shows a slow answer about the tab it has left', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
      data: { tabId: number };
    }) => {
      // Tab 1's answer comes late, after the reader has moved to tab 2.
      if (message.data.tabId === 1) await new Promise((r) => setTimeout(r, 200));
      return { ok: true, value: message.data.tabId === 1 ? A : B };
    }) as never);
    const tabs = handTabs(1);
    render(<SidePanelApp tabs={tabs.source} />);
    await tabs.to(2);
    await screen.findByText('One injection costs $5,000.');
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.queryByText('Stem cells cure back pain.')).toBeNull();
    expect(screen.getByText('One injection costs $5,000.')).toBeTruthy();
  });

  it('lists a claim the page adds as soon as the background says the tab changed', async () => {
    const pages = new Map([[1, A]]);
    background(pages);
    render(<SidePanelApp tabs={handTabs(1).source} />);
    await screen.findByText('Stem cells cure back pain.');
    const appended = claim({ category: 'safety', text: 'There are no side effects at all.' });
    pages.set(1, summary([...A.claims, appended]));
    // News about another tab changes nothing; news about this one is read at once (well before
    // the REFRESH_MS safety net).
    await backgroundSaysChanged(7);
    expect(screen.queryByText('There are no side effects at all.')).toBeNull();
    await backgroundSaysChanged(1);
    await screen.findByText('There are no side effects at all.', undefined, { timeout: 500 });
  });

  it('asks the background nothing without news, so an open panel lets the service worker sleep', async () => {
    background(new Map([[1, A]]));
    render(<SidePanelApp tabs={handTabs(1).source} />);
    await screen.findByText('Stem cells cure back pain.');
    const asked = vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length;
    await new Promise((r) => setTimeout(r, REFRESH_MS + 300));
    expect(vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.length).toBe(asked);
  });

  it('ignores that news from a sender in a tab (only the background sends it)', async () => {
    const pages = new Map([[1, A]]);
    background(pages);
    render(<SidePanelApp tabs={handTabs(1).source} />);
    await screen.findByText('Stem cells cure back pain.');
    pages.set(1, summary([claim({ category: 'safety', text: 'Totally safe.' })]));
    await backgroundSaysChanged(1, { tab: { id: 1 } });
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByText('Totally safe.')).toBeNull();
  });

  it('has no button that opens the side panel, which the popup has', async () => {
    background(new Map([[1, A]]));
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 4 } as never);
    const panel = render(<SidePanelApp tabs={handTabs(1).source} />);
    await screen.findByText('Stem cells cure back pain.');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: 'Open in side panel' })).toBeNull();
    panel.unmount();

    render(<PopupApp tabs={fixedTab(async () => 1)} />);
    await screen.findByRole('button', { name: 'Open in side panel' });
  });

  it('has no axe-core violations, with claims and on an unreadable tab', async () => {
    background(new Map([[1, A]]));
    const tabs = handTabs(1);
    const { container } = render(<SidePanelApp tabs={tabs.source} />);
    await screen.findByText('Stem cells cure back pain.');
    expect(await axeViolations(container)).toEqual([]);
    await tabs.to(null);
    await screen.findByRole('heading', { name: /cannot read this page/i });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("the popup's side panel button", () => {
  it("opens the side panel of the popup's window from the click, without waiting first", async () => {
    background(new Map([[1, A]]));
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 4 } as never);
    const open = vi.fn((_options: unknown) => Promise.resolve());
    (fakeBrowser.sidePanel as unknown as { open: typeof open }).open = open;
    render(<PopupApp tabs={fixedTab(async () => 1)} />);
    const button = await screen.findByRole('button', { name: 'Open in side panel' });
    fireEvent.click(button);
    // Called inside the click's own task: the browser refuses a panel opened later.
    expect(open).toHaveBeenCalledWith({ windowId: 4 });
  });
});

describe('followActiveTab', () => {
  /** Two windows: tabs 1 and 2 in window 10, tab 3 in window 20. */
  function twoWindows() {
    const windows: Record<number, number> = { 1: 10, 2: 10, 3: 20, 4: 10 };
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) =>
      windows[id] === undefined ? undefined : { id, windowId: windows[id] }) as never);
  }

  async function follow(search: string, own?: number) {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(
      (own === undefined ? undefined : { id: own, windowId: 10 }) as never,
    );
    const seen: (number | null)[] = [];
    const controller = new AbortController();
    followActiveTab(search)((id) => seen.push(id), controller.signal);
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    const activate = (tabId: number, windowId: number) =>
      fakeBrowser.tabs.onActivated.trigger({ tabId, windowId });
    return { seen, activate, stop: () => controller.abort() };
  }

  it('starts on the active tab of its window and follows activations in that window only', async () => {
    twoWindows();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, windowId: 10 }] as never);
    const { seen, activate, stop } = await follow('');
    await activate(2, 10);
    await activate(3, 20); // another window's panel follows that one
    await activate(1, 10);
    expect(seen).toEqual([1, 2, 1]);
    stop();
    await activate(2, 10);
    expect(seen).toEqual([1, 2, 1]);
  });

  it('starts on ?tabId=N and follows its window; opened as a tab, it never describes itself', async () => {
    twoWindows();
    const { seen, activate } = await follow('?tabId=2', 4);
    await activate(4, 10); // the reader looks at the panel's own tab
    await activate(1, 10);
    expect(seen).toEqual([2, 1]);
  });

  it('keeps a switch made while it starts, and shows that tab rather than the one it found', async () => {
    twoWindows();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    // The reader switches to tab 2 while the panel is still asking which tab is active (the
    // answer, tab 1, is from before the switch).
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => {
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 2, windowId: 10 });
      return [{ id: 1, windowId: 10 }];
    }) as never);
    const seen: (number | null)[] = [];
    const controller = new AbortController();
    followActiveTab('')((id) => seen.push(id), controller.signal);
    await waitFor(() => expect(seen).toEqual([2]));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: 10 });
    expect(seen).toEqual([2, 1]);
    controller.abort();
  });

  it('describes no tab when its address names a tab that does not exist', async () => {
    twoWindows();
    const { seen, activate } = await follow('?tabId=99');
    await activate(1, 10);
    expect(seen).toEqual([99]);
  });
});
