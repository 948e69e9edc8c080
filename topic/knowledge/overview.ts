/** The topic overview the popup shows when a page makes no claims. */
import type { Statement } from './types';

/** 3 to 5 statements summarising the topic. */
export const overview: readonly Statement[] = [
  {
    id: 'overview-approval',
    text: 'No stem-cell or other cell product is FDA-approved for back pain or disc disease.',
    sourceIds: ['fdaConsumer', 'fdaApprovedProducts'],
  },
  {
    id: 'overview-trials',
    text: 'The largest independent trials comparing cell injections with a sham found no clear difference in pain relief.',
    sourceIds: ['respine', 'levi2025'],
  },
  {
    id: 'overview-evidence',
    text: 'Reports of benefit come mostly from small studies without a comparison group or from the companies developing the cells; larger developer-run sham-controlled trials are under way.',
    sourceIds: ['pettine2016', 'gornet2024', 'mesoblastConfirmatory', 'discgenicsPhase3'],
  },
  {
    id: 'overview-cost-risk',
    text: 'Injections are paid out of pocket, at thousands of dollars in US price surveys, and unapproved cord-blood products have caused serious infections.',
    sourceIds: ['piuzzi2018', 'alcerro2019', 'hartnett2021'],
  },
  {
    id: 'overview-standard-care',
    text: 'UK guidance and a 2017 US guideline (now past its publisher’s five-year validity) favour exercise and other non-drug care for chronic low back pain.',
    sourceIds: ['acp2017', 'niceNg59'],
  },
];
