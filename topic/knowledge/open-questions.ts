/** Research questions that remain open. */
import type { Statement } from './types';

/** Open questions shown in the popup. */
export const openQuestions: readonly Statement[] = [
  {
    id: 'open-beat-sham',
    text: 'Do cell injections beat a credible sham? The independent sham-controlled trials so far say no; larger developer-run sham- or placebo-controlled trials are running (Mesoblast, DiscGenics, and for a disc allograft, VIA Disc NP).',
    sourceIds: [
      'respine',
      'levi2025',
      'mesoblastConfirmatory',
      'discgenicsPhase3',
      'viaDiscShamRegistry',
    ],
  },
  {
    id: 'open-which-cells',
    text: 'Which cells, at what dose? Trials used donor or own cells from marrow, fat or disc tissue, and whether dose matters is unclear: in one small study two doses did equally well, while DiscGenics reports its endpoint met at the higher dose.',
    sourceIds: ['kumar2017', 'gornet2024', 'nassj2025'],
  },
  {
    id: 'open-durability',
    text: 'How long do effects and safety last? A 2025 review judged safety acceptable over the short to medium term only; follow-up is a few years at most, in small groups.',
    sourceIds: ['nassj2025', 'soufi2023'],
  },
  {
    id: 'open-who',
    text: 'Who might benefit? Disc wear on MRI is common in people without pain, so identifying pain that truly comes from a disc is hard.',
    sourceIds: ['brinjikji2015'],
  },
  {
    id: 'open-imaging',
    text: 'Do MRI changes matter? Structural gains on scans have not matched changes in pain.',
    sourceIds: ['nassj2025', 'dream'],
  },
];
