import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from './OptionsPage';
import { parseSettings, type Settings } from '../../utils/settings';
import {
  loadSettings,
  saveSettings,
  settingsResetItem,
  loadSettingsReset,
  parseSettingsReset,
  watchSettings,
} from '../../utils/settings-store';
import {
  changeCorrections,
  loadCorrections,
  watchCorrections,
} from '../../utils/corrections-store';
import {
  removeCorrection,
  restoreCorrection,
  type Correction,
  type ReadCorrections,
} from '../../utils/corrections';
import '../shared/theme.css';
import './options.css';

type ResetInfo = { at: string; problems: string[] } | null;

/**
 * The options page with its real data sources: reads the settings, the reset notice and the
 * reader's corrections from storage, follows changes made elsewhere (the popup), and saves what <OptionsPage> hands back.
 * What entrypoints/options/main.tsx mounts.
 */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [reset, setReset] = useState<ResetInfo>(null);
  const [corrections, setCorrections] = useState<ReadCorrections | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // loadSettings repairs a corrupted value and records the reset, so read the notice after it.
    void loadSettings().then(async (s) => {
      if (controller.signal.aborted) return;
      setSettings(s);
      setReset(await loadSettingsReset());
    });
    watchSettings(setSettings, controller.signal);
    void loadCorrections().then((read) => {
      if (!controller.signal.aborted) setCorrections(read);
    });
    watchCorrections(setCorrections, controller.signal);
    const unwatch = settingsResetItem.watch((value) => setReset(parseSettingsReset(value)));
    controller.signal.addEventListener('abort', unwatch);
    return () => controller.abort();
  }, []);

  return (
    <OptionsPage
      settings={settings}
      reset={reset}
      onSave={async (next) => {
        const valid = parseSettings(next).settings;
        setSettings(valid);
        await saveSettings(valid);
      }}
      onDismissReset={() => {
        setReset(null);
        void settingsResetItem.setValue(null);
      }}
      corrections={{
        corrections: corrections?.corrections ?? null,
        problems: corrections?.problems ?? [],
        onDelete: async (c: Correction) => {
          await changeCorrections((list) => ({
            ok: true,
            corrections: removeCorrection(list, c.id),
          }));
        },
        onRestore: async (c: Correction) => {
          const result = await changeCorrections((list) => restoreCorrection(list, c));
          if (!result.ok) throw new Error(result.error);
        },
      }}
    />
  );
}
