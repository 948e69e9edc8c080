// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  Popup,
  formatReviewedOn,
  type PageState,
  type PopupProps,
} from '../../../../components/popup/Popup';
import { knowledgePack } from '../../../../topic/knowledge';
import { categoryLabel } from '../../../../components/shared/labels';
import { DEFAULT_SETTINGS, type Settings } from '../../../../utils/settings';
import { POPUP_SECTIONS } from '../../../../utils/popup-sections';
import { axeViolations } from '../axe-check';
import { claim, summary } from '../fixtures';
import { getMessageIn } from '../../../messages';

afterEach(cleanup);

function renderPopup(page: PageState, overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    page,
    settings: {
      ...DEFAULT_SETTINGS,
      onFor: [],
      offFor: [],
      hiddenCategories: [],
    },
    pack: knowledgePack,
    onSiteToggle: vi.fn(),
    onDefaultToggle: vi.fn(),
    onReveal: vi.fn(async () => true),
    onOpenOptions: vi.fn(),
    openSections: [],
    onSectionToggle: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<Popup {...props} />) };
}

const clinicClaims = [
  claim({ category: 'efficacy', text: 'Our stem cells cure back pain in 90% of patients.' }),
  claim({
    category: 'cost',
    text: 'Treatment costs $4,500 per injection.',
    prices: [{ min: 4500, max: 4500, currency: 'USD', per: 'injection', start: 20, end: 26 }],
  }),
  claim({ category: 'efficacy', text: 'Patients regrow their discs.', frameId: 3 }),
  claim({ category: 'regulatory', text: 'Our lab is FDA-registered.' }),
];

