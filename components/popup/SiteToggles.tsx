import { i18n } from '#i18n';
import { Switch } from '../shared/Switch';

/** Element id of this site's switch (the popup moves focus to it). */
export const SITE_SWITCH_ID = 'site-switch';

/** Props of the popup's two switches. */
export interface SiteTogglesProps {
  /** This page's site key (e.g. "example.com"); null for pages without a site, where only the
   * global switch is shown. */
  site: string | null;
  /** Whether highlights are on for this site (its own setting, else the default). */
  isSiteOn: boolean;
  /** The global default: highlights on sites without a setting of their own. */
  isOnByDefault: boolean;
  /** Called when the user switches this site on or off. */
  onSiteChange(on: boolean): void;
  /** Called when the user changes the global default. */
  onDefaultChange(on: boolean): void;
}

/** This site's switch and the global default, shown at the top of the popup. */
export function SiteToggles(props: SiteTogglesProps) {
  return (
    <div class="toggles">
      {props.site !== null && (
        <Switch
          id={SITE_SWITCH_ID}
          label={i18n.t('popup.siteSwitch', { site: props.site })}
          checked={props.isSiteOn}
          onChange={props.onSiteChange}
        />
      )}
      <Switch
        label={i18n.t('popup.allSitesSwitch')}
        hint={i18n.t('popup.allSitesHint')}
        checked={props.isOnByDefault}
        onChange={props.onDefaultChange}
      />
    </div>
  );
}
