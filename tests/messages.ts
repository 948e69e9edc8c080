import { readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/**
 * A locale's UI strings as the browser loads them (`_locales/<lang>/messages.json`, which WXT's
 * i18n module builds from locales/<lang>.yml): message name (dots as underscores) → text.
 */
export function messagesOf(lang: string): Readonly<Record<string, string>> {
  return Object.fromEntries(
    Object.entries(
      generateChromeMessages(
        parseMessagesText(readFileSync(`locales/${lang}.yml`, 'utf8'), 'YAML'),
      ),
    ).map(([name, { message }]) => [name, message]),
  );
}

/**
 * `browser.i18n.getMessage` for one locale: `$1`…`$9` replaced by the substitutions, '' for an
 * unknown name (as browsers do).
 */
export function getMessageIn(lang: string) {
  const messages = messagesOf(lang);
  return (name: string, substitutions?: string | string[]): string => {
    const message = messages[name];
    if (message === undefined) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return message.replace(/\$(\d)/g, (_all, i: string) => subs[Number(i) - 1] ?? '');
  };
}

const getEnglish = getMessageIn('en');

/** An English UI string by its key in locales/en.yml (`'category.cost'`), for assertions. */
export function en(key: string, named: Record<string, string | number> = {}): string {
  return getEnglish(key.replaceAll('.', '_')).replace(/\{(\w+)\}/g, (all, name: string) =>
    name in named ? String(named[name]) : all,
  );
}

/** The English name of a claim category ("Does it work?"), as the UI shows it. */
export function enCategory(category: string): string {
  return en(`category.${category.replaceAll('-', '_')}`);
}
