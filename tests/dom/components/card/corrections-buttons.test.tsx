// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../../../components/card/HoverCard';
import { VerdictCard, type VerdictCardProps } from '../../../../components/card/VerdictCard';
import { cardLabels, verdictLabels } from '../../../../components/card/card-labels';
import { cardSummaryFor } from '../../../../topic/knowledge/card-summary';
import type { Verdict } from '../../../../utils/messages';
import { axeViolations } from '../axe-check';
import { trusted } from '../../trusted';

/** The card buttons of issue 15: "Not a claim" on a highlight's card, the checked-text card. */

afterEach(cleanup);

const click = () => trusted(new MouseEvent('click', { bubbles: true }));
const scriptClick = () => new MouseEvent('click', { bubbles: true });

const hoverProps = (overrides: Partial<HoverCardProps> = {}): HoverCardProps => ({
  category: 'cost',
  stance: 'neutral',
  facets: [],
  summary: 'Prices vary.',
  sourceTitle: 'A survey',
  sourceUrl: 'https://example.org/prices',
  labels: cardLabels('cost'),
  top: 10,
  left: 10,
  fromKeyboard: false,
  onFullContext: vi.fn(),
  onClose: vi.fn(),
  ...overrides,
});

const TEXT = 'Stem cell injections for back pain cost $4,950 at our clinic.';
const verdict = (claim: boolean): Verdict => ({
  text: TEXT,
  claim: claim
    ? {
        text: TEXT,
        category: 'cost',
        stance: 'promotional',
        content: { ...cardSummaryFor('cost'), facets: [], labels: cardLabels('cost') },
      }
    : null,
  labels: verdictLabels(),
});
const verdictProps = (overrides: Partial<VerdictCardProps> = {}): VerdictCardProps => ({
  verdict: verdict(true),
  top: 10,
  left: 10,
  onMarkClaim: vi.fn().mockResolvedValue({ ok: true, value: null }),
  onNotClaim: vi.fn().mockResolvedValue({ ok: true, value: null }),
  onClose: vi.fn(),
  ...overrides,
});

describe('"Not a claim" on a highlight\'s card', () => {
  it('acts on a trusted click only', () => {
    const onNotClaim = vi.fn();
    render(<HoverCard {...hoverProps({ onNotClaim })} />);
    const button = screen.getByRole('button', { name: 'Not a claim' });
    button.dispatchEvent(scriptClick());
    expect(onNotClaim).not.toHaveBeenCalled();
    button.dispatchEvent(click());
    expect(onNotClaim).toHaveBeenCalledOnce();
  });

  it('is absent when the card has no corrections', () => {
    render(<HoverCard {...hoverProps()} />);
    expect(screen.queryByRole('button', { name: 'Not a claim' })).toBeNull();
  });
});

describe('the card for checked text', () => {
  it('shows the claim found: its kind, stance and evidence, and takes focus', async () => {
    const { container } = render(<VerdictCard {...verdictProps()} />);
    const dialog = screen.getByRole('dialog', { name: 'Claim Context: checked text' });
    expect(dialog.textContent).toContain(TEXT);
    expect(dialog.textContent).toContain('Cost');
    expect(dialog.textContent).toContain('this sentence promotes the treatment');
    expect(document.activeElement).toBe(dialog);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when no claim was found, and offers to mark the text as a claim', async () => {
    const { container } = render(<VerdictCard {...verdictProps({ verdict: verdict(false) })} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain(
      'No claim about stem-cell therapy for back pain found in this text.',
    );
    expect(screen.queryByRole('button', { name: 'Not a claim' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark as a claim' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks the text as a claim of the kind chosen, on a trusted click, and says so', async () => {
    const p = verdictProps({ verdict: verdict(false) });
    render(<VerdictCard {...p} />);
    const kind = screen.getByRole('combobox', { name: 'Kind of claim' }) as HTMLSelectElement;
    kind.value = 'safety';
    kind.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    await new Promise((resolve) => setTimeout(resolve)); // Preact renders the choice
    const button = screen.getByRole('button', { name: 'Mark as a claim' });
    button.dispatchEvent(scriptClick());
    expect(p.onMarkClaim).not.toHaveBeenCalled();
    button.dispatchEvent(click());
    expect(p.onMarkClaim).toHaveBeenCalledWith('safety');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Marked as a claim (Safety and risks)',
      ),
    );
  });

  it('ignores a change of kind a script dispatched', async () => {
    const p = verdictProps({ verdict: verdict(false) });
    render(<VerdictCard {...p} />);
    const kind = screen.getByRole('combobox', { name: 'Kind of claim' }) as HTMLSelectElement;
    kind.value = 'safety';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve));
    screen.getByRole('button', { name: 'Mark as a claim' }).dispatchEvent(click());
    expect(p.onMarkClaim).toHaveBeenCalledWith('efficacy');
  });

  it('records the claim found as not one, and shows why when that failed', async () => {
    const p = verdictProps({
      onNotClaim: vi.fn().mockResolvedValue({ ok: false, error: 'the list is full' }),
    });
    render(<VerdictCard {...p} />);
    const button = screen.getByRole('button', { name: 'Not a claim' });
    button.dispatchEvent(scriptClick());
    expect(p.onNotClaim).not.toHaveBeenCalled();
    button.dispatchEvent(click());
    expect(p.onNotClaim).toHaveBeenCalledOnce();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Not saved: the list is full'),
    );
  });

  it('closes on Escape and from its close button (trusted input only)', () => {
    const p = verdictProps();
    render(<VerdictCard {...p} />);
    screen.getByRole('button', { name: 'Close' }).dispatchEvent(scriptClick());
    expect(p.onClose).not.toHaveBeenCalled();
    screen
      .getByRole('dialog')
      .dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    screen.getByRole('button', { name: 'Close' }).dispatchEvent(click());
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });

  it('says to select text first when the selection was empty', () => {
    render(<VerdictCard {...verdictProps({ verdict: { ...verdict(false), text: '' } })} />);
    expect(screen.getByRole('dialog').textContent).toContain('Select some text first');
    expect(screen.queryByRole('button', { name: 'Mark as a claim' })).toBeNull();
  });
});
