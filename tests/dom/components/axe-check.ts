import axe from 'axe-core';

/**
 * Runs axe-core on a rendered container and returns its violations as readable lines (empty
 * when there are none). Colour contrast is off here because happy-dom has no layout or computed
 * colours; the e2e tests check contrast in real Chromium, light and dark.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
