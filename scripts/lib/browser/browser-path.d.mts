/** Debian's Chromium path (CHROME_PATH or the usual paths); throws naming the install command. */
export function findChromium(): string;
/** Debian's Firefox ESR path (FIREFOX_PATH or the usual paths); throws naming the install command. */
export function findFirefox(): string;
