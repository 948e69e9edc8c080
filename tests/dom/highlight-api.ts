import { vi } from 'vitest';

/**
 * Stubs the CSS Custom Highlight API, which happy-dom lacks: `CSS.highlights` is the returned
 * Map (name → Highlight), and `Highlight` is a Set of Ranges, as in browsers.
 */
export function stubHighlightApi(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal(
    'Highlight',
    class extends Set<Range> {
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    },
  );
  return registry;
}
