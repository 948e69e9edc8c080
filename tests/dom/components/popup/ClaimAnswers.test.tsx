// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { renderClaimAnswers } from '../../../../components/popup/ClaimAnswers';
import { createFacetMatcher } from '../../../../content/detect/facets';
import { FACET_PACK } from '../../../../topic/facets';
import { knowledgePack } from '../../../../topic/knowledge';
import { DEFAULT_SETTINGS } from '../../../../utils/settings';
import type { TabClaim } from '../../../../utils/messages';
import { axeViolations } from '../axe-check';
import { claim, summary } from '../fixtures';

afterEach(cleanup);

const matcher = createFacetMatcher(FACET_PACK);
/** A claim with the facets the background would find in its text. */
const withFacets = (partial: Parameters<typeof claim>[0] & { text: string }): TabClaim => {
  const facets = matcher.match(partial.text);
  return claim({ ...partial, ...(facets.ids.length ? { facets } : {}) });
};

const claims = [
  withFacets({ category: 'efficacy', text: 'Over 90% of our patients report lasting relief.' }),
  withFacets({
    category: 'cost',
    text: 'One injection costs $6,500.',
    prices: [{ min: 6500, max: 6500, currency: 'USD', start: 20, end: 26 }],
  }),
  withFacets({ category: 'regulatory', text: 'Our lab is FDA-registered.' }),
  withFacets({ category: 'regulatory', text: 'We work in an FDA-registered facility.' }),
  withFacets({ category: 'research', text: 'Stem cells are studied for backs.' }),
];

function renderPopup() {
  return render(
    <Popup
      page={{ kind: 'ready', summary: summary(claims) }}
      settings={{ ...DEFAULT_SETTINGS, onFor: [], offFor: [], hiddenCategories: [] }}
      pack={knowledgePack}
      onSiteToggle={vi.fn()}
      onDefaultToggle={vi.fn()}
      onReveal={vi.fn(async () => true)}
      openSections={[]}
      onSectionToggle={vi.fn()}
      renderAnswer={renderClaimAnswers}
    />,
  );
}

/** The claim list's item for a claim text. */
const itemOf = (text: string) => screen.getByText(text).closest('li') as HTMLElement;

describe("the popup's claim list with each claim's answer", () => {
  it('shows each claim’s specific answer under it, named by its heading', () => {
    renderPopup();
    const price = itemOf('One injection costs $6,500.');
    const details = price.querySelector('details')!;
    expect(within(price).getByText('The price on this page').tagName).toBe('SUMMARY');
    expect(details.open).toBe(true);
    expect(details.textContent).toContain('This page: $6,500');
    expect(details.textContent).toContain('Reviewed on 5 December 2026');
    expect(itemOf('Over 90% of our patients report lasting relief.').textContent).toContain(
      'Figure quoted: 90%',
    );
  });

  it('folds an answer already given higher up the list', () => {
    renderPopup();
    const first = itemOf('Our lab is FDA-registered.').querySelector('details')!;
    const again = itemOf('We work in an FDA-registered facility.').querySelector('details')!;
    expect(first.open).toBe(true);
    expect(again.open).toBe(false);
  });

  it('adds nothing under a claim without facets', () => {
    renderPopup();
    expect(itemOf('Stem cells are studied for backs.').querySelector('details')).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = renderPopup();
    expect(await axeViolations(container)).toEqual([]);
  });
});
