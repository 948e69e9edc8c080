// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CorrectionList,
  type CorrectionListProps,
} from '../../../../components/options/CorrectionList';
import type { Correction } from '../../../../utils/corrections';
import { axeViolations } from '../axe-check';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NONE: Correction = {
  id: 'a',
  url: 'https://clinic.example/back',
  text: 'Our injections cost $4,950 per disc.',
  label: 'none',
  category: 'cost',
  stance: 'neutral',
  at: '2026-12-05T23:00:00.000Z',
};
const CLAIM: Correction = {
  id: 'b',
  url: 'https://blog.example/story',
  text: 'My back pain vanished after the stem cell shot.',
  label: 'claim',
  category: 'testimonial',
  stance: null,
  at: '2026-12-05T23:05:00.000Z',
};

function renderList(overrides: Partial<CorrectionListProps> = {}) {
  const props: CorrectionListProps = {
    corrections: [NONE, CLAIM],
    problems: [],
    onDelete: vi.fn(),
    onRestore: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<CorrectionList {...props} />) };
}

describe('the corrections list', () => {
  it('lists each correction with its text, label, category and page', () => {
    renderList();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/Our injections cost.*Not a claim.*https:\/\/clinic\.example\/back/),
      expect.stringMatching(/My back pain vanished.*Claim: Patient story.*https:\/\/blog\.example/),
    ]);
  });

  it('says so when there is none, and offers no export then', () => {
    renderList({ corrections: [] });
    expect(screen.getByText('You have made no corrections.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export as JSONL' })).toBeNull();
  });

  it('deletes one, then undoes the delete from a focused Undo button', async () => {
    const { props } = renderList();
    fireEvent.click(
      screen.getByRole('button', { name: /^Delete the correction of “Our injections cost/ }),
    );
    expect(props.onDelete).toHaveBeenCalledWith(NONE);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status').textContent).toContain('Deleted the correction of');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    expect(props.onRestore).toHaveBeenCalledWith(NONE);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('restored'));
  });

  it('says when a delete could not be saved', async () => {
    renderList({ onDelete: vi.fn().mockRejectedValue(new Error('quota')) });
    fireEvent.click(screen.getByRole('button', { name: /^Delete the correction of “My back/ }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('could not be saved'),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('exports the corrections as a JSONL file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:x';
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSONL' }));
    expect(clicked).toHaveBeenCalledOnce();
    const lines = (await created[0]!.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { url: NONE.url, text: NONE.text, label: 'none', category: null, stance: null },
      { url: CLAIM.url, text: CLAIM.text, label: 'claim', category: 'testimonial', stance: null },
    ]);
    expect(screen.getByRole('status').textContent).toContain('claim-context-corrections.jsonl');
  });

  it('names stored entries it could not read', () => {
    renderList({ problems: ['entry 3: no valid label'] });
    expect(screen.getByRole('alert').textContent).toContain('entry 3: no valid label');
  });

  it('has no axe violations', async () => {
    const { container } = renderList({ problems: ['entry 1: not an object'] });
    fireEvent.click(screen.getAllByRole('button', { name: /^Delete/ })[0]!);
    await screen.findByRole('button', { name: 'Undo' });
    expect(await axeViolations(container)).toEqual([]);
  });
});
