/** How guideline-recommended care for chronic low back pain compares. */
import type { Statement } from './types';

/** Standard-care statements shown in the popup. */
export const standardCare: readonly Statement[] = [
  {
    id: 'care-acp-first',
    text: 'US physicians’ guidance says to start chronic low back pain care without drugs: exercise, rehabilitation programmes, acupuncture, mindfulness, yoga, tai chi, psychological therapy or spinal manipulation.',
    sourceIds: ['acp2017'],
  },
  {
    id: 'care-acp-drugs',
    text: 'If that is not enough, the same guidance suggests anti-inflammatory painkillers first, then tramadol or duloxetine, with opioids only as a last option.',
    sourceIds: ['acp2017'],
  },
  {
    id: 'care-nice',
    text: 'UK guidance recommends exercise, with manual or psychological therapy as part of an exercise-based package, and anti-inflammatory painkillers where suitable.',
    sourceIds: ['niceNg59'],
  },
  {
    id: 'care-nice-injections',
    text: 'UK guidance advises against spinal injections for low back pain and against spinal fusion outside a randomised trial.',
    sourceIds: ['niceNg59'],
  },
  {
    id: 'care-evidence-gap',
    text: 'These treatments are backed by more trials than cell injections, though their benefits are often modest too.',
    sourceIds: ['acp2017', 'nassj2025'],
  },
];
