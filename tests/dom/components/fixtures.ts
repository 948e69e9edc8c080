import type { TabClaim, TabSummary } from '../../../utils/messages';

/** A fake claim; ids count up so each is unique within its frame. */
let nextId = 1;
export function claim(partial: Partial<TabClaim> & Pick<TabClaim, 'category'>): TabClaim {
  return {
    id: nextId++,
    frameId: 0,
    text: `A ${partial.category} claim about stem cells.`,
    stance: 'promotional',
    ...partial,
  };
}

/** A fake tab summary for a clinic page. */
export function summary(
  claims: TabClaim[],
  url = 'https://www.example-clinic.com/back',
): TabSummary {
  return { url, highlightsOn: true, total: claims.length, claims };
}
