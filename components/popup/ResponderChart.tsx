import { i18n } from '#i18n';
import { ChartSvg } from '../shared/ChartSvg';
import { SourceLinks } from '../shared/SourceLinks';
import {
  resolveSources,
  type KnowledgePack,
  type ResponderResult,
  type Study,
} from '../../topic/knowledge';

/** Props of the responder comparison. */
export interface ResponderChartProps {
  /** Studies from the pack; only those with published responder shares are drawn. Renders
   * nothing when none have them. */
  studies: readonly Study[];
  /** Resolves the drawn studies' sources and gives the chart's note (pack.chartNotes). */
  pack: KnowledgePack;
}

const WIDTH = 340;
const LABEL_W = 118;
const BAR_MAX = 180;
const TITLE_H = 30;
/** Longest study name drawn in full; longer names are cut (the text alternative has them whole). */
const MAX_NAME = 50;
const BAR_H = 12;
const GAP = 4;
const GROUP_H = TITLE_H + 2 * (BAR_H + GAP) + 10;

function armText(arm: ResponderResult['treatment']): string {
  return arm.n === undefined
    ? i18n.t('responders.arm', { label: arm.label, pct: arm.pct })
    : i18n.t('responders.armOf', { label: arm.label, pct: arm.pct, n: arm.n });
}

/** "6 months, registered primary time point", or just "12 months". */
function timepointText(r: ResponderResult): string {
  return r.isPrimary ? i18n.t('responders.primary', { timepoint: r.timepoint }) : r.timepoint;
}

/** The rows a study adds to the chart: its headline, then further time points marked charted. */
function chartedRows(study: Study): { study: Study; r: ResponderResult }[] {
  if (!study.responders) return [];
  const more = (study.moreResponders ?? []).filter((r) => r.isCharted);
  return [study.responders, ...more].map((r) => ({ study, r }));
}

/**
 * Compares the share of responders with treatment versus control in each controlled trial that
 * publishes it: two bars per time point (the trial's headline, its registered primary time point
 * where it has one, plus any further time point marked to be charted), with the trial's name,
 * the time point and whether the difference was significant. Its text alternative states every
 * figure; its caption says what counted as improved, which trials are not drawn and why, and
 * links every source behind it.
 */
export function ResponderChart({ studies, pack }: ResponderChartProps) {
  const rows = studies.flatMap(chartedRows);
  if (rows.length === 0) return null;
  const height = rows.length * GROUP_H;
  const drawn = [...new Set(rows.map((row) => row.study))];
  const description = i18n.t('responders.description', {
    studies: rows
      .map(({ study, r }) =>
        i18n.t('responders.study', {
          study: study.name,
          timepoint: timepointText(r),
          treatment: armText(r.treatment),
          control: armText(r.control),
          difference: i18n.t(
            r.isSignificant ? 'responders.aSignificant' : 'responders.noSignificant',
          ),
        }),
      )
      .join('; '),
  });
  const note = pack.chartNotes.responders;
  return (
    <figure class="picture responder-chart">
      <ChartSvg description={description} width={WIDTH} height={height}>
        {rows.map(({ study, r }, i) => {
          const y = i * GROUP_H;
          const arms = [
            { arm: r.treatment, fill: 'var(--cc-chart-treat)' },
            { arm: r.control, fill: 'var(--cc-chart-control)' },
          ];
          return (
            <g
              key={`${study.id}:${r.timepoint}`}
              data-study={study.id}
              data-timepoint={r.timepoint}
              data-primary={r.isPrimary ? 'true' : undefined}
            >
              <text x={0} y={y + 11} font-weight="600">
                {study.name.length > MAX_NAME
                  ? `${study.name.slice(0, MAX_NAME - 1)}…`
                  : study.name}
              </text>
              <text x={0} y={y + 25}>
                {timepointText(r)} ·{' '}
                {i18n.t(r.isSignificant ? 'responders.significant' : 'responders.noSignificant')}
              </text>
              {arms.map(({ arm, fill }, j) => {
                const by = y + TITLE_H + j * (BAR_H + GAP);
                const w = (BAR_MAX * Math.min(100, Math.max(0, arm.pct))) / 100;
                return (
                  <g key={arm.label + j}>
                    <text x={0} y={by + BAR_H - 2}>
                      {arm.label}
                    </text>
                    <rect x={LABEL_W} y={by} width={w} height={BAR_H} rx={2} fill={fill} />
                    <text x={LABEL_W + w + 4} y={by + BAR_H - 2}>
                      {arm.pct}%{arm.n !== undefined ? ` (n=${arm.n})` : ''}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </ChartSvg>
      <figcaption class="chart-caption">
        <p>
          {i18n.t('responders.caption', {
            definitions: drawn
              .map((study) => `${study.name}: ${study.responders!.definition}`)
              .join('; '),
          })}
        </p>
        <SourceLinks
          sources={resolveSources([...new Set(drawn.flatMap((s) => s.sourceIds))], pack)}
        />
        <p class="chart-note">{note.text}</p>
        <SourceLinks sources={resolveSources(note.sourceIds, pack)} />
      </figcaption>
    </figure>
  );
}
