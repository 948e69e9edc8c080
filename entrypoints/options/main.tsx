import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';

/** Mounts the options page; its data logic is components/options/OptionsApp.tsx. */
render(<OptionsApp />, document.getElementById('app')!);
