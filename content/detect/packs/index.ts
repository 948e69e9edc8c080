import type { TopicPack } from '../topic-pack';
import { STEM_CELL_BACK_PAIN_EN } from './stem-cell-back-pain.en';
import { STEM_CELL_BACK_PAIN_ES } from './stem-cell-back-pain.es';

/** The topic this extension ships with: claims about stem-cell therapy for back pain. */
export const STEM_CELL_BACK_PAIN: TopicPack = {
  id: 'stem-cell-back-pain',
  languages: [STEM_CELL_BACK_PAIN_EN, STEM_CELL_BACK_PAIN_ES],
};
