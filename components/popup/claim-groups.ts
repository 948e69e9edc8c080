import { CATEGORIES, type Category } from '../../topic/categories';
import type { TabClaim } from '../../utils/messages';

/** The claims of one category, in page order. */
export interface ClaimGroup {
  category: Category;
  claims: TabClaim[];
}

/**
 * Groups a page's claims by category, in the order `CATEGORIES` lists them (the order every UI
 * uses). Categories without claims are left out.
 * @returns one group per category present; [] when there are no claims.
 */
export function groupClaims(claims: readonly TabClaim[]): ClaimGroup[] {
  const byCategory = new Map<Category, TabClaim[]>();
  for (const claim of claims) {
    const list = byCategory.get(claim.category);
    if (list) list.push(claim);
    else byCategory.set(claim.category, [claim]);
  }
  return CATEGORIES.flatMap((category) => {
    const list = byCategory.get(category);
    return list ? [{ category, claims: list }] : [];
  });
}
