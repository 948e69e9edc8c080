/** The date every facet answer was last checked against its sources (YYYY-MM-DD). */
export const FACETS_REVIEWED_ON = '2026-12-05';
