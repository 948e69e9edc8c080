import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { withoutSite, type Settings } from '../../utils/settings';
import { CategoryChoices } from './CategoryChoices';
import { CorrectionList, type CorrectionListProps } from './CorrectionList';
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
  /** The reader's corrections (issue 15) and what to do with them; the section is left out when absent. */
  corrections?: CorrectionListProps;
}

/**
 * The options page: the global default, the sites with their own setting, which kinds of claim
 * to highlight, the highlight style, hover cards, export/import, and the reader's corrections.
 * Changes save at once.
 */
export function OptionsPage(props: OptionsPageProps) {
  const { settings, reset, onDismissReset } = props;
  const [saveStatus, setSaveStatus] = useState<{ isError: boolean; text: string } | null>(null);
  /** Saves through the prop and reports the outcome; rethrows so an import can say it failed. */
  const onSave = async (next: Settings) => {
    try {
      await props.onSave(next);
      setSaveStatus({ isError: false, text: i18n.t('options.saved') });
    } catch (error) {
      setSaveStatus({ isError: true, text: i18n.t('options.saveFailed') });
      throw error;
    }
  };
  const save = (next: Settings) => void onSave(next).catch(() => undefined);
  return (
    <div class="options">
      <header>
        <h1>{i18n.t('options.title')}</h1>
      </header>
      <main>
        <ResetNotice reset={reset} onDismiss={onDismissReset} />
        <p role="status" class={saveStatus?.isError ? 'save-status error' : 'save-status muted'}>
          {saveStatus?.text ?? ''}
        </p>
        {settings === null ? (
          <p role="status">{i18n.t('options.loading')}</p>
        ) : (
          <>
            <section aria-labelledby="general-heading">
              <h2 id="general-heading">{i18n.t('options.whereHeading')}</h2>
              <Switch
                label={i18n.t('popup.allSitesSwitch')}
                hint={i18n.t('options.allSitesHint')}
                checked={settings.onByDefault}
                onChange={(on) => save({ ...settings, onByDefault: on })}
              />
            </section>
            <section aria-labelledby="sites-heading">
              <h2 id="sites-heading">{i18n.t('options.sitesHeading')}</h2>
              <SiteList
                onFor={settings.onFor}
                offFor={settings.offFor}
                onRemove={(site) => save(withoutSite(settings, site))}
                onResetAll={() => save({ ...settings, onFor: [], offFor: [] })}
              />
            </section>
            <section aria-labelledby="look-heading">
              <h2 id="look-heading">{i18n.t('options.lookHeading')}</h2>
              <CategoryChoices
                hidden={settings.hiddenCategories}
                onChange={(hiddenCategories) => save({ ...settings, hiddenCategories })}
              />
              <HighlightStyleChoice
                value={settings.highlightStyle}
                onChange={(highlightStyle) => save({ ...settings, highlightStyle })}
              />
              <Switch
                label={i18n.t('options.hoverCards')}
                checked={settings.hoverCards}
                onChange={(hoverCards) => save({ ...settings, hoverCards })}
              />
            </section>
            <section aria-labelledby="file-heading">
              <h2 id="file-heading">{i18n.t('options.fileHeading')}</h2>
              <ImportExport settings={settings} onImport={onSave} />
            </section>
          </>
        )}
        {props.corrections && (
          <section aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">{i18n.t('corrections.heading')}</h2>
            <CorrectionList {...props.corrections} />
          </section>
        )}
      </main>
    </div>
  );
}
