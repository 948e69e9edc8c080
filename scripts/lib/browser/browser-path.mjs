import { existsSync } from 'node:fs';

/**
 * Debian's Chromium: CHROME_PATH, else the usual install paths. No browser is ever downloaded.
 * @returns the executable path; throws with the install command when none is found.
 */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(
    'Chromium not found (set CHROME_PATH or install it: sudo apt-get install -y chromium)',
  );
}

/**
 * Debian's Firefox ESR: FIREFOX_PATH, else the usual install paths.
 * @returns the executable path; throws with the install command when none is found.
 */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(
    'Firefox not found (set FIREFOX_PATH or install it: sudo apt-get install -y firefox-esr)',
  );
}
