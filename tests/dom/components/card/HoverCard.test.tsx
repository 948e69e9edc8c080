// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../../components/card/HoverCard';
import { cardLabels } from '../../../../components/card/card-labels';
import { STANCES, type Stance } from '../../../../topic/categories';
import { axeViolations } from '../axe-check';
import { trusted } from '../../trusted';
import { facetCards } from '../../../../components/card/facet-content';

afterEach(cleanup);

const props = (overrides: Partial<HoverCardProps> = {}): HoverCardProps => ({
  category: 'efficacy',
  stance: 'promotional',
  facets: [],
  summary: 'Evidence is limited to small trials.',
  sourceTitle: 'A review',
  sourceUrl: 'https://example.org/review',
  labels: cardLabels('efficacy'),
  top: 40,
  left: 20,
  fromKeyboard: false,
  onFullContext: vi.fn(),
  onClose: vi.fn(),
  ...overrides,
});

describe('HoverCard', () => {
  it('is an accessible dialog naming the kind of claim, with its source', async () => {
    const { container } = render(<HoverCard {...props()} />);
    const dialog = screen.getByRole('dialog', { name: 'Claim Context: Does it work?' });
    expect(dialog.textContent).toContain('this sentence promotes the treatment');
    expect(screen.getByRole('link', { name: 'A review' }).getAttribute('href')).toBe(
      'https://example.org/review',
    );
    expect(dialog.style.top).toBe('40px');
    expect(dialog.style.left).toBe('20px');
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows the sentence's facet answers first, then the context of its kind", async () => {
    const facets = facetCards({
      facets: { ids: ['fda-registered'], percents: [], isAbroad: false },
    });
    const { container } = render(<HoverCard {...props({ facets })} />);
    const text = screen.getByRole('dialog').textContent ?? '';
    const heading = text.indexOf('What "FDA registered" or "FDA compliant" means');
    expect(heading).toBeGreaterThan(text.indexOf('Does it work?'));
    expect(text.indexOf('About claims of this kind:')).toBeGreaterThan(heading);
    expect(text.indexOf('Evidence is limited to small trials.')).toBeGreaterThan(
      text.indexOf('About claims of this kind:'),
    );
    expect(
      screen.getByRole('link', { name: 'Electronic Code of Federal Regulations, 2026' }),
    ).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says nothing about "claims of this kind" when there is no facet answer', () => {
    render(<HoverCard {...props()} />);
    expect(screen.getByRole('dialog').textContent).not.toContain('About claims of this kind');
  });

  it('does not take focus when opened by hovering', () => {
    render(<HoverCard {...props()} />);
    expect(document.activeElement).not.toBe(screen.getByRole('dialog'));
  });

  it('takes focus each time it is opened from the keyboard, never when hovered', () => {
    const first = props({ fromKeyboard: true });
    const { rerender } = render(<HoverCard {...first} />);
    const dialog = screen.getByRole('dialog');
    expect(document.activeElement).toBe(dialog);
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    // The card host renders only to show the card: a render is another opening.
    rerender(<HoverCard {...first} top={300} />);
    expect(document.activeElement).toBe(dialog);
    close.focus();
    rerender(<HoverCard {...first} fromKeyboard={false} />);
    expect(document.activeElement).toBe(close);
  });

  it('closes on Escape and from its close button; opens the full context', () => {
    const p = props();
    render(<HoverCard {...p} />);
    const click = () => trusted(new MouseEvent('click', { bubbles: true }));
    screen
      .getByRole('dialog')
      .dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(p.onClose).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: 'Close' }).dispatchEvent(click());
    expect(p.onClose).toHaveBeenCalledTimes(2);
    screen.getByRole('button', { name: 'Full context' }).dispatchEvent(click());
    expect(p.onFullContext).toHaveBeenCalledTimes(1);
  });

  it('ignores the same keys and clicks when a script dispatched them', () => {
    const p = props();
    render(<HoverCard {...p} />);
    screen
      .getByRole('dialog')
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    screen.getByRole('button', { name: 'Close' }).click();
    screen.getByRole('button', { name: 'Full context' }).click();
    expect(p.onClose).not.toHaveBeenCalled();
    expect(p.onFullContext).not.toHaveBeenCalled();
  });

  // Issue 16: "· this sentence neutral" had no verb. Every stance the detector can give (STANCES)
  // must have a line here, so a new stance fails this test until its wording is written.
  const STANCE_LINES_SHOWN: Record<Stance, string> = {
    promotional: '· this sentence promotes the treatment',
    neutral: '· this sentence is neutral',
    cautionary: '· this sentence urges caution',
  };
  it.each([...STANCES])('says what a %s sentence does, with a verb', (stance) => {
    const { container } = render(<HoverCard {...props({ stance })} />);
    expect(container.querySelector('.stance')?.textContent).toBe(STANCE_LINES_SHOWN[stance]);
  });
});
