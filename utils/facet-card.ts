/**
 * A facet's answer as the hover card and the popup show it: plain, serialisable data in the
 * browser's language, built by components/card/facet-content.ts (in the background for the card,
 * in the popup for its claim list) and drawn by components/card/FacetAnswer.tsx. The content
 * script only draws: every word, figure and bar position comes ready-made.
 */

/** A source the reader can open. */
export interface SourceLink {
  /** Short name shown as the link ("U.S. Food and Drug Administration, 2021"). */
  label: string;
  /** Full title, for the link's tooltip. */
  title: string;
  url: string;
}

/** One sentence of an answer with its sources. */
export interface FacetCardLine {
  text: string;
  sources: SourceLink[];
}

/** What a chart row shows: a published range, the page's own figure, a trial arm. */
export const CHART_ROW_KINDS = ['range', 'page', 'treat', 'control'] as const;
export type ChartRowKind = (typeof CHART_ROW_KINDS)[number];

/** One bar of a chart; positions are fractions (0-1) of the shared axis. */
export interface ChartRow {
  /** What the row is ("US clinics, one knee injection", "This page", "Sham"). */
  label: string;
  /** The figure in words ("$1,150–$12,000, typical $5,156", "69% of 56"). */
  value: string;
  from: number;
  to: number;
  /** A tick inside the bar (a typical price), when there is one. */
  mark?: number;
  kind: ChartRowKind;
}

/** Rows under one heading: a region's prices, one trial's arms, the page's own figures. */
export interface ChartGroup {
  heading: string;
  rows: ChartRow[];
  /** A line under the rows (what counted as improved, why a group is empty). */
  note?: string;
}

/** A small bar chart; every figure is also in its rows' words, so it needs no other alternative. */
export interface FacetChart {
  caption: string;
  groups: ChartGroup[];
  /** Lines under the chart (prices that could not be placed). */
  notes: string[];
  /** The sources of the published rows. */
  sources: SourceLink[];
}

/** One facet's answer. */
export interface FacetCard {
  id: string;
  /** "What 'FDA approved' means", in the browser's language. */
  heading: string;
  lines: FacetCardLine[];
  chart?: FacetChart;
  /** "Reviewed on 5 December 2026". */
  reviewed: string;
}
