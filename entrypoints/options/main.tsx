import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../components/OptionsPage';
import { parseSettings, type Settings } from '../../utils/settings';
import {
  loadSettings,
  saveSettings,
  settingsResetItem,
  loadSettingsReset,
  parseSettingsReset,
  watchSettings,
} from '../../utils/settings-store';
import '../../components/theme.css';
import './options.css';

/**
 * Wiring only: reads the settings and the reset notice from storage, follows changes made
 * elsewhere (the popup), and saves what <OptionsPage> hands back.
 */

type ResetInfo = { at: string; problems: string[] } | null;

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [reset, setReset] = useState<ResetInfo>(null);

  useEffect(() => {
    const controller = new AbortController();
    // loadSettings repairs a corrupted value and records the reset, so read the notice after it.
    void loadSettings().then(async (s) => {
      if (controller.signal.aborted) return;
      setSettings(s);
      setReset(await loadSettingsReset());
    });
    watchSettings(setSettings, controller.signal);
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
    />
  );
}

render(<App />, document.getElementById('app')!);
