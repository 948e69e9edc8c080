/**
 * Checks a knowledge pack against the rules the UI relies on. Pure: returns a list of problems,
 * empty when the pack is valid. Used by tests/unit/topic/knowledge/knowledge.test.ts.
 */
import { CATEGORIES } from '../categories';
import {
  CERTAINTY_LEVELS,
  SOURCE_KINDS,
  STUDY_DESIGNS,
  type KnowledgePack,
  type ResponderResult,
  type SourceKind,
} from './types';

/** Where a source of some kinds may live: its host, and the shape of an openable path there. */
export interface SourceRule {
  kinds: readonly SourceKind[];
  /** The URL's path (and query) must match, so the link opens a record, not a search page. */
  path: RegExp;
}

const ARTICLE_KINDS: readonly SourceKind[] = ['study', 'review', 'guideline', 'secondary'];

/**
 * Hosts a source URL may point to, each with the kinds of source it may carry: DOIs, PubMed and
 * journals for papers; ClinicalTrials.gov for registry records; regulators, courts, guideline
 * bodies and payers for their own pages. Add a host only for a primary publisher.
 */
export const SOURCE_RULES: Readonly<Record<string, SourceRule>> = {
  'doi.org': { kinds: ARTICLE_KINDS, path: /^\/10\.\d{4,9}\/\S+$/ },
  'pubmed.ncbi.nlm.nih.gov': { kinds: ARTICLE_KINDS, path: /^\/\d+\/$/ },
  'pmc.ncbi.nlm.nih.gov': { kinds: ARTICLE_KINDS, path: /^\/articles\/PMC\d+\/$/ },
  'journals.lww.com': { kinds: ARTICLE_KINDS, path: /^\/[a-z]+\/Fulltext\/\S+\.aspx$/ },
  'clinicaltrials.gov': {
    kinds: ['registry', 'regulator'],
    path: /^\/(study\/NCT\d{8}|about-site\/[a-z-]+)$/,
  },
  'www.fda.gov': { kinds: ['regulator'], path: /^\/[a-z0-9-]+(\/[a-z0-9-]+)+$/ },
  'www.cdc.gov': { kinds: ['regulator'], path: /^\/mmwr\/volumes\/\d+\/wr\/mm\d+a\d\.htm$/ },
  'www.ecfr.gov': { kinds: ['regulator'], path: /^\/current\/title-\d+\/[\w/.-]+$/ },
  'eur-lex.europa.eu': {
    kinds: ['regulator'],
    path: /^\/legal-content\/EN\/TXT\/HTML\/\?uri=CELEX:[0-9A-Z-]+$/,
  },
  'www.supremecourt.gov': {
    kinds: ['court'],
    path: /^\/docket\/docketfiles\/html\/public\/\d{2}-\d+\.html$/,
  },
  'cdn.ca9.uscourts.gov': {
    kinds: ['court'],
    path: /^\/datastore\/opinions\/\d{4}\/\d{2}\/\d{2}\/\d{2}-\d+\.pdf$/,
  },
  'www.isscr.org': { kinds: ['organisation'], path: /^\/[a-z0-9-]+(\/[a-z0-9-]+)+$/ },
  'www.nice.org.uk': { kinds: ['guideline'], path: /^\/guidance\/[a-z0-9]+\/chapter\/[A-Za-z-]+$/ },
  'al-policies.exploremyplan.com': {
    kinds: ['payer'],
    path: /^\/portal\/web\/medical-policies\/-\/mp-\d+$/,
  },
};

/** Hosts a source URL may point to (the keys of SOURCE_RULES). */
export const SOURCE_HOSTS: readonly string[] = Object.keys(SOURCE_RULES);

/** Longest hover-card summary, in characters. */
export const MAX_SUMMARY_LENGTH = 160;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Problems with one source URL, or an empty list: it must be https, on a host of SOURCE_RULES,
 * with a path of the shape that host's records have, and (when `kind` is given) on a host that
 * publishes that kind of source.
 */
export function checkUrl(url: string, kind?: SourceKind): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`not a URL: ${url}`];
  }
  const problems: string[] = [];
  if (parsed.protocol !== 'https:') problems.push(`not https: ${url}`);
  const rule = Object.hasOwn(SOURCE_RULES, parsed.hostname)
    ? SOURCE_RULES[parsed.hostname]
    : undefined;
  if (!rule) return [...problems, `host not allowed: ${url}`];
  if (!rule.path.test(`${parsed.pathname}${parsed.search}`) || parsed.hash) {
    problems.push(`not a record path on ${parsed.hostname}: ${url}`);
  }
  if (kind !== undefined && !rule.kinds.includes(kind)) {
    problems.push(`a ${kind} source cannot come from ${parsed.hostname}: ${url}`);
  }
  return problems;
}

function checkResponders(where: string, r: ResponderResult): string[] {
  const problems: string[] = [];
  for (const arm of [r.treatment, r.control]) {
    if (!(arm.pct >= 0 && arm.pct <= 100))
      problems.push(`${where}: responder pct ${arm.pct} outside 0-100`);
    if (arm.n !== undefined && !(Number.isInteger(arm.n) && arm.n > 0)) {
      problems.push(`${where}: responder n ${arm.n} is not a positive integer`);
    }
  }
  if (!r.definition.trim()) problems.push(`${where}: responder definition is empty`);
  if (!r.timepoint.trim()) problems.push(`${where}: responder timepoint is empty`);
  return problems;
}

/**
 * Validates the whole pack: dates, sources (kind, URL of that kind, checked-on date), unique ids,
 * that every cited source id exists and every source is cited, category coverage, summary length,
 * certainty values and their sources, responder shares, price ranges and chart notes. Returns
 * human-readable problems; [] means the pack is valid.
 */
