import { withoutSite, type Settings } from '../utils/settings';
import { CategoryChoices } from './CategoryChoices';
import { HighlightStyleChoice } from './HighlightStyleChoice';
import { ImportExport } from './ImportExport';
import { ResetNotice } from './ResetNotice';
import { SiteList } from './SiteList';
import { Switch } from './Switch';

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
export function OptionsPage({ settings, reset, onSave, onDismissReset }: OptionsPageProps) {
  return (
    <div class="options">
      <header>
        <h1>Claim Context settings</h1>
      </header>
      <main>
        <ResetNotice reset={reset} onDismiss={onDismissReset} />
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
                onChange={(on) => void onSave({ ...settings, onByDefault: on })}
              />
            </section>
            <section aria-labelledby="sites-heading">
              <h2 id="sites-heading">Sites with their own setting</h2>
              <SiteList
                onFor={settings.onFor}
                offFor={settings.offFor}
                onRemove={(site) => void onSave(withoutSite(settings, site))}
                onResetAll={() => void onSave({ ...settings, onFor: [], offFor: [] })}
              />
            </section>
            <section aria-labelledby="look-heading">
              <h2 id="look-heading">What to highlight and how</h2>
              <CategoryChoices
                selected={settings.categories}
                onChange={(categories) => void onSave({ ...settings, categories })}
              />
              <HighlightStyleChoice
                value={settings.highlightStyle}
                onChange={(highlightStyle) => void onSave({ ...settings, highlightStyle })}
              />
              <Switch
                label="Show a small card when a highlighted claim is hovered or focused"
                checked={settings.hoverCards}
                onChange={(hoverCards) => void onSave({ ...settings, hoverCards })}
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
