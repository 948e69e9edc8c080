/** How guideline-recommended care for chronic low back pain compares. */
import type { Statement } from './types';

/** Standard-care statements shown in the popup. */
export const standardCare: readonly Statement[] = [
  {
    id: 'care-acp-first',
    text: 'A 2017 US physicians’ guideline says to start chronic low back pain care without drugs: exercise, rehabilitation programmes, acupuncture, mindfulness, yoga, tai chi, psychological therapy or spinal manipulation. Its publisher considers its guidelines withdrawn five years after publication, or sooner when an update is issued.',
    sourceIds: ['acp2017'],
  },
  {
    id: 'care-acp-drugs',
    text: 'If that is not enough, the same 2017 guideline suggested anti-inflammatory painkillers first, then tramadol or duloxetine, with opioids only as a last option.',
    sourceIds: ['acp2017'],
  },
  {
    id: 'care-nice',
    text: 'UK guidance says to consider a group exercise programme, and manual or psychological therapy only as part of a package that includes exercise; it also says to consider anti-inflammatory painkillers.',
    sourceIds: ['niceNg59'],
  },
  {
    id: 'care-nice-injections',
    text: 'UK guidance advises against spinal injections for low back pain and against spinal fusion outside a randomised trial.',
    sourceIds: ['niceNg59'],
  },
  {
    id: 'care-evidence-gap',
    text: 'The treatments in these guidelines (the 2017 US guideline and NICE’s) rest on more trials than cell injections, though their benefits are often modest too.',
    sourceIds: ['acp2017', 'niceNg59', 'nassj2025'],
  },
];
