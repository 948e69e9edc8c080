import { i18n } from '#i18n';
import { ChartSvg } from '../shared/ChartSvg';
import { certaintyLabel } from '../shared/labels';
import { CERTAINTY_LEVELS, type Certainty } from '../../topic/knowledge';

/** One row of the certainty scale. */
export interface CertaintyItem {
  /** What is rated, e.g. a category's label. */
  label: string;
  certainty: Certainty;
  /** Dot colour; the accent colour when absent. */
  color?: string;
}

/** Props of the evidence-certainty scale. */
export interface CertaintyScaleProps {
  /** One row per category shown; renders nothing when empty. */
  items: readonly CertaintyItem[];
}

const LABEL_W = 150;
const CELL_W = 48;
const ROW_H = 20;
const HEAD_H = 18;

/**
 * A small dot plot: each row is a category, the columns the certainty levels from very low to
 * high, and a dot marks how sure the evidence lets us be. Its text alternative lists every row.
 */
export function CertaintyScale({ items }: CertaintyScaleProps) {
  if (items.length === 0) return null;
  const width = LABEL_W + CELL_W * CERTAINTY_LEVELS.length;
  const height = HEAD_H + ROW_H * items.length + 2;
  const description = i18n.t('certaintyScale.description', {
    items: items
      .map((item) =>
        i18n.t('certaintyScale.item', {
          label: item.label,
          certainty: certaintyLabel(item.certainty),
        }),
      )
      .join('; '),
  });
  return (
    <figure class="picture">
      <ChartSvg description={description} width={width} height={height}>
        {CERTAINTY_LEVELS.map((level, i) => (
          <text key={level} x={LABEL_W + CELL_W * i + CELL_W / 2} y={12} text-anchor="middle">
            {certaintyLabel(level)}
          </text>
        ))}
        {items.map((item, row) => {
          const y = HEAD_H + ROW_H * row;
          const level = CERTAINTY_LEVELS.indexOf(item.certainty);
          return (
            <g key={item.label}>
              <text x={0} y={y + 14}>
                {item.label}
              </text>
              {CERTAINTY_LEVELS.map((l, i) => (
                <rect
                  key={l}
                  class="grid"
                  x={LABEL_W + CELL_W * i + 1}
                  y={y + 3}
                  width={CELL_W - 2}
                  height={ROW_H - 6}
                  rx={3}
                  fill="none"
                />
              ))}
              <circle
                cx={LABEL_W + CELL_W * level + CELL_W / 2}
                cy={y + ROW_H / 2}
                r={5.5}
                fill={item.color ?? 'var(--cc-accent)'}
                stroke="var(--cc-text)"
                stroke-width={1}
              />
            </g>
          );
        })}
      </ChartSvg>
      <figcaption class="chart-caption">{i18n.t('certaintyScale.caption')}</figcaption>
    </figure>
  );
}
