/**
 * Claim facets: what a claim sentence specifically asserts, and the sourced answer to it (issue
 * #13). The matcher is content/detect/facets.ts (`createFacetMatcher(FACET_PACK)`); the background
 * picks a claim's facets and the card and popup show their answers before the category context.
 */
import { FACET_PRICE_RANGES, INSURANCE, PRICE } from './money';
import { AVOID_SURGERY, FAST_RESULTS, REGROW_DISC, SUCCESS_RATE } from './outcomes';
import { ABROAD, PERCENT_WORDS } from './places';
import { BIRTH_TISSUE, EXOSOME, OWN_CELLS } from './products';
import {
  APPROVED_ABROAD,
  FDA_APPROVED,
  FDA_REGISTERED,
  HCT_361,
  RMAT_FAST_TRACK,
} from './regulatory';
import type { FacetPack } from './types';

/** The shipped facets, most specific first (a claim lists its facets in this order). */
export const FACET_PACK: FacetPack = {
  facets: [
    APPROVED_ABROAD,
    FDA_REGISTERED,
    HCT_361,
    RMAT_FAST_TRACK,
    FDA_APPROVED,
    EXOSOME,
    BIRTH_TISSUE,
    OWN_CELLS,
    INSURANCE,
    PRICE,
    SUCCESS_RATE,
    REGROW_DISC,
    AVOID_SURGERY,
    FAST_RESULTS,
  ],
  abroad: ABROAD,
  percentWords: PERCENT_WORDS,
  priceRanges: FACET_PRICE_RANGES,
};

export { facetSources } from './sources';
export { FACETS_REVIEWED_ON } from './reviewed';
export { validateFacetPack } from './validate';
export type * from './types';
export { FACET_LANGS, FACET_VISUALS } from './types';
