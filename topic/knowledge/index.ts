/**
 * The knowledge pack: balanced, sourced context on stem-cell therapy for back pain, reviewed on one
 * date. Import `knowledgePack` for rendering and `validateKnowledgePack` for checks.
 */
import { categoryContexts } from './categories';
import { chartNotes } from './chart-notes';
import { clinicQuestions } from './clinic-questions';
import { openQuestions } from './open-questions';
import { overview } from './overview';
import { costs } from './prices';
import { regulation } from './regulation';
import { risks } from './risks';
import { sources } from './sources';
import { standardCare } from './standard-care';
import { studies } from './studies';
import type { KnowledgePack, Source } from './types';

/**
 * Date the pack was last reviewed against its sources (the 2026-12 content audit). Each source
 * carries its own `checkedOn` date, which the popup shows beside it.
 */
export const REVIEWED_ON = '2026-12-05';

/** Everything the popup and hover card show, in one typed object. */
export const knowledgePack: KnowledgePack = {
  reviewedOn: REVIEWED_ON,
  sources,
  overview,
  categories: categoryContexts,
  studies,
  costs,
  risks,
  regulation,
  openQuestions,
  clinicQuestions,
  standardCare,
  chartNotes,
};

export {
  validateKnowledgePack,
  SOURCE_HOSTS,
  SOURCE_RULES,
  MAX_SUMMARY_LENGTH,
  isIsoDate,
  checkUrl,
} from './validate';
export type * from './types';
export { CERTAINTY_LEVELS, SOURCE_KINDS, STUDY_DESIGNS } from './types';

/**
 * The sources behind a list of source ids, in the same order, for rendering links.
 * Unknown ids are skipped (the validator reports them); returns [] when none resolve.
 */
export function resolveSources(
  sourceIds: readonly string[],
  pack: KnowledgePack = knowledgePack,
): Source[] {
  return sourceIds.flatMap((id) => (Object.hasOwn(pack.sources, id) ? [pack.sources[id]!] : []));
}
