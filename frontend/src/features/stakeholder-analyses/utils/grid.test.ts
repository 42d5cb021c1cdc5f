import { describe, expect, it } from 'vitest';

import type { StakeholderRating } from '@/lib/api/types';
import { makeRating } from '@/testing/fixtures';

import { engagementGaps, hasChangedQuadrant, hasMoved, readingOrder, spread } from './grid';

const rating = (name: string, overrides: Partial<StakeholderRating>) =>
  makeRating({ stakeholder: { id: name, name, sector: 'BUSINESS' }, ...overrides });

describe('grid helpers', () => {
  it('sortsEngagementGapsByGapThenPowerThenName', () => {
    const ratings = [
      rating('Anna', { engagementGap: 1, power: 5 }),
      rating('Bert', { engagementGap: 3, power: 1 }),
      rating('Carl', { engagementGap: 0, power: 5 }),
      rating('Dora', { engagementGap: 1, power: 2 }),
      rating('Emil', { engagementGap: 1, power: 5 }),
      rating('Finn', { engagementGap: -1, power: 5 }),
    ];

    expect(engagementGaps(ratings).map((item) => item.stakeholder.name)).toEqual([
      'Bert',
      'Anna',
      'Emil',
      'Dora',
    ]);
  });

  it('detectsMovesAndQuadrantChangesAgainstThePreviousAnalysis', () => {
    const previous = {
      analysisId: 'a0',
      analysisTitle: '2024',
      power: 2,
      interest: 4,
      attitude: 0,
      engagementCurrent: 'NEUTRAL' as const,
      quadrant: 'KEEP_INFORMED' as const,
    };
    const moved = rating('Anna', { power: 4, interest: 4, quadrant: 'MANAGE_CLOSELY', previous });
    const stayed = rating('Bert', {
      power: 2,
      interest: 4,
      quadrant: 'KEEP_INFORMED',
      previous,
    });
    const fresh = rating('Carl', {});

    expect([hasMoved(moved), hasMoved(stayed), hasMoved(fresh)]).toEqual([true, false, false]);
    expect([hasChangedQuadrant(moved), hasChangedQuadrant(stayed)]).toEqual([true, false]);
  });

  it('ordersPointsFromTopLeftToBottomRight', () => {
    const ratings = [
      rating('Low', { power: 1, interest: 1 }),
      rating('TopRight', { power: 5, interest: 5 }),
      rating('TopLeft', { power: 5, interest: 1 }),
    ];

    expect(readingOrder(ratings).map((item) => item.stakeholder.name)).toEqual([
      'TopLeft',
      'TopRight',
      'Low',
    ]);
  });

  it('spreadsPointsOfOneCellAroundItsCentre', () => {
    const offsets = spread(
      ['a', 'b', 'c', 'd', 'e'],
      (item) => (item === 'e' ? 'other' : 'cell'),
      (item) => item,
      10,
    );

    expect(offsets.get('a')).toEqual({ dx: -5, dy: -5 });
    expect(offsets.get('d')).toEqual({ dx: 5, dy: 5 });
    expect(offsets.get('e')).toEqual({ dx: 0, dy: 0 });
  });
});
