/**
 * Checks a facet pack against the rules the UI relies on. Pure: returns a list of problems, empty
 * when the pack is valid. Whether each facet's examples match is the matcher's test
 * (tests/unit/detect/facets.test.ts); this checks the data itself.
 */
import { checkUrl, isIsoDate } from '../knowledge/validate';
import type { Source } from '../knowledge/types';
import { FACET_LANGS, FACET_VISUALS, type FacetPack } from './types';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates `pack` with the sources it may cite: the knowledge pack's (`knowledgeSources`) and
 * its own (`facetSources`, whose ids must be new and must all be cited).
 * @returns human-readable problems; [] means the pack is valid.
 */
export function validateFacetPack(
  pack: FacetPack,
  knowledgeSources: Readonly<Record<string, Source>>,
  facetSources: Readonly<Record<string, Source>>,
): string[] {
  const problems: string[] = [];
  const cited = new Set<string>();
  const known = (id: string) =>
    Object.hasOwn(knowledgeSources, id) || Object.hasOwn(facetSources, id);
  const cite = (where: string, ids: readonly string[]) => {
    if (ids.length === 0) problems.push(`${where}: no source`);
    for (const id of ids) {
      cited.add(id);
      if (!known(id)) problems.push(`${where}: unknown source "${id}"`);
    }
  };

  const ids = new Set<string>();
  for (const facet of pack.facets) {
    const where = `facet ${facet.id}`;
    if (!KEBAB.test(facet.id)) problems.push(`${where}: id is not kebab-case`);
    if (ids.has(facet.id)) problems.push(`${where}: duplicate id`);
    ids.add(facet.id);
    for (const lang of FACET_LANGS) {
      const wording = facet.wording[lang];
      if (!wording || wording.any.length === 0) problems.push(`${where}: no ${lang} wording`);
      if (wording?.with?.length === 0) problems.push(`${where}: empty ${lang} "with" family`);
      const examples = facet.examples[lang];
      if (!examples || examples.match.length < 2)
        problems.push(`${where}: fewer than 2 ${lang} example sentences`);
      if (!examples || examples.nearMiss.length < 1)
        problems.push(`${where}: no ${lang} near miss`);
    }
    if (facet.answer.length < 1 || facet.answer.length > 4)
      problems.push(`${where}: ${facet.answer.length} answer lines, expected 1-4`);
    facet.answer.forEach((line, i) => {
      if (!line.text.trim()) problems.push(`${where} line ${i + 1}: empty text`);
      cite(`${where} line ${i + 1}`, line.sourceIds);
    });
    if (facet.visual !== undefined && !FACET_VISUALS.includes(facet.visual))
      problems.push(`${where}: unknown visual "${facet.visual}"`);
    if (!isIsoDate(facet.reviewedOn))
      problems.push(`${where}: reviewedOn is not an ISO date: "${facet.reviewedOn}"`);
  }

  for (const lang of FACET_LANGS)
    if (!pack.abroad[lang]?.length) problems.push(`abroad: no ${lang} places`);

  for (const range of pack.priceRanges) {
    const where = `price ${range.id}`;
    if (!(range.low >= 0 && range.low <= range.high))
      problems.push(`${where}: low ${range.low} > high ${range.high}`);
    if (range.typical !== undefined && !(range.typical >= range.low && range.typical <= range.high))
      problems.push(`${where}: typical ${range.typical} outside ${range.low}-${range.high}`);
    if (!/^[A-Z]{3}$/.test(range.currency)) problems.push(`${where}: bad currency`);
    cite(where, range.sourceIds);
  }

  for (const [key, source] of Object.entries(facetSources)) {
    const where = `facet source ${key}`;
    if (source.id !== key) problems.push(`${where}: id "${source.id}" does not match its key`);
    if (Object.hasOwn(knowledgeSources, key))
      problems.push(`${where}: the knowledge pack already has this id`);
    if (!source.title.trim() || !source.publisher.trim()) problems.push(`${where}: empty text`);
    if (!Number.isInteger(source.year) || source.year < 1900 || source.year > 2100)
      problems.push(`${where}: implausible year ${source.year}`);
    // The knowledge pack's rules: an allowed host for the source's kind, a record's path.
    problems.push(...checkUrl(source.url, source.kind).map((p) => `${where}: ${p}`));
    if (!isIsoDate(source.checkedOn)) problems.push(`${where}: checkedOn is not an ISO date`);
    else if (pack.facets.some((f) => source.checkedOn > f.reviewedOn))
      problems.push(`${where}: checked on ${source.checkedOn}, after a facet's review`);
    if (!cited.has(key)) problems.push(`${where}: never cited`);
  }
  return problems;
}
