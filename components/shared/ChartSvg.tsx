import type { ComponentChildren } from 'preact';

/**
 * The SVG of a chart in the popup: one image to assistive technology, named by `description`
 * (which states every figure the picture shows), drawn in a `width` × `height` box.
 */
export function ChartSvg(props: {
  description: string;
  width: number;
  height: number;
  children: ComponentChildren;
}) {
  const { description, width, height } = props;
  return (
    <svg
      class="chart"
      role="img"
      aria-label={description}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      {props.children}
    </svg>
  );
}
