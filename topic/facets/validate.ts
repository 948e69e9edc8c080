/**
 * Checks a facet pack against the rules the UI relies on. Pure: returns a list of problems, empty
 * when the pack is valid. Whether each facet's examples match is the matcher's test
 * (tests/unit/detect/facets.test.ts); this checks the data itself.
 */
import { SOURCE_HOSTS, isIsoDate } from '../knowledge/validate';
import type { Source } from '../knowledge/types';
import { FACET_LANGS, FACET_VISUALS, type FacetPack } from './types';

/**
 * Hosts facet sources may use beyond the knowledge pack's (topic/knowledge/validate.ts): court
 * records, which the courts' own sites publish only as PDFs we could not read; these hosts keep
 * the opinion's or docket's text as the court issued it.
 */
export const FACET_EXTRA_HOSTS: readonly string[] = ['print.casetext.com', 'www.scotusblog.com'];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems with one source's URL (https, on an allowed host), or an empty list. */
function checkSourceUrl(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`not a URL: ${url}`];
  }
  const problems: string[] = [];
  if (parsed.protocol !== 'https:') problems.push(`not https: ${url}`);
  if (![...SOURCE_HOSTS, ...FACET_EXTRA_HOSTS].includes(parsed.hostname))
    problems.push(`host not allowed: ${url}`);
  return problems;
}

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
    problems.push(...checkSourceUrl(source.url).map((p) => `${where}: ${p}`));
    if (!cited.has(key)) problems.push(`${where}: never cited`);
  }
  return problems;
}
