import type { FacetCard, FacetChart, SourceLink } from '../../utils/facet-card';

/** Props of a facet's answer. */
export interface FacetAnswerProps {
  card: FacetCard;
  /** False where something else already names the facet (the popup's disclosure summary). */
  isHeadingShown?: boolean;
}

/**
 * One facet's answer (utils/facet-card.ts): its heading, a small bar chart when it has one (the
 * page's own figure among the published ones comes first, where a short card shows it), each line
 * with its sources as links, and the date it was reviewed. Shared by the hover card (in the
 * content script, which carries no UI strings: every word comes in `card`) and the popup. Styles:
 * facet-answer.css. Bars are decoration: each row says its figure in words.
 */
export function FacetAnswer({ card, isHeadingShown = true }: FacetAnswerProps) {
  return (
    <div class="facet" data-facet={card.id}>
      {isHeadingShown && (
        <p class="facet-heading">
          <strong>{card.heading}</strong>
        </p>
      )}
      {card.chart && <Chart chart={card.chart} />}
      {card.lines.map((line) => (
        <p class="facet-line" key={line.text}>
          {line.text} <Cites sources={line.sources} />
        </p>
      ))}
      <p class="facet-reviewed">{card.reviewed}</p>
    </div>
  );
}

/** Sources as links that open in a new tab, in brackets; nothing when there are none. */
function Cites({ sources }: { sources: readonly SourceLink[] }) {
  if (sources.length === 0) return null;
  return (
    <span class="cites">
      (
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 && '; '}
          <a href={s.url} title={s.title} target="_blank" rel="noopener noreferrer">
            {s.label}
          </a>
        </span>
      ))}
      )
    </span>
  );
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function Chart({ chart }: { chart: FacetChart }) {
  return (
    <figure class="facet-chart">
      <figcaption>
        {chart.caption} <Cites sources={chart.sources} />
      </figcaption>
      {chart.groups.map((group) => (
        <div class="chart-group" key={group.heading}>
          <p class="chart-heading">{group.heading}</p>
          {group.rows.map((row, i) => (
            <div class={`chart-row ${row.kind}`} key={i}>
              {row.label}: {row.value}
              <span class="chart-track" aria-hidden="true">
                <span
                  class={row.to - row.from < 0.01 ? 'chart-bar point' : 'chart-bar'}
                  style={{ left: percent(row.from), width: percent(row.to - row.from) }}
                />
                {row.mark !== undefined && (
                  <span class="chart-mark" style={{ left: percent(row.mark) }} />
                )}
              </span>
            </div>
          ))}
          {group.note && <p class="chart-note">{group.note}</p>}
        </div>
      ))}
      {chart.notes.map((note) => (
        <p class="chart-note" key={note}>
          {note}
        </p>
      ))}
    </figure>
  );
}
