import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { Indicator } from '@/lib/api/types';
import { useFormatters } from '@/lib/i18n/format';

import { domainsOf, scale, timeOf } from '../utils/chart';
import type { Projection } from '../utils/contributions';

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 24;
const TOP = 20;
const BOTTOM = 40;

interface IndicatorChartProps {
  indicator: Indicator;
  /** The latest value plus the starter projects' estimated contributions, drawn dashed. */
  projection?: Projection | undefined;
}

/**
 * The indicator's values over time: measured values as a solid line, estimates dashed, the
 * baseline as a dotted line and targets as diamonds. The chart is one image with a summary; the
 * table below holds every value.
 */
export function IndicatorChart({ indicator, projection }: IndicatorChartProps) {
  const { t } = useTranslation('outline');
  const { formatNumber, formatDate } = useFormatters();
  const titleId = useId();
  const descId = useId();
  const domains = domainsOf(indicator, projection ? [projection] : []);

  if (!domains) {
    return <p>{t('chart.empty')}</p>;
  }

  const x = scale(domains.time, LEFT, WIDTH - RIGHT);
  const y = scale(domains.value, HEIGHT - BOTTOM, TOP);
  const values = [...indicator.values].sort((a, b) => a.observedOn.localeCompare(b.observedOn));
  const latest = values.at(-1);
  const summary = [
    t('chart.summaryValues', {
      count: values.length,
      unit: indicator.unit,
    }),
    latest
      ? t('chart.summaryLatest', {
          value: formatNumber(latest.value),
          date: formatDate(latest.observedOn),
        })
      : '',
    indicator.baseline
      ? t('chart.summaryBaseline', {
          value: formatNumber(indicator.baseline.value),
          date: formatDate(indicator.baseline.date),
        })
      : '',
    ...indicator.targets.map((target) =>
      t('chart.summaryTarget', {
        value: formatNumber(target.value),
        date: formatDate(target.date),
      }),
    ),
    projection ? t('chart.summaryProjection', { value: formatNumber(projection.value) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="indicator-chart">
      <svg
        className="indicator-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t('chart.title', { name: indicator.name })}</title>
        <desc id={descId}>{summary}</desc>
        {domains.valueTicks.map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(tick)}
              y2={y(tick)}
              className="indicator-chart__grid"
            />
            <text x={LEFT - 8} y={y(tick) + 4} textAnchor="end" className="indicator-chart__tick">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {domains.yearTicks.map((year) => {
          const position = x(Date.UTC(year, 0, 1));
          return (
            <g key={year}>
              <line
                x1={position}
                x2={position}
                y1={HEIGHT - BOTTOM}
                y2={HEIGHT - BOTTOM + 5}
                className="indicator-chart__axis"
              />
              <text
                x={position}
                y={HEIGHT - BOTTOM + 20}
                textAnchor="middle"
                className="indicator-chart__tick"
              >
                {year}
              </text>
            </g>
          );
        })}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={HEIGHT - BOTTOM}
          y2={HEIGHT - BOTTOM}
          className="indicator-chart__axis"
        />
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} className="indicator-chart__axis" />
        {indicator.baseline ? (
          <g>
            <line
              x1={x(timeOf(indicator.baseline.date))}
              x2={WIDTH - RIGHT}
              y1={y(indicator.baseline.value)}
              y2={y(indicator.baseline.value)}
              className="indicator-chart__baseline"
            />
            <text
              x={x(timeOf(indicator.baseline.date)) + 4}
              y={y(indicator.baseline.value) - 6}
              className="indicator-chart__label"
            >
              {t('chart.baseline')}
            </text>
          </g>
        ) : null}
        {values.slice(1).map((value, index) => {
          const before = values[index];
          if (!before) {
            return null;
          }
          const estimated = before.kind === 'ESTIMATE' || value.kind === 'ESTIMATE';
          return (
            <line
              key={value.id}
              x1={x(timeOf(before.observedOn))}
              y1={y(before.value)}
              x2={x(timeOf(value.observedOn))}
              y2={y(value.value)}
              className={
                estimated
                  ? 'indicator-chart__line indicator-chart__line--estimate'
                  : 'indicator-chart__line'
              }
            />
          );
        })}
        {values.map((value) => (
          <circle
            key={value.id}
            cx={x(timeOf(value.observedOn))}
            cy={y(value.value)}
            r={5}
            className={
              value.kind === 'ESTIMATE'
                ? 'indicator-chart__point indicator-chart__point--estimate'
                : 'indicator-chart__point'
            }
          />
        ))}
        {projection ? (
          <g className="indicator-chart__projection">
            <line
              x1={x(timeOf(projection.date))}
              x2={x(timeOf(projection.date))}
              y1={y(projection.latest)}
              y2={y(projection.value)}
              className="indicator-chart__projection-step"
            />
            <line
              x1={x(timeOf(projection.date))}
              x2={WIDTH - RIGHT}
              y1={y(projection.value)}
              y2={y(projection.value)}
              className="indicator-chart__projection-line"
            />
            <text
              x={WIDTH - RIGHT - 4}
              y={y(projection.value) - 6}
              textAnchor="end"
              className="indicator-chart__label"
            >
              {t('chart.projection')}
            </text>
          </g>
        ) : null}
        {indicator.targets.map((target) => {
          const cx = x(timeOf(target.date));
          const cy = y(target.value);
          return (
            <g key={target.date}>
              <path
                d={`M ${cx} ${cy - 8} L ${cx + 8} ${cy} L ${cx} ${cy + 8} L ${cx - 8} ${cy} Z`}
                className="indicator-chart__target"
              />
              <text x={cx - 10} y={cy - 12} textAnchor="end" className="indicator-chart__label">
                {t('chart.target')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend" aria-label={t('chart.legend')}>
          <li>
            <svg width="32" height="12" aria-hidden="true">
              <line x1="0" x2="32" y1="6" y2="6" className="indicator-chart__line" />
            </svg>
            {t('chart.legendActual')}
          </li>
          <li>
            <svg width="32" height="12" aria-hidden="true">
              <line
                x1="0"
                x2="32"
                y1="6"
                y2="6"
                className="indicator-chart__line indicator-chart__line--estimate"
              />
            </svg>
            {t('chart.legendEstimate')}
          </li>
          <li>
            <svg width="32" height="12" aria-hidden="true">
              <line x1="0" x2="32" y1="6" y2="6" className="indicator-chart__baseline" />
            </svg>
            {t('chart.legendBaseline')}
          </li>
          <li>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <path d="M 0 -7 L 7 0 L 0 7 L -7 0 Z" className="indicator-chart__target" />
            </svg>
            {t('chart.legendTarget')}
          </li>
          {projection ? (
            <li>
              <svg width="32" height="12" aria-hidden="true">
                <line x1="0" x2="32" y1="6" y2="6" className="indicator-chart__projection-line" />
              </svg>
              {t('chart.legendProjection')}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
