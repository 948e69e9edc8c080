import { STEM_CELL_BACK_PAIN } from '../../topic/detect';
import type { Page } from './corpus';
import { examplesOf, fitModel } from './learn';

/** Where the shipped model lives, from the repository root (topic/detect/index.ts imports it). */
export const MODEL_FILE = 'topic/detect/model.json';

/**
 * The model file's text for `pages`: the shipped pack's features, the default fit, one JSON
 * document with one weight per line (readable diffs). The same pages give the same text.
 */
export function trainedModelText(pages: readonly Page[]): string {
  return `${JSON.stringify(fitModel(examplesOf(STEM_CELL_BACK_PAIN, pages)), null, 1)}\n`;
}
