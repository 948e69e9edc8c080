import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsApp } from '../../components/options/OptionsApp';

/** Mounts the options page; its data logic is components/options/OptionsApp.tsx. */
document.documentElement.lang = i18n.t('format.lang');
render(<OptionsApp />, document.getElementById('app')!);
