import { describe, expect, it } from 'vitest';

import { makeIndicator } from '@/testing/fixtures';

import { contributionsTo, projectionOf } from './contributions';

const indicator = makeIndicator({
  progress: {
    status: 'ON_TRACK',
    basedOnEstimate: false,
    latestValue: 0.1,
    latestDate: '2025-12-31',
  },
});

describe('contributions', () => {
  it('findsTheContributionsToOneIndicator', () => {
    const all = [
      { indicatorId: 'a', total: 1, measures: [] },
      { indicatorId: indicator.id, total: 2, measures: [] },
    ];

    expect(contributionsTo(all, indicator.id)?.total).toBe(2);
    expect(contributionsTo(all, 'missing')).toBeUndefined();
    expect(contributionsTo(undefined, indicator.id)).toBeUndefined();
  });

  it('addsOneYearOfContributionsToTheLatestValueWithoutFloatingPointNoise', () => {
    expect(
      projectionOf(indicator, { indicatorId: indicator.id, total: 0.2, measures: [] }),
    ).toEqual({ date: '2025-12-31', latest: 0.1, value: 0.3 });
  });

  it('projectsNothingWithoutALatestValueOrContributions', () => {
    const withoutValue = makeIndicator({
      progress: { status: 'NO_DATA', basedOnEstimate: false },
    });

    expect(
      projectionOf(withoutValue, { indicatorId: withoutValue.id, total: 5, measures: [] }),
    ).toBeUndefined();
    expect(projectionOf(indicator, undefined)).toBeUndefined();
  });
});
