import css from './highlight.css?inline';

let sheet: CSSStyleSheet | null = null;

/**
 * `::highlight()` rules only apply inside the tree that holds them, so open shadow roots with
 * claims get our highlight styles as an adopted stylesheet (not serialised, so the page's
 * DOM stays as it was). Fixture: tests/fixtures/shadow-and-iframe.html.
 */
export function adoptHighlightStyles(root: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  } catch {
    // Constructable stylesheets missing or the array frozen by the page: ranges still register.
  }
}
