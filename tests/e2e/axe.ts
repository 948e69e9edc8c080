import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** One axe-core violation, reduced to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * What runs in the checked document: axe-core's full rule set on the document, violations only,
 * reduced to AxeViolation. A string, so documents reached without Playwright's `evaluate` (the
 * side panel, scripts/lib/browser/side-panel.ts) run the same check.
 */
const RUN_AXE = `(async () => {
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String).join(' '),
      summary: n.failureSummary ?? '',
    })),
  }));
})()`;

/**
 * Runs axe-core with its full rule set (color-contrast included) in a document reached through
 * `evaluate` (an expression evaluator that awaits promises) and returns the violations, [] when
 * there are none. The colour scheme is whatever the browser or the caller's emulation set.
 */
export async function axeViolationsVia(
  evaluate: (expression: string) => Promise<unknown>,
): Promise<AxeViolation[]> {
  if (!(await evaluate("typeof window.axe === 'object'"))) {
    // Extension pages forbid inline scripts (CSP script-src 'self'), so a script tag is blocked
    // there; evaluating the source through the debugger protocol is not subject to the CSP.
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await evaluate(`${axeSource}\n;void 0`);
  }
  return (await evaluate(RUN_AXE)) as AxeViolation[];
}

/**
 * Runs axe-core with its full rule set (color-contrast included) on the page's document and
 * returns the violations, [] when there are none. The page's colour scheme is whatever the
 * browser or `page.emulateMedia` set. Works on extension pages as well as web pages.
 */
export function axeViolations(page: Page): Promise<AxeViolation[]> {
  return axeViolationsVia((expression) => page.evaluate(expression));
}

/**
 * axe-core on a view of the popup's surface (the popup, the side panel's view) as it opens, then
 * again with every folded section open: the violations of both, `[]` when clean.
 */
export async function foldedAndOpenViolations(view: Page): Promise<AxeViolation[]> {
  const folded = await axeViolations(view);
  await view.evaluate(() => {
    for (const d of document.querySelectorAll('details.fold'))
      (d as HTMLDetailsElement).open = true;
  });
  return [...folded, ...(await axeViolations(view))];
}

/**
 * axe-core on a card's markup (cardMarkup in page-helpers.ts): the card lives in a closed shadow
 * root that axe cannot enter, so its markup and styles go into an open shadow root of `blank`,
 * a page of their own (about:blank, where no content script runs), in `blank`'s colour scheme.
 */
export async function cardMarkupViolations(blank: Page, markup: string): Promise<AxeViolation[]> {
  await blank.setContent('<!doctype html><html lang="en"><title>Card</title><main></main></html>');
  await blank.evaluate((html) => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = html;
    document.querySelector('main')!.append(host);
  }, markup);
  return axeViolations(blank);
}
