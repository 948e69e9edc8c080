/** Sourced lines shown with the popup's pictures, so a caption carries its sources too. */
import type { ChartNotes } from './types';

/** Notes keyed by picture. */
export const chartNotes: ChartNotes = {
  responders: {
    id: 'note-responders',
    // Neither abstract gives responder shares for treated and control groups (DiscGenics reports
    // mean change from baseline); company-reported responder shares are not used (README).
    text: 'Developer-run trials that reported benefit (Mesoblast phase 2, DiscGenics) are not drawn: their published abstracts do not give these shares for the treated and control groups. See Key studies.',
    sourceIds: ['mesoblastPhase2', 'gornet2024'],
  },
};
