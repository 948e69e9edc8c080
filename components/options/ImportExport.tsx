import { i18n } from '#i18n';
import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings';
import { download } from './download';
import { readSettingsFile, SETTINGS_FILE_NAME, settingsToJson } from './settings-file';

/** Props of the export and import controls. */
export interface ImportExportProps {
  /** The settings an export writes. */
  settings: Settings;
  /** Called with imported settings only when the whole file is valid; never for a bad file. */
  onImport(settings: Settings): Promise<void> | void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Export of the settings as a JSON file, and import from one. An import file is checked whole
 * (readSettingsFile): a bad file is rejected with a message and nothing is overwritten.
 */
export function ImportExport({ settings, onImport }: ImportExportProps) {
  const inputId = useId();
  const [status, setStatus] = useState<Status>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'error', text: i18n.t('file.readFailed') });
      return;
    }
    const result = readSettingsFile(text);
    if (!result.ok) {
      setStatus({ kind: 'error', text: i18n.t('file.rejected', { message: result.message }) });
      return;
    }
    try {
      await onImport(result.settings);
      setStatus({ kind: 'ok', text: i18n.t('file.imported', { file: file.name }) });
    } catch {
      setStatus({ kind: 'error', text: i18n.t('file.saveFailed') });
    }
  };

  return (
    <div class="import-export">
      <p>
        <button
          type="button"
          onClick={() => {
            download(settingsToJson(settings), SETTINGS_FILE_NAME);
            setStatus({ kind: 'ok', text: i18n.t('file.exported', { file: SETTINGS_FILE_NAME }) });
          }}
        >
          {i18n.t('file.export')}
        </button>
      </p>
      <p>
        <label for={inputId}>{i18n.t('file.importLabel')}</label>{' '}
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </p>
      <p role="status" class={status?.kind === 'error' ? 'error' : 'ok'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}
