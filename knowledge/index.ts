/**
 * The knowledge pack: balanced, sourced context on stem-cell therapy for back pain, reviewed on one
 * date. Import `knowledgePack` for rendering and `validateKnowledgePack` for checks.
 */
import { categoryContexts } from './categories';
import { clinicQuestions } from './clinic-questions';
import { openQuestions } from './open-questions';
import { overview } from './overview';
import { costs } from './prices';
import { regulation } from './regulation';
import { risks } from './risks';
import { sources } from './sources';
import { standardCare } from './standard-care';
import { studies } from './studies';
import type { KnowledgePack } from './types';

/** Date the whole pack was last checked against its sources. */
export const REVIEWED_ON = '2026-11-24';

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
};

export {
  validateKnowledgePack,
  SOURCE_HOSTS,
  MAX_SUMMARY_LENGTH,
  isIsoDate,
  checkUrl,
} from './validate';
export type * from './types';
export { CERTAINTY_LEVELS, STUDY_DESIGNS } from './types';
