// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../../components/popup/PopupApp';
import { readPage } from '../../../../components/popup/use-popup-data';
import { fixedTab, tabFromAddress } from '../../../../components/popup/tab-source';
import { loadSettings } from '../../../../utils/settings-store';
import { loadOpenSections } from '../../../../utils/popup-sections-store';
import { claim, summary } from '../fixtures';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Makes the fake background answer getTabSummary for tab 5 with one claim. */
function backgroundKnowsTab5() {
  const page = summary([claim({ category: 'efficacy', text: 'Stem cells cure back pain.' })]);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: {
    name: string;
    data: { tabId: number };
  }) =>
    message.name === 'getTabSummary' && message.data.tabId === 5
      ? { ok: true, value: page }
      : { ok: false, error: 'no such tab' }) as never);
  return page;
}

describe('tabFromAddress', () => {
  it('takes the tab from ?tabId=N', async () => {
    await expect(tabFromAddress('?tabId=42')).resolves.toBe(42);
  });
  it('falls back to the active tab when the address names none or a malformed one', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    await expect(tabFromAddress('')).resolves.toBe(9);
    await expect(tabFromAddress('?tabId=4x')).resolves.toBe(9);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });
});

describe('readPage', () => {
  it('is unreadable without a tab', async () => {
    await expect(readPage(null)).resolves.toEqual({ kind: 'unreadable', url: null });
  });
  it("gives the background's summary of the tab", async () => {
    const page = backgroundKnowsTab5();
    await expect(readPage(5)).resolves.toEqual({ kind: 'ready', summary: page });
  });
  it('is unreadable when the background has no summary for the tab', async () => {
    backgroundKnowsTab5();
    // Without host access the browser does not say the tab's URL.
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 6'));
    await expect(readPage(6)).resolves.toEqual({ kind: 'unreadable', url: null });
  });
});

describe('PopupApp (the popup with its data)', () => {
  it("lists the tab's claims and writes the site switch to storage", async () => {
    backgroundKnowsTab5();
    render(<PopupApp tabs={fixedTab(async () => 5)} />);
    await screen.findByText('Stem cells cure back pain.');
    fireEvent.click(
      await screen.findByRole('switch', { name: /highlight claims on .*example-clinic/i }),
    );
    await waitFor(async () =>
      expect((await loadSettings()).offFor).toEqual(['example-clinic.com']),
    );
  });

  it('remembers which folded sections the reader opened, and opens them next time', async () => {
    backgroundKnowsTab5();
    const first = render(<PopupApp tabs={fixedTab(async () => 5)} />);
    await screen.findByText('Stem cells cure back pain.');
    const risks = first.container.querySelector(
      'details[data-section="risks"]',
    ) as HTMLDetailsElement;
    expect(risks.open).toBe(false);
    risks.open = true;
    fireEvent(risks, new Event('toggle'));
    await waitFor(async () => expect(await loadOpenSections()).toEqual(['risks']));
    first.unmount();

    render(<PopupApp tabs={fixedTab(async () => 5)} />);
    await screen.findByText('Stem cells cure back pain.');
    await waitFor(() =>
      expect(
        (document.querySelector('details[data-section="risks"]') as HTMLDetailsElement).open,
      ).toBe(true),
    );
    expect(
      (document.querySelector('details[data-section="studies"]') as HTMLDetailsElement).open,
    ).toBe(false);
  });
});