describe('Popup with claims', () => {
  it('groups the claims by category with a count per group', () => {
    renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const list = screen.getByRole('region', { name: /claims on this page/i });
    const efficacy = within(list).getByRole('heading', { name: /does it work\?/i });
    expect(efficacy.textContent).toContain('(2)');
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    // Groups follow CATEGORIES order: efficacy, cost, regulatory.
    expect(headings).toEqual([
      `${categoryLabel('efficacy')} (2)`,
      `${categoryLabel('cost')} (1)`,
      `${categoryLabel('regulatory')} (1)`,
    ]);
    expect(within(list).getByText('Patients regrow their discs.')).toBeTruthy();
  });

  it('asks to reveal a claim with its id and frame when it is clicked', async () => {
    const { props } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    fireEvent.click(screen.getByRole('button', { name: /patients regrow their discs/i }));
    expect(props.onReveal).toHaveBeenCalledWith({ id: clinicClaims[2]!.id, frameId: 3 });
  });

  it('says so when a claim can no longer be shown', async () => {
    renderPopup(
      { kind: 'ready', summary: summary(clinicClaims) },
      { onReveal: vi.fn(async () => false) },
    );
    fireEvent.click(screen.getByRole('button', { name: /FDA-registered/i }));
    expect(await screen.findByText(/could not be shown/i)).toBeTruthy();
  });

  it('leads with a one-screen summary of the page’s kinds of claim, then the claims', () => {
    const { container } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const top = screen.getByRole('region', { name: /this page at a glance/i });
    const list = screen.getByRole('region', { name: /claims on this page/i });
    const more = screen.getByRole('region', { name: /more context/i });
    // Summary first, then the claims, then the folded general context.
    expect(top.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(list.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const kinds = [...top.querySelectorAll('li[data-category]')];
    expect(kinds.map((li) => li.getAttribute('data-category'))).toEqual([
      'efficacy',
      'cost',
      'regulatory',
    ]);
    const efficacy = kinds[0]!;
    expect(efficacy.textContent).toContain('2 claims');
    expect(efficacy.textContent).toContain(knowledgePack.categories.efficacy.summary.text);
    expect(efficacy.textContent).toContain('certainty (our reading): low');
    expect(efficacy.textContent).toMatch(/\(checked \d{1,2} [A-Z][a-z]{2} \d{4}\)/);
    expect(efficacy.querySelector('a')!.getAttribute('href')).toBe(
      knowledgePack.sources[knowledgePack.categories.efficacy.summary.sourceIds[0]!]!.url,
    );
    expect(top.textContent).toMatch(/own reading of the sources, not a published rating/);
    // Nothing of the general context is open: every fold is closed.
    const folds = [...container.querySelectorAll('details.fold')];
    expect(folds.length).toBeGreaterThanOrEqual(7);
    expect(folds.every((d) => !(d as HTMLDetailsElement).open)).toBe(true);
  });

  it('shows a date beside every source link', () => {
    const { container } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const items = [...container.querySelectorAll('ul.sources > li')];
    expect(items.length).toBeGreaterThan(20);
    for (const li of items) expect(li.textContent).toMatch(/· checked \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });

  it('opens a folded section when asked, and says so to be remembered', () => {
    const onSectionToggle = vi.fn();
    const { container, rerender, props } = renderPopup(
      { kind: 'ready', summary: summary(clinicClaims) },
      { onSectionToggle },
    );
    const studies = container.querySelector(
      'details[data-section="studies"]',
    ) as HTMLDetailsElement;
    expect(studies.querySelector('summary')!.textContent).toMatch(/key studies/i);
    studies.open = true;
    fireEvent(studies, new Event('toggle'));
    expect(onSectionToggle).toHaveBeenCalledWith('studies', true);
    // The remembered state opens it on the next render; its own toggle event is not reported again.
    onSectionToggle.mockClear();
    rerender(<Popup {...props} openSections={['studies']} />);
    expect(studies.open).toBe(true);
    fireEvent(studies, new Event('toggle'));
    expect(onSectionToggle).not.toHaveBeenCalled();
  });

  it('puts anything the caller gives under each claim', () => {
    renderPopup(
      { kind: 'ready', summary: summary(clinicClaims) },
      { renderAnswer: (c) => <p class="answer">Answer to {c.text}</p> },
    );
    const list = screen.getByRole('region', { name: /claims on this page/i });
    expect(list.querySelectorAll('li[data-claim] > p.answer')).toHaveLength(clinicClaims.length);
  });

  it('shows the context card of each category present, with sources and certainty', () => {
    const { container } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const context = container.querySelector(
      'details[data-section="evidence"] [data-part="evidence"]',
    )!;
    for (const category of ['efficacy', 'cost', 'regulatory'] as const) {
      const card = context.querySelector(`[data-category="${category}"]`);
      expect(card, category).toBeTruthy();
      expect(card!.textContent).toContain(knowledgePack.categories[category].title);
      expect(card!.textContent).toContain(
        `Certainty of the evidence: ${knowledgePack.categories[category].certainty.level}`,
      );
      expect(card!.textContent).toContain(knowledgePack.categories[category].certainty.why);
      const links = card!.querySelectorAll('a');
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toContain('noopener');
        expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      }
    }
    expect(context.querySelector('[data-category="safety"]')).toBeNull();
  });

  it('draws the certainty scale, price chart and trials chart with text alternatives', () => {
    renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const pictures = screen.getAllByRole('img');
    const names = pictures.map((p) => p.getAttribute('aria-label') ?? '');
    expect(names.some((n) => n.startsWith('Certainty of the evidence'))).toBe(true);
    expect(names.some((n) => n.startsWith('Price chart') && n.includes('$4,500'))).toBe(true);
    expect(names.some((n) => n.startsWith('Share of people who improved'))).toBe(true);
  });

  it('ends with the not-medical-advice line and the reviewed-on date', () => {
    renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    expect(screen.getByText(/not medical advice/i)).toBeTruthy();
    expect(
      screen.getByText(new RegExp(`reviewed on ${formatReviewedOn(knowledgePack.reviewedOn)}`)),
    ).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations with every section open', async () => {
    const { container } = renderPopup(
      { kind: 'ready', summary: summary(clinicClaims) },
      { openSections: [...POPUP_SECTIONS] },
    );
    expect(
      [...container.querySelectorAll('details.fold')].every((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Popup switches', () => {
  it("switches this site using the tab's site key", () => {
    const { props } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const site = screen.getByRole('switch', { name: /highlight claims on example-clinic\.com/i });
    expect((site as HTMLInputElement).checked).toBe(true);
    fireEvent.click(site);
    expect(props.onSiteToggle).toHaveBeenCalledWith('example-clinic.com', false);
    expect(props.onDefaultToggle).not.toHaveBeenCalled();
  });

  it('switches the global default', () => {
    const { props } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    fireEvent.click(screen.getByRole('switch', { name: /highlight claims on all sites/i }));
    expect(props.onDefaultToggle).toHaveBeenCalledWith(false);
    expect(props.onSiteToggle).not.toHaveBeenCalled();
  });

  it('says when highlights are off for this site and offers to turn them on', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, offFor: ['example-clinic.com'] };
    const { props } = renderPopup({ kind: 'ready', summary: summary(clinicClaims) }, { settings });
    expect(screen.getByText(/highlights are off for example-clinic\.com/i)).toBeTruthy();
    const site = screen.getByRole('switch', { name: /on example-clinic\.com/i });
    expect((site as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /turn on for example-clinic\.com/i }));
    expect(props.onSiteToggle).toHaveBeenCalledWith('example-clinic.com', true);
    // The notice goes once the setting is saved; keyboard focus stays on the switch.
    expect(document.activeElement).toBe(site);
  });

  it('follows the default for a site without its own setting', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, onByDefault: false };
    renderPopup({ kind: 'ready', summary: summary(clinicClaims) }, { settings });
    const site = screen.getByRole('switch', { name: /on example-clinic\.com/i });
    expect((site as HTMLInputElement).checked).toBe(false);
  });
});

describe('Popup without claims', () => {
  it('shows a short message and the topic overview', () => {
    renderPopup({ kind: 'ready', summary: summary([], 'https://news.example.org/a') });
    expect(screen.getByText(/no claims about stem-cell therapy/i)).toBeTruthy();
    const overview = screen.getByRole('region', { name: /overview/i });
    for (const statement of knowledgePack.overview) {
      expect(overview.textContent).toContain(statement.text);
    }
    expect(screen.queryByRole('region', { name: /claims on this page/i })).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = renderPopup({ kind: 'ready', summary: summary([]) });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Popup for a page it cannot read', () => {
  it.each([
    ['chrome://extensions/', /page of the browser itself/i],
    ['https://chromewebstore.google.com/detail/x', /extension store page/i],
    ['https://example.org/paper.pdf', /PDF/],
    ['file:///home/me/page.html', /file on your computer/i],
    ['https://example.org/loading', /reload the page/i],
  ])('explains why for %s', (url, explanation) => {
    renderPopup({ kind: 'unreadable', url });
    expect(screen.getByRole('heading', { name: /cannot read this page/i })).toBeTruthy();
    expect(screen.getByText(explanation)).toBeTruthy();
  });

  it('explains the possibilities when the address is unknown, and keeps the global switch', () => {
    renderPopup({ kind: 'unreadable', url: null });
    expect(screen.getByText(/extension store page or a PDF/i)).toBeTruthy();
    expect(screen.getByRole('switch', { name: /all sites/i })).toBeTruthy();
    expect(screen.getAllByRole('switch')).toHaveLength(1);
  });

  it('has no axe violations', async () => {
    const { container } = renderPopup({ kind: 'unreadable', url: 'chrome://newtab/' });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Popup while loading', () => {
  it('says it is checking the page', () => {
    renderPopup({ kind: 'loading' }, { settings: null });
    expect(screen.getByRole('status').textContent).toMatch(/checking this page/i);
    expect(screen.queryByRole('switch')).toBeNull();
  });
});

describe('Popup with many claims', () => {
  it('lists 20 per category, then all on request', () => {
    const many = Array.from({ length: 45 }, (_, i) =>
      claim({ category: 'testimonial', text: `Story number ${i}.` }),
    );
    renderPopup({ kind: 'ready', summary: summary(many) });
    expect(screen.getAllByRole('button', { name: /story number/i })).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: /show all 45/i }));
    expect(screen.getAllByRole('button', { name: /story number/i })).toHaveLength(45);
  });
});

describe('Popup in Spanish (the browser language)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows its own words, labels, dates and counts in Spanish; the knowledge stays as written', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageIn('es') as never);
    renderPopup({ kind: 'ready', summary: summary(clinicClaims) });
    const list = screen.getByRole('region', { name: /afirmaciones en esta página/i });
    expect(within(list).getByRole('heading', { name: '¿Funciona? (2)' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /resaltar afirmaciones en todos los sitios/i }));
    expect(screen.getByText(/no consejo médico/)).toBeTruthy();
    expect(screen.getByText(/^Contexto revisado el \d+ de [a-z]+ de \d{4}\.$/)).toBeTruthy();
  });
});
