/** The topic overview the popup shows when a page makes no claims. */
import type { Statement } from './types';

/** 3 to 5 statements summarising the topic. */
export const overview: readonly Statement[] = [
  {
    id: 'overview-approval',
    text: 'No stem-cell or other cell product is FDA-approved for back pain or disc disease.',
    sourceIds: ['fdaConsumer'],
  },
  {
    id: 'overview-trials',
    text: 'The largest independent trials comparing cell injections with a sham found no clear difference in pain relief.',
    sourceIds: ['respine', 'levi2025'],
  },
  {
    id: 'overview-evidence',
    text: 'Most positive reports come from small studies without a comparison group or from the companies developing the cells; research is ongoing.',
    sourceIds: ['nassj2025', 'mesoblastConfirmatory'],
  },
  {
    id: 'overview-cost-risk',
    text: 'Injections typically cost thousands of dollars out of pocket, and unapproved products have caused serious infections.',
    sourceIds: ['piuzzi2018', 'hartnett2021'],
  },
  {
    id: 'overview-standard-care',
    text: 'Guidelines recommend starting with exercise and other non-drug care for chronic low back pain.',
    sourceIds: ['acp2017', 'niceNg59'],
  },
];
