/**
 * Schema of the knowledge pack: sourced context statements the popup and the hover card render.
 * Every statement points at sources by id; the pack carries one reviewed-on date.
 * Issue: #5 ("Knowledge base as typed data").
 */
import type { Category } from '../categories';

/** How sure we can be about what the evidence says, lowest first (for the certainty scale). */
export const CERTAINTY_LEVELS = ['very low', 'low', 'moderate', 'high'] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

/**
 * What kind of publisher stands behind a source. Each kind may only come from the hosts that
 * publish it (validate.ts `SOURCE_RULES`): a study from a DOI, PubMed or a journal, a registry
 * record from ClinicalTrials.gov, a regulator's page from the regulator, and so on. 'secondary'
 * marks a summary of a paper we could not read; the UI shows a small note next to it.
 */
export const SOURCE_KINDS = [
  'study',
  'review',
  'regulator',
  'court',
  'organisation',
  'guideline',
  'registry',
  'payer',
  'secondary',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A reference a reader can open. `url` is https (DOI, PubMed, ClinicalTrials.gov, FDA, ...). */
export interface Source {
  id: string;
  title: string;
  /** Journal, regulator, court or organisation. */
  publisher: string;
  /** Year of publication; for a page that is kept up to date (a registry record, a regulation), the year we read it. */
  year: number;
  url: string;
  kind: SourceKind;
  /**
   * ISO date (YYYY-MM-DD) the source was last read for this pack; the popup shows it beside the
   * link, so every sourced line carries the date it was reviewed. Never after the pack's reviewedOn.
   */
  checkedOn: string;
}

/** One sentence of context with at least one source id. */
export interface Statement {
  id: string;
  text: string;
  sourceIds: readonly string[];
}

/**
 * The one-line text shown in the in-page hover card (at most 160 characters) and at the top of
 * the popup. The first source is the one the card links.
 */
export interface Summary {
  text: string;
  sourceIds: readonly string[];
}

/**
 * How sure the evidence lets us be about one kind of claim. The level is this product's own
 * reading of the sources (not a published GRADE rating); `why` says what it rests on, with sources.
 */
export interface CertaintyRating {
  level: Certainty;
  /** One or two sentences on why the level is what it is. */
  why: string;
  sourceIds: readonly string[];
}

/** Context for one claim category, rendered as a card in the popup. */
export interface CategoryContext {
  category: Category;
  /** A question heading (not a claim, so it carries no source). */
  title: string;
  summary: Summary;
  certainty: CertaintyRating;
  /** 3 to 6 statements. */
  statements: readonly Statement[];
}

/** One arm of a responder comparison. `pct` is 0..100; `n` is the number randomised to the arm. */
export interface ResponderArm {
  pct: number;
  n?: number;
  label: string;
}

/** Share of responders with treatment versus control at one time point (for the responder chart). */
export interface ResponderResult {
  treatment: ResponderArm;
  control: ResponderArm;
  /** What counted as a responder, in plain words. */
  definition: string;
  /** E.g. "12 months". */
  timepoint: string;
  /** True when the difference was statistically significant in the source. */
  isSignificant: boolean;
  /** True for the primary time point registered for the trial (its registry record). */
  isPrimary?: boolean;
  /** In `moreResponders`: also drawn in the responder chart, beside the headline. */
  isCharted?: boolean;
}

/** Study designs, strongest first. */
export const STUDY_DESIGNS = [
  'randomised sham/placebo-controlled trial',
  'randomised controlled trial',
  'post hoc pooled trial data',
  'uncontrolled case series',
  'registry',
] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

/** A key study, listed in the popup; `responders` feeds the responder chart when published. */
export interface Study {
  id: string;
  name: string;
  design: StudyDesign;
  /** Participants randomised or treated. */
  n: number;
  population: string;
  product: string;
  comparator?: string;
  /** Who ran or paid for it, where that matters for reading the result. */
  sponsor: string;
  result: string;
  /** Plain reading of the primary result. */
  outcome:
    'no difference from control' | 'favours treatment' | 'mixed or unclear' | 'no control group';
  year: number;
  sourceIds: readonly string[];
  /**
   * Headline responder comparison, when the source publishes one: the trial's registered primary
   * time point where there is one (`isPrimary`).
   */
  responders?: ResponderResult;
  /** Further time points of the same comparison; those with `isCharted` are drawn too. */
  moreResponders?: readonly ResponderResult[];
}

/** A published price range, for the price chart that places a page's prices against it. */
export interface PriceRange {
  id: string;
  label: string;
  region: 'US' | 'abroad';
  low: number;
  high: number;
  /** Mean or typical price where the source gives one. */
  typical?: number;
  /** ISO 4217 code. */
  currency: string;
  /** What the price buys, e.g. "one injection". */
  per: string;
  /** Year the prices were published (the sources give no collection dates). */
  year: number;
  /** Caveats a reader needs (condition studied, how the range was gathered). */
  note: string;
  sourceIds: readonly string[];
}

/** Prices and insurance status. */
export interface CostContext {
  ranges: readonly PriceRange[];
  insurance: readonly Statement[];
}

/** A documented harm. `frequency` says how often where known, or says that it is unknown. */
export interface Risk {
  id: string;
  title: string;
  text: string;
  frequency: string;
  /** True when sources disagree about whether the harm is real. */
  isDisputed: boolean;
  sourceIds: readonly string[];
}

/** A regulatory term explained (e.g. "FDA-registered"). */
export interface RegulationTerm {
  id: string;
  term: string;
  meaning: string;
  sourceIds: readonly string[];
}

/** A question a reader could ask a clinic, with why it matters. */
export interface ClinicQuestion {
  id: string;
  question: string;
  why: string;
  sourceIds: readonly string[];
}

/** Lines the popup's pictures show beside the data (their captions), each sourced. */
export interface ChartNotes {
  /** Under the responder chart: which trials are drawn and which are not, and why. */
  responders: Statement;
}

/** The whole pack. */
export interface KnowledgePack {
  /** ISO date (YYYY-MM-DD) the pack was last reviewed against its sources. */
  reviewedOn: string;
  sources: Readonly<Record<string, Source>>;
  /** Shown when a page has no claims. */
  overview: readonly Statement[];
  categories: Readonly<Record<Category, CategoryContext>>;
  studies: readonly Study[];
  costs: CostContext;
  risks: readonly Risk[];
  regulation: readonly RegulationTerm[];
  openQuestions: readonly Statement[];
  clinicQuestions: readonly ClinicQuestion[];
  standardCare: readonly Statement[];
  chartNotes: ChartNotes;
}
