// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../../../components/options/OptionsPage';
import { categoryLabel } from '../../../../components/shared/labels';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../../utils/settings';
import { axeViolations } from '../axe-check';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function settingsWith(partial: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    onFor: [],
    offFor: [],
    hiddenCategories: [],
    ...partial,
  };
}

function renderOptions(overrides: Partial<OptionsPageProps> = {}) {
  const props: OptionsPageProps = {
    settings: settingsWith({ onFor: ['good.example'], offFor: ['clinic.example', 'ads.example'] }),
    reset: null,
    onSave: vi.fn(),
    onDismissReset: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<OptionsPage {...props} />) };
}

/** A settings file exported by version 1 (December 2026), byte for byte. */
const V1_EXPORT = `{
  "onByDefault": true,
  "onFor": [
    "good.example"
  ],
  "offFor": [
    "clinic.example"
  ],
  "categories": [
    "efficacy",
    "mechanism",
    "safety",
    "regulatory",
    "research",
    "alternative-to-surgery"
  ],
  "highlightStyle": "underline",
  "hoverCards": true
}
`;

/** Picks a file in the import box, as a user would. */
function chooseFile(text: string, name = 'settings.json') {
  const input = screen.getByLabelText(/import settings/i) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Options: general settings', () => {
  it('saves the global default', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: /highlight claims on all sites/i }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ onByDefault: false }));
  });

  it('saves the unticked categories as hidden, in their usual order', () => {
    const { props } = renderOptions({ settings: settingsWith({ hiddenCategories: ['safety'] }) });
    const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
    expect(box(categoryLabel('safety')).checked).toBe(false);
    expect(box(categoryLabel('cost')).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: categoryLabel('cost') }));
    const saved = vi.mocked(props.onSave).mock.calls[0]![0];
    expect(saved.hiddenCategories).toEqual(['safety', 'cost']);
  });

  it('shows a hidden category again when it is ticked', () => {
    const { props } = renderOptions({ settings: settingsWith({ hiddenCategories: ['safety'] }) });
    fireEvent.click(screen.getByRole('checkbox', { name: categoryLabel('safety') }));
    expect(vi.mocked(props.onSave).mock.calls[0]![0].hiddenCategories).toEqual([]);
  });

  it('offers tint or underline only, and saves the choice', () => {
    const { props } = renderOptions();
    const group = screen.getByRole('group', { name: /highlight style/i });
    expect(within(group).getAllByRole('radio')).toHaveLength(2);
    fireEvent.click(within(group).getByRole('radio', { name: /underline only/i }));
    expect(props.onSave).toHaveBeenCalledWith(
      expect.objectContaining({ highlightStyle: 'underline' }),
    );
  });

  it('saves hover cards off', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: /small card/i }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ hoverCards: false }));
  });

  it('has no axe violations', async () => {
    const { container } = renderOptions({
      reset: { at: '2026-11-24T10:00:00Z', problems: ['onFor is not a list'] },
    });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('Options: sites with their own setting', () => {
  it('lists the sites sorted, each with its setting', () => {
    renderOptions();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^ads\.example.*always off/),
      expect.stringMatching(/^clinic\.example.*always off/),
      expect.stringMatching(/^good\.example.*always on/),
    ]);
  });

  it('removes one site', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the setting for clinic.example' }));
    const saved = vi.mocked(props.onSave).mock.calls[0]![0];
    expect(saved.offFor).toEqual(['ads.example']);
    expect(saved.onFor).toEqual(['good.example']);
  });

  it('resets all sites only after confirmation', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: /reset all sites/i }));
    expect(props.onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /yes, remove all/i }));
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ onFor: [], offFor: [] }));
  });

  it('can cancel a reset', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: /reset all sites/i }));
    fireEvent.click(screen.getByRole('button', { name: /cancel/i }));
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /reset all sites/i })).toBeTruthy();
  });

  it('stays usable with thousands of sites: filters, and renders a page at a time', () => {
    const offFor = Array.from(
      { length: 5000 },
      (_, i) => `site-${String(i).padStart(4, '0')}.example`,
    );
    const { props } = renderOptions({ settings: settingsWith({ offFor }) });
    expect(screen.getAllByRole('button', { name: /^Remove the setting/ })).toHaveLength(100);
    expect(screen.getByText('5000 sites have their own setting.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /show more/i }));
    expect(screen.getAllByRole('button', { name: /^Remove the setting/ })).toHaveLength(200);

    fireEvent.input(screen.getByLabelText(/find a site/i), { target: { value: 'site-4999' } });
    expect(screen.getByText('1 of 5000 sites match.')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove the setting for site-4999.example' }),
    );
    const saved = vi.mocked(props.onSave).mock.calls[0]![0];
    expect(saved.offFor).toHaveLength(4999);
    expect(saved.offFor).not.toContain('site-4999.example');
  });

  it('says when no site has its own setting', () => {
    renderOptions({ settings: settingsWith() });
    expect(screen.getByText(/no site has its own setting/i)).toBeTruthy();
  });
});

