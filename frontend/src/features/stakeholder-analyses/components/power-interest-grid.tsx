import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { Quadrant, StakeholderRating } from '@/lib/api/types';

import { hasMoved, readingOrder, spread } from '../utils/grid';
import { useRatingLabels } from '../utils/use-rating-labels';

const CELL = 88;
const LEFT = 64;
const TOP = 16;
const RIGHT = 16;
const BOTTOM = 56;
const SIZE = CELL * 5;
const WIDTH = LEFT + SIZE + RIGHT;
const HEIGHT = TOP + SIZE + BOTTOM;
const POINT_RADIUS = 13;
const SPACING = 30;
const levels = [1, 2, 3, 4, 5] as const;

/** Centre of the cell for an interest (x, left to right) and a power (y, bottom to top). */
function centre(interest: number, power: number) {
  return { x: LEFT + (interest - 0.5) * CELL, y: TOP + (5 - power + 0.5) * CELL };
}

// Power and interest of 3 or more count as high (contract: Quadrant).
const quadrantAreas: Record<Quadrant, { x: number; y: number; width: number; height: number }> = {
  KEEP_SATISFIED: { x: LEFT, y: TOP, width: 2 * CELL, height: 3 * CELL },
  MANAGE_CLOSELY: { x: LEFT + 2 * CELL, y: TOP, width: 3 * CELL, height: 3 * CELL },
  MONITOR: { x: LEFT, y: TOP + 3 * CELL, width: 2 * CELL, height: 2 * CELL },
  KEEP_INFORMED: { x: LEFT + 2 * CELL, y: TOP + 3 * CELL, width: 3 * CELL, height: 2 * CELL },
};

interface PowerInterestGridProps {
  ratings: readonly StakeholderRating[];
  /** The number each stakeholder carries in the chart and in its table. */
  numberOf: (stakeholderId: string) => number;
  selectedId: string | undefined;
  onSelect: (stakeholderId: string) => void;
  previousTitle: string | undefined;
}

/**
 * The power/interest grid as SVG. Each rated stakeholder is a point that takes focus (one tab stop,
 * arrow keys move between points) and is named in words; a point that moved since the previous
 * analysis shows its old place and an arrow. The table next to it holds the same data.
 */
