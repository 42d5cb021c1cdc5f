import type { Indicator } from '@/lib/api/types';

const DAY = 24 * 60 * 60 * 1000;

export function timeOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Round steps (1, 2, 2.5, 5 × 10ⁿ) so that the value axis reads easily. */
export function niceStep(range: number, count: number): number {
  const raw = range / Math.max(count, 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= raw) ?? 10;
  return step * magnitude;
}

export interface Domain {
  min: number;
  max: number;
}

export interface ChartDomains {
  time: Domain;
  value: Domain;
  valueTicks: number[];
  yearTicks: number[];
}

/**
 * Time and value ranges covering the values, the baseline, the targets and any extra points (such
 * as a projection), with round ticks.
 */
export function domainsOf(
  indicator: Indicator,
  extra: readonly { date: string; value: number }[] = [],
): ChartDomains | undefined {
  const points = [
    ...extra.map((point) => ({ time: timeOf(point.date), value: point.value })),
    ...indicator.values.map((value) => ({ time: timeOf(value.observedOn), value: value.value })),
    ...(indicator.baseline
      ? [{ time: timeOf(indicator.baseline.date), value: indicator.baseline.value }]
      : []),
    ...indicator.targets.map((target) => ({ time: timeOf(target.date), value: target.value })),
  ];
  if (points.length === 0) {
    return undefined;
  }
  let timeMin = Math.min(...points.map((point) => point.time));
  let timeMax = Math.max(...points.map((point) => point.time));
  if (timeMax - timeMin < 30 * DAY) {
    timeMin -= 180 * DAY;
    timeMax += 180 * DAY;
  }
  // Room at both ends, so that markers on the first and last date are not cut off.
  const timePad = (timeMax - timeMin) * 0.04;
  timeMin -= timePad;
  timeMax += timePad;
  const values = points.map((point) => point.value);
  let valueMin = Math.min(...values);
  let valueMax = Math.max(...values);
  if (valueMax === valueMin) {
    valueMin -= Math.abs(valueMin) * 0.1 || 1;
    valueMax += Math.abs(valueMax) * 0.1 || 1;
  }
  // Room above and below, so that no value or target sits on the frame.
  const valuePad = (valueMax - valueMin) * 0.08;
  valueMin -= valuePad;
  valueMax += valuePad;
  const step = niceStep(valueMax - valueMin, 5);
  const low = Math.floor(valueMin / step) * step;
  const high = Math.ceil(valueMax / step) * step;
  const valueTicks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) {
    valueTicks.push(Number(tick.toFixed(10)));
  }
  const firstYear = new Date(timeMin).getUTCFullYear() + 1;
  const lastYear = new Date(timeMax).getUTCFullYear();
  const years = lastYear - firstYear + 1;
  const yearStep = Math.max(1, Math.ceil(years / 8));
  const yearTicks: number[] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) {
    yearTicks.push(year);
  }
  return {
    time: { min: timeMin, max: timeMax },
    value: { min: low, max: high },
    valueTicks,
    yearTicks,
  };
}

export function scale(domain: Domain, from: number, to: number) {
  const span = domain.max - domain.min || 1;
  return (value: number) => from + ((value - domain.min) / span) * (to - from);
}
