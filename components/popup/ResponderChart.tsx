import { i18n } from '#i18n';
import { ChartSvg } from '../shared/ChartSvg';
import type { ResponderResult, Study } from '../../topic/knowledge';

/** Props of the responder comparison. */
export interface ResponderChartProps {
  /** Studies from the pack; only those with published responder shares are drawn. Renders
   * nothing when none have them. */
  studies: readonly Study[];
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

/**
 * Compares the share of responders with treatment versus control in each controlled trial that
 * publishes it (headline time point): two bars per trial, with the trial's name, time point and
 * whether the difference was significant. Its text alternative states every figure.
 */
export function ResponderChart({ studies }: ResponderChartProps) {
  const rows = studies.flatMap((s) => (s.responders ? [{ study: s, r: s.responders }] : []));
  if (rows.length === 0) return null;
  const height = rows.length * GROUP_H;
  const description = i18n.t('responders.description', {
    studies: rows
      .map(({ study, r }) =>
        i18n.t('responders.study', {
          study: study.name,
          timepoint: r.timepoint,
          treatment: armText(r.treatment),
          control: armText(r.control),
          difference: i18n.t(
            r.isSignificant ? 'responders.aSignificant' : 'responders.noSignificant',
          ),
        }),
      )
      .join('; '),
  });
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
            <g key={study.id} data-study={study.id}>
              <text x={0} y={y + 11} font-weight="600">
                {study.name.length > MAX_NAME
                  ? `${study.name.slice(0, MAX_NAME - 1)}…`
                  : study.name}
              </text>
              <text x={0} y={y + 25}>
                {r.timepoint} ·{' '}
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
        {i18n.t('responders.caption', {
          definitions: rows.map(({ study, r }) => `${study.name}: ${r.definition}`).join('; '),
        })}
      </figcaption>
    </figure>
  );
}