export function PowerInterestGrid({
  ratings,
  numberOf,
  selectedId,
  onSelect,
  previousTitle,
}: PowerInterestGridProps) {
  const { t } = useTranslation('analyses');
  const { quadrantLabel, pointLabel } = useRatingLabels();
  const captionId = useId();
  const instructionsId = useId();
  const arrowId = useId();
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const pointRefs = useRef(new Map<string, SVGGElement>());

  const ordered = readingOrder(ratings);
  const tabStop =
    ordered.find((rating) => rating.stakeholder.id === activeId)?.stakeholder.id ??
    ordered.find((rating) => rating.stakeholder.id === selectedId)?.stakeholder.id ??
    ordered[0]?.stakeholder.id;

  const offsets = spread(
    ratings,
    (rating) => `${rating.interest}:${rating.power}`,
    (rating) => rating.stakeholder.id,
    SPACING,
  );
  const moved = ratings.filter(hasMoved);
  const previousOffsets = spread(
    moved,
    (rating) => `${rating.previous?.interest ?? 0}:${rating.previous?.power ?? 0}`,
    (rating) => rating.stakeholder.id,
    SPACING,
  );

  const positionOf = (rating: StakeholderRating) => {
    const { x, y } = centre(rating.interest, rating.power);
    const offset = offsets.get(rating.stakeholder.id) ?? { dx: 0, dy: 0 };
    return { x: x + offset.dx, y: y + offset.dy };
  };

  const previousPositionOf = (rating: StakeholderRating) => {
    const previous = rating.previous;
    if (!previous) {
      return undefined;
    }
    const { x, y } = centre(previous.interest, previous.power);
    const offset = previousOffsets.get(rating.stakeholder.id) ?? { dx: 0, dy: 0 };
    return { x: x + offset.dx, y: y + offset.dy };
  };

  const moveFocus = (index: number) => {
    const target = ordered[(index + ordered.length) % ordered.length];
    if (target) {
      setActiveId(target.stakeholder.id);
      pointRefs.current.get(target.stakeholder.id)?.focus();
    }
  };

  const handleKeyDown = (event: KeyboardEvent<SVGGElement>, index: number, id: string) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        moveFocus(index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveFocus(index - 1);
        break;
      case 'Home':
        moveFocus(0);
        break;
      case 'End':
        moveFocus(ordered.length - 1);
        break;
      case 'Enter':
      case ' ':
        onSelect(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <figure className="grid-figure">
      <figcaption id={captionId} className="grid-figure__caption">
        {t('grid.caption', { count: ratings.length })}
      </figcaption>
      <svg
        className="grid-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-labelledby={captionId}
        aria-describedby={instructionsId}
      >
        <defs>
          <marker
            id={arrowId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="grid-chart__arrowhead" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {(Object.keys(quadrantAreas) as Quadrant[]).map((quadrant) => {
            const area = quadrantAreas[quadrant];
            return (
              <g key={quadrant}>
                <rect
                  x={area.x}
                  y={area.y}
                  width={area.width}
                  height={area.height}
                  className={`grid-chart__quadrant grid-chart__quadrant--${quadrant}`}
                />
                <text x={area.x + 8} y={area.y + 20} className="grid-chart__quadrant-label">
                  {quadrantLabel(quadrant)}
                </text>
              </g>
            );
          })}
          {levels.map((level) => (
            <g key={level}>
              <line
                x1={LEFT + level * CELL}
                x2={LEFT + level * CELL}
                y1={TOP}
                y2={TOP + SIZE}
                className="grid-chart__line"
              />
              <line
                x1={LEFT}
                x2={LEFT + SIZE}
                y1={TOP + (level - 1) * CELL}
                y2={TOP + (level - 1) * CELL}
                className="grid-chart__line"
              />
              <text
                x={centre(level, 1).x}
                y={TOP + SIZE + 20}
                textAnchor="middle"
                className="grid-chart__tick"
              >
                {level}
              </text>
              <text
                x={LEFT - 14}
                y={centre(1, level).y + 5}
                textAnchor="end"
                className="grid-chart__tick"
              >
                {level}
              </text>
            </g>
          ))}
          <rect x={LEFT} y={TOP} width={SIZE} height={SIZE} className="grid-chart__frame" />
          <line
            x1={LEFT + 2 * CELL}
            x2={LEFT + 2 * CELL}
            y1={TOP}
            y2={TOP + SIZE}
            className="grid-chart__divider"
          />
          <line
            x1={LEFT}
            x2={LEFT + SIZE}
            y1={TOP + 3 * CELL}
            y2={TOP + 3 * CELL}
            className="grid-chart__divider"
          />
          <text
            x={LEFT + SIZE / 2}
            y={TOP + SIZE + 46}
            textAnchor="middle"
            className="grid-chart__axis"
          >
            {t('grid.interestAxis')}
          </text>
          <text
            x={-(TOP + SIZE / 2)}
            y={20}
            transform="rotate(-90)"
            textAnchor="middle"
            className="grid-chart__axis"
          >
            {t('grid.powerAxis')}
          </text>
          {moved.map((rating) => {
            const from = previousPositionOf(rating);
            const to = positionOf(rating);
            if (!from) {
              return null;
            }
            const dx = to.x - from.x;
            const dy = to.y - from.y;
            const length = Math.hypot(dx, dy) || 1;
            const ux = dx / length;
            const uy = dy / length;
            return (
              <g key={rating.stakeholder.id}>
                <circle
                  cx={from.x}
                  cy={from.y}
                  r={POINT_RADIUS - 2}
                  className="grid-chart__previous"
                />
                <line
                  x1={from.x + ux * (POINT_RADIUS - 1)}
                  y1={from.y + uy * (POINT_RADIUS - 1)}
                  x2={to.x - ux * (POINT_RADIUS + 3)}
                  y2={to.y - uy * (POINT_RADIUS + 3)}
                  className="grid-chart__movement"
                  markerEnd={`url(#${arrowId})`}
                />
              </g>
            );
          })}
        </g>
        {ordered.map((rating, index) => {
          const id = rating.stakeholder.id;
          const { x, y } = positionOf(rating);
          const selected = id === selectedId;
          return (
            <g
              key={id}
              ref={(element) => {
                if (element) {
                  pointRefs.current.set(id, element);
                } else {
                  pointRefs.current.delete(id);
                }
              }}
              role="button"
              tabIndex={id === tabStop ? 0 : -1}
              aria-label={pointLabel(rating)}
              aria-pressed={selected}
              className={
                selected ? 'grid-chart__point grid-chart__point--selected' : 'grid-chart__point'
              }
              transform={`translate(${x} ${y})`}
              onClick={() => {
                setActiveId(id);
                onSelect(id);
              }}
              onKeyDown={(event) => {
                handleKeyDown(event, index, id);
              }}
              onFocus={() => {
                setActiveId(id);
                setFocusedId(id);
              }}
              onBlur={() => {
                setFocusedId(undefined);
              }}
            >
              {id === focusedId ? (
                <circle r={POINT_RADIUS + 5} className="grid-chart__focus-ring" />
              ) : null}
              <circle r={POINT_RADIUS} className="grid-chart__dot" />
              <text y={4.5} textAnchor="middle" className="grid-chart__number" aria-hidden="true">
                {numberOf(id)}
              </text>
            </g>
          );
        })}
      </svg>
      <p id={instructionsId} className="hint-text">
        {t('grid.instructions')}
      </p>
      <ul className="grid-legend">
        <li>
          <svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
            <circle r="8" className="grid-chart__dot" />
          </svg>
          {t('grid.legendCurrent')}
        </li>
        {moved.length > 0 ? (
          <li>
            <svg width="44" height="20" viewBox="-10 -10 44 20" aria-hidden="true">
              <circle r="7" className="grid-chart__previous" />
              <line x1="8" y1="0" x2="30" y2="0" className="grid-chart__movement" />
              <path d="M 26 -4 L 33 0 L 26 4 z" className="grid-chart__arrowhead" />
            </svg>
            {previousTitle
              ? t('grid.legendPreviousNamed', { title: previousTitle })
              : t('grid.legendPrevious')}
          </li>
        ) : null}
      </ul>
    </figure>
  );
}
