import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageIn } from './messages';

// WXT's fake browser leaves i18n unmocked; unit and DOM tests see the English messages, as a
// browser with an English UI would (the i18n object has no state, so fakeBrowser.reset() keeps
// it). A test of another language replaces getMessage with getMessageIn(lang) and puts it back.
fakeBrowser.i18n.getMessage = getMessageIn('en') as typeof fakeBrowser.i18n.getMessage;
