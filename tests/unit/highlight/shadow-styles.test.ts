import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { highlightCss } from '../../../content/highlight/shadow-styles';

/** highlight.css without comments and without the whitespace CSS ignores. */
function minified(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

describe('shadow-root highlight styles', () => {
  const file = readFileSync(
    new URL('../../../content/highlight/highlight.css', import.meta.url),
    'utf8',
  );

  it('are the rules of highlight.css, in the same order', () => {
    expect(highlightCss()).toBe(minified(file));
  });
});