describe('Options: export and import', () => {
  it('exports a JSON file that parseSettings accepts unchanged', async () => {
    const settings = settingsWith({ onFor: ['a.example'], highlightStyle: 'underline' });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:fake';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    renderOptions({ settings });
    fireEvent.click(screen.getByRole('button', { name: /export settings/i }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('claim-context-settings.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:fake');
    const parsed = parseSettings(JSON.parse(await blob!.text()));
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual(settings);
  });

  it('imports a valid file', async () => {
    const { props } = renderOptions();
    const next = settingsWith({ onByDefault: false, offFor: ['x.example'] });
    chooseFile(JSON.stringify(next));
    await waitFor(() => expect(props.onSave).toHaveBeenCalledWith(next));
    expect(await screen.findByText(/settings imported/i)).toBeTruthy();
  });

  it('imports a file exported by version 1 (shown categories), hiding the others', async () => {
    const { props } = renderOptions();
    // An export from before settings version 2, as it was written to disk.
    chooseFile(V1_EXPORT);
    await waitFor(() =>
      expect(props.onSave).toHaveBeenCalledWith(
        settingsWith({
          onFor: ['good.example'],
          offFor: ['clinic.example'],
          hiddenCategories: ['cost', 'testimonial'],
          highlightStyle: 'underline',
        }),
      ),
    );
  });

  it('rejects a file that is not JSON, says why, and saves nothing', async () => {
    const { props } = renderOptions();
    chooseFile('{ not json');
    expect(await screen.findByText(/not valid JSON.*Nothing was changed/i)).toBeTruthy();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('rejects JSON with bad fields, names them, and saves nothing', async () => {
    const { props } = renderOptions();
    chooseFile(JSON.stringify({ ...settingsWith(), highlightStyle: 'blink', onFor: 'all' }));
    const message = await screen.findByText(/not a valid Claim Context settings file/i);
    expect(message.textContent).toMatch(/highlightStyle/);
    expect(message.textContent).toMatch(/onFor/);
    expect(props.onSave).not.toHaveBeenCalled();
  });
});

describe('Options: reset notice', () => {
  it('says the settings were reset, with what was wrong, and can be dismissed', () => {
    const { props } = renderOptions({
      reset: {
        at: '2026-11-24T10:00:00Z',
        problems: ['categories is not a list of known categories'],
      },
    });
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toMatch(/your settings were reset/i);
    expect(notice.textContent).toMatch(/categories is not a list/);
    fireEvent.click(within(notice).getByRole('button', { name: /dismiss/i }));
    expect(props.onDismissReset).toHaveBeenCalled();
  });

  it('is absent when nothing was reset', () => {
    renderOptions();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Options: saving', () => {
  it('says when settings are saved', async () => {
    renderOptions({ onSave: vi.fn(async () => undefined) });
    fireEvent.click(screen.getByRole('switch', { name: /small card/i }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
  });

  it('says when saving failed', async () => {
    renderOptions({ onSave: vi.fn(async () => Promise.reject(new Error('quota'))) });
    fireEvent.click(screen.getByRole('switch', { name: /small card/i }));
    expect(await screen.findByText(/could not be saved/i)).toBeTruthy();
  });
});
