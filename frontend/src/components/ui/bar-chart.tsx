import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

interface BarChartProps {
  /** Caption of the chart and its table, e.g. "Projekte nach Status". */
  title: string;
  categoryHeader: string;
  valueHeader: string;
  bars: Bar[];
}

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 520;

/**
 * A horizontal bar chart drawn in SVG. The picture is hidden from assistive technology; the same
 * numbers follow as a table, which is what screen readers and keyboard users get.
 */
export function BarChart({ title, categoryHeader, valueHeader, bars }: BarChartProps) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 40;
  const height = Math.max(ROW_HEIGHT, bars.length * ROW_HEIGHT);
  return (
    <figure className="bar-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        className="bar-chart__svg"
      >
        {bars.map((bar, index) => {
          const y = index * ROW_HEIGHT;
          const width = (bar.value / max) * barSpace;
          return (
            <g key={bar.key}>
              <text x={0} y={y + ROW_HEIGHT / 2 + 5} fontSize="13" fill="currentColor">
                {bar.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 5}
                width={width}
                height={ROW_HEIGHT - 10}
                className="bar-chart__bar"
              />
              <text
                x={LABEL_WIDTH + width + 6}
                y={y + ROW_HEIGHT / 2 + 5}
                fontSize="13"
                fill="currentColor"
              >
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="table table--compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            <th scope="col" className="num">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td className="num">{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
