import type { StakeholderRating } from '@/lib/api/types';

/** Whether the stakeholder sits in another cell than in the previous analysis. */
export function hasMoved(rating: StakeholderRating): boolean {
  return (
    rating.previous !== undefined &&
    (rating.previous.power !== rating.power || rating.previous.interest !== rating.interest)
  );
}

export function hasChangedQuadrant(rating: StakeholderRating): boolean {
  return rating.previous !== undefined && rating.previous.quadrant !== rating.quadrant;
}

/** Stakeholders to engage more: the largest gap first, then the most powerful, then by name. */
export function engagementGaps(ratings: readonly StakeholderRating[]): StakeholderRating[] {
  return ratings
    .filter((rating) => rating.engagementGap > 0)
    .sort(
      (a, b) =>
        b.engagementGap - a.engagementGap ||
        b.power - a.power ||
        a.stakeholder.name.localeCompare(b.stakeholder.name),
    );
}

/**
 * Keyboard order of the grid's points: in reading order of the chart, top (most power) to bottom,
 * left (least interest) to right, then by name.
 */
export function readingOrder(ratings: readonly StakeholderRating[]): StakeholderRating[] {
  return [...ratings].sort(
    (a, b) =>
      b.power - a.power ||
      a.interest - b.interest ||
      a.stakeholder.name.localeCompare(b.stakeholder.name),
  );
}

export interface Offset {
  dx: number;
  dy: number;
}

/**
 * Spreads several points of one cell on a small grid around the cell's centre, so that none hides
 * another. Returns an offset per key, in the order given.
 */
export function spread<T>(
  items: readonly T[],
  cellOf: (item: T) => string,
  keyOf: (item: T) => string,
  spacing: number,
): Map<string, Offset> {
  const byCell = new Map<string, T[]>();
  for (const item of items) {
    const cell = cellOf(item);
    byCell.set(cell, [...(byCell.get(cell) ?? []), item]);
  }
  const offsets = new Map<string, Offset>();
  for (const members of byCell.values()) {
    const columns = Math.ceil(Math.sqrt(members.length));
    const rows = Math.ceil(members.length / columns);
    members.forEach((item, index) => {
      const column = index % columns;
      const row = Math.floor(index / columns);
      offsets.set(keyOf(item), {
        dx: (column - (columns - 1) / 2) * spacing,
        dy: (row - (rows - 1) / 2) * spacing,
      });
    });
  }
  return offsets;
}
