import type { ClaimModel, TopicPack } from '../schema';
import { CATEGORY_TABLE } from '../categories';
import { STEM_CELL_BACK_PAIN_EN } from './en';
import { STEM_CELL_BACK_PAIN_ES } from './es';
import MODEL from './model.json';

/**
 * The topic this extension ships with, as the detector takes it: claims about stem-cell therapy
 * for back pain. Give it to `createDetector` (content/detect/core.ts) or to the detector with
 * prices (content/detect/index.ts). Languages are tried in this order.
 */
export const STEM_CELL_BACK_PAIN: TopicPack = {
  id: 'stem-cell-back-pain',
  categories: CATEGORY_TABLE,
  warmUpText: 'Stem cell shots ease back pain, the clinic says.',
  languages: [STEM_CELL_BACK_PAIN_EN, STEM_CELL_BACK_PAIN_ES],
  // Fitted by `npm run train` on the labelled corpus (scripts/train.ts); data, not code.
  model: MODEL as ClaimModel,
};
