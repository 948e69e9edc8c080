import { i18n } from '#i18n';
import { parseSettings, type Settings } from '../../utils/settings';

/** The largest settings file the import accepts (thousands of sites fit in well under this). */
export const MAX_SETTINGS_FILE_BYTES = 5 * 1024 * 1024;

/** The name an exported settings file is saved under. */
export const SETTINGS_FILE_NAME = 'claim-context-settings.json';

/**
 * The settings as the text of an export file: the settings object itself, pretty-printed, so
 * `parseSettings(JSON.parse(text))` gives them back with no problems.
 */
export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** The outcome of reading an import file: the settings, or a message saying why not. */
export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * Checks the text of an import file. The file is accepted only when it is JSON and every field
 * is valid: a partly broken file is rejected whole, so an import never overwrites settings with
 * repaired guesses. A file exported by settings version 1 (shown categories) is read too:
 * parseSettings migrates it (migrateSettingsV1).
 * @returns the settings, or a message for the user naming what is wrong.
 */
export function readSettingsFile(text: string): SettingsFileResult {
  if (text.length > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, message: i18n.t('file.tooLarge') };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: i18n.t('file.notJson') };
  }
  const { settings, problems } = parseSettings(value);
  if (problems.length > 0) {
    return { ok: false, message: i18n.t('file.invalid', { problems: problems.join('; ') }) };
  }
  return { ok: true, settings };
}