export function validateKnowledgePack(pack: KnowledgePack): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const cited = new Set<string>();
  const claimId = (id: string, where: string): void => {
    if (!id.trim()) problems.push(`${where}: empty id`);
    else if (ids.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    else ids.add(id);
  };
  const cite = (where: string, sourceIds: readonly string[]): void => {
    if (sourceIds.length === 0) problems.push(`${where}: no source`);
    for (const id of sourceIds) {
      cited.add(id);
      if (!Object.hasOwn(pack.sources, id)) problems.push(`${where}: unknown source "${id}"`);
    }
  };
  const text = (where: string, value: string): void => {
    if (!value.trim()) problems.push(`${where}: empty text`);
  };

  if (!isIsoDate(pack.reviewedOn))
    problems.push(`reviewedOn is not an ISO date: "${pack.reviewedOn}"`);

  for (const [key, source] of Object.entries(pack.sources)) {
    const where = `source ${key}`;
    if (source.id !== key) problems.push(`${where}: id "${source.id}" does not match its key`);
    text(where, source.title);
    text(where, source.publisher);
    if (!Number.isInteger(source.year) || source.year < 1900 || source.year > 2100) {
      problems.push(`${where}: implausible year ${source.year}`);
    }
    if (!SOURCE_KINDS.includes(source.kind)) problems.push(`${where}: bad kind "${source.kind}"`);
    problems.push(...checkUrl(source.url, source.kind).map((p) => `${where}: ${p}`));
    if (!isIsoDate(source.checkedOn)) {
      problems.push(`${where}: checkedOn is not an ISO date: "${source.checkedOn}"`);
    } else if (source.checkedOn > pack.reviewedOn) {
      problems.push(
        `${where}: checked on ${source.checkedOn}, after the pack's ${pack.reviewedOn}`,
      );
    }
  }

  const statements = (
    group: string,
    list: readonly { id: string; text: string; sourceIds: readonly string[] }[],
  ): void => {
    for (const s of list) {
      const where = `${group} ${s.id}`;
      claimId(s.id, where);
      text(where, s.text);
      cite(where, s.sourceIds);
    }
  };

  if (pack.overview.length < 3 || pack.overview.length > 5) {
    problems.push(`overview has ${pack.overview.length} statements, expected 3-5`);
  }
  statements('overview', pack.overview);

  for (const category of CATEGORIES) {
    const context = pack.categories[category];
    const where = `category ${category}`;
    if (!context) {
      problems.push(`${where}: no context`);
      continue;
    }
    if (context.category !== category)
      problems.push(`${where}: context is for "${context.category}"`);
    text(where, context.title);
    text(`${where} summary`, context.summary.text);
    if (context.summary.text.length > MAX_SUMMARY_LENGTH) {
      problems.push(
        `${where}: summary is ${context.summary.text.length} characters (max ${MAX_SUMMARY_LENGTH})`,
      );
    }
    cite(`${where} summary`, context.summary.sourceIds);
    if (!CERTAINTY_LEVELS.includes(context.certainty.level))
      problems.push(`${where}: bad certainty "${context.certainty.level}"`);
    text(`${where} certainty why`, context.certainty.why);
    cite(`${where} certainty`, context.certainty.sourceIds);
    if (context.statements.length < 3 || context.statements.length > 6) {
      problems.push(`${where}: ${context.statements.length} statements, expected 3-6`);
    }
    statements(where, context.statements);
  }

  for (const study of pack.studies) {
    const where = `study ${study.id}`;
    claimId(study.id, where);
    text(where, study.name);
    text(where, study.result);
    if (!STUDY_DESIGNS.includes(study.design))
      problems.push(`${where}: bad design "${study.design}"`);
    if (!(Number.isInteger(study.n) && study.n > 0))
      problems.push(`${where}: n ${study.n} is not a positive integer`);
    cite(where, study.sourceIds);
    if (study.responders) problems.push(...checkResponders(where, study.responders));
    for (const more of study.moreResponders ?? []) problems.push(...checkResponders(where, more));
  }

  for (const range of pack.costs.ranges) {
    const where = `price ${range.id}`;
    claimId(range.id, where);
    if (!(range.low >= 0 && range.low <= range.high))
      problems.push(`${where}: low ${range.low} > high ${range.high}`);
    if (
      range.typical !== undefined &&
      !(range.typical >= range.low && range.typical <= range.high)
    ) {
      problems.push(`${where}: typical ${range.typical} outside ${range.low}-${range.high}`);
    }
    if (!/^[A-Z]{3}$/.test(range.currency))
      problems.push(`${where}: bad currency "${range.currency}"`);
    text(where, range.per);
    cite(where, range.sourceIds);
  }
  statements('insurance', pack.costs.insurance);

  for (const risk of pack.risks) {
    const where = `risk ${risk.id}`;
    claimId(risk.id, where);
    text(where, risk.text);
    text(`${where} frequency`, risk.frequency);
    cite(where, risk.sourceIds);
  }
  for (const term of pack.regulation) {
    const where = `regulation ${term.id}`;
    claimId(term.id, where);
    text(where, term.meaning);
    cite(where, term.sourceIds);
  }
  statements('open question', pack.openQuestions);
  for (const q of pack.clinicQuestions) {
    const where = `clinic question ${q.id}`;
    claimId(q.id, where);
    text(where, q.question);
    text(where, q.why);
    cite(where, q.sourceIds);
  }
  statements('standard care', pack.standardCare);
  statements('chart note', [pack.chartNotes.responders]);

  for (const key of Object.keys(pack.sources)) {
    if (!cited.has(key)) problems.push(`source ${key}: never cited`);
  }
  return problems;
}
