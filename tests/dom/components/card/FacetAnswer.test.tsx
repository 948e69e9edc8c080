// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FacetAnswer } from '../../../../components/card/FacetAnswer';
import { facetCards } from '../../../../components/card/facet-content';
import { axeViolations } from '../axe-check';

afterEach(cleanup);

const [priceCard] = facetCards({
  facets: { ids: ['price'], percents: [], isAbroad: false },
  prices: [{ min: 6500, max: 6500, currency: 'USD', start: 0, end: 6 }],
});

describe('FacetAnswer', () => {
  it('shows the heading, each line with its sources, the chart in words and the review date', async () => {
    const { container } = render(<FacetAnswer card={priceCard!} />);
    expect(screen.getByText('The price on this page').tagName).toBe('STRONG');
    const [court] = screen.getAllByRole('link', {
      name: 'U.S. Court of Appeals for the Ninth Circuit, 2024',
    });
    expect(court!.getAttribute('target')).toBe('_blank');
    expect(court!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(court!.getAttribute('href')).toMatch(/^https:\/\//);
    const chart = container.querySelector('figure')!;
    expect(chart.textContent).toContain('This page: $6,500');
    expect(chart.textContent).toContain('Published prices in the US');
    // The bars are decoration: each row says its figure in words.
    for (const track of chart.querySelectorAll('.chart-track'))
      expect(track.getAttribute('aria-hidden')).toBe('true');
    expect(container.textContent).toContain('Reviewed on 5 December 2026');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('leaves the heading out where something else names the facet', () => {
    const { container } = render(<FacetAnswer card={priceCard!} isHeadingShown={false} />);
    expect(container.querySelector('.facet-heading')).toBeNull();
  });
});
