import { useState } from 'preact/hooks';
import { withoutSite, type Settings } from '../../utils/settings';
import { CategoryChoices } from './CategoryChoices';
import { HighlightStyleChoice } from './HighlightStyleChoice';
import { ImportExport } from './ImportExport';
import { ResetNotice } from './ResetNotice';
import { SiteList } from './SiteList';
import { Switch } from '../shared/Switch';

/** Props of the options page. */
export interface OptionsPageProps {
  /** Current settings; a loading message shows while null. */
  settings: Settings | null;
  /** Set when stored settings were corrupted and replaced; shows a dismissible notice. */
  reset: { at: string; problems: readonly string[] } | null;
  /** Saves new settings (every change, including an import, goes through here). */
  onSave(next: Settings): Promise<void> | void;
  /** Dismisses the reset notice. */
  onDismissReset(): void;
}

/**
 * The options page: the global default, the sites with their own setting, which kinds of claim
 * to highlight, the highlight style, hover cards, and export/import. Changes save at once.
 */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, reset, onDismissReset } = props;
  const [saveStatus, setSaveStatus] = useState<{ isError: boolean; text: string } | null>(null);
  /** Saves through the prop and reports the outcome; rethrows so an import can say it failed. */
  const onSave = async (next: Settings) => {
    try {
      await props.onSave(next);
      setSaveStatus({ isError: false, text: 'Settings saved.' });
    } catch (error) {
      setSaveStatus({ isError: true, text: 'The settings could not be saved. Please try again.' });
      throw error;
    }
  };
  const save = (next: Settings) => void onSave(next).catch(() => undefined);
  return (
    <div class="options">
      <header>
        <h1>Claim Context settings</h1>
      </header>
      <main>
        <ResetNotice reset={reset} onDismiss={onDismissReset} />
        <p role="status" class={saveStatus?.isError ? 'save-status error' : 'save-status muted'}>
          {saveStatus?.text ?? ''}
        </p>
        {settings === null ? (
          <p role="status">Loading settings…</p>
        ) : (
          <>
            <section aria-labelledby="general-heading">
              <h2 id="general-heading">Where to highlight</h2>
              <Switch
                label="Highlight claims on all sites"
                hint="(sites listed below keep their own setting)"
                checked={settings.onByDefault}
                onChange={(on) => save({ ...settings, onByDefault: on })}
              />
            </section>
            <section aria-labelledby="sites-heading">
              <h2 id="sites-heading">Sites with their own setting</h2>
              <SiteList
                onFor={settings.onFor}
                offFor={settings.offFor}
                onRemove={(site) => save(withoutSite(settings, site))}
                onResetAll={() => save({ ...settings, onFor: [], offFor: [] })}
              />
            </section>
            <section aria-labelledby="look-heading">
              <h2 id="look-heading">What to highlight and how</h2>
              <CategoryChoices
                hidden={settings.hiddenCategories}
                onChange={(hiddenCategories) => save({ ...settings, hiddenCategories })}
              />
              <HighlightStyleChoice
                value={settings.highlightStyle}
                onChange={(highlightStyle) => save({ ...settings, highlightStyle })}
              />
              <Switch
                label="Show a small card when a highlighted claim is hovered or focused"
                checked={settings.hoverCards}
                onChange={(hoverCards) => save({ ...settings, hoverCards })}
              />
            </section>
            <section aria-labelledby="file-heading">
              <h2 id="file-heading">Export and import</h2>
              <ImportExport settings={settings} onImport={onSave} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
