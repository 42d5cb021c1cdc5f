import { describe, expect, it } from 'vitest';

import { makeOutcome, makeParticipant } from '../testing/fixtures';

import { canBecomeGoal, canBecomeProject, outcomeInput, priorityOf, titleFrom } from './outcomes';
import { byStatus, promotedBetween, waitlistPositions } from './participants';

describe('participants', () => {
  const first = makeParticipant('Zero Waste e.V.', 'CIVIL_SOCIETY', {
    status: 'WAITLIST',
    waitlistedAt: '2026-01-02T00:00:00Z',
  });
  const second = makeParticipant('Abfallwirtschaftsbetrieb', 'UTILITY', {
    status: 'WAITLIST',
    waitlistedAt: '2026-01-03T00:00:00Z',
  });
  const seated = makeParticipant('Bauverein', 'ASSOCIATION');
  const invited = makeParticipant('Architektenkammer', 'CHAMBER', { status: 'INVITED' });

  it('numbersTheWaitlistByWhoWaitedLongest', () => {
    const positions = waitlistPositions([second, seated, first]);
    expect(positions.get(first.id)).toBe(1);
    expect(positions.get(second.id)).toBe(2);
    expect(positions.has(seated.id)).toBe(false);
  });

  it('groupsByStatusThenByNameOrWaitingTime', () => {
    expect(byStatus([second, seated, first, invited]).map((item) => item.id)).toEqual([
      invited.id,
      seated.id,
      first.id,
      second.id,
    ]);
  });

  it('findsWhoMovedUpFromTheWaitlist', () => {
    const after = [first, { ...second, status: 'REGISTERED' as const }, seated];
    expect(promotedBetween([first, second, seated], after).map((item) => item.id)).toEqual([
      second.id,
    ]);
    expect(promotedBetween([seated], [{ ...seated, status: 'REGISTERED' as const }])).toEqual([]);
  });
});

describe('outcomes', () => {
  it('offersProjectsForIdeasAndProposalsAndGoalsOnlyWithAStrategy', () => {
    expect(canBecomeProject(makeOutcome({ type: 'IDEA' }))).toBe(true);
    expect(canBecomeProject(makeOutcome({ type: 'PROJECT_PROPOSAL' }))).toBe(true);
    expect(canBecomeProject(makeOutcome({ type: 'RISK' }))).toBe(false);
    expect(
      canBecomeProject(makeOutcome({ convertedTo: { kind: 'STARTER_PROJECT', id: 'p' } })),
    ).toBe(false);
    expect(canBecomeGoal(makeOutcome({ type: 'GOAL_PROPOSAL' }), 'strategy')).toBe(true);
    expect(canBecomeGoal(makeOutcome({ type: 'GOAL_PROPOSAL' }), undefined)).toBe(false);
    expect(canBecomeGoal(makeOutcome({ type: 'IDEA' }), 'strategy')).toBe(false);
  });

  it('proposesATitleFromTheFirstLineShortenedTo200Characters', () => {
    expect(titleFrom('  Bauteilbörse\nmit Lager  ')).toBe('Bauteilbörse');
    const long = titleFrom('x'.repeat(300));
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('keepsTheOtherFieldsWhenPatchingAnOutcome', () => {
    expect(outcomeInput(makeOutcome({ priority: 2 }), { votes: 9 })).toEqual({
      type: 'IDEA',
      text: 'Bauteilbörse für Rückbaumaterial',
      votes: 9,
      priority: 2,
    });
  });

  it('readsPriorityOneToFiveOrNone', () => {
    expect(priorityOf('')).toBeUndefined();
    expect(priorityOf('3')).toBe(3);
    expect(priorityOf('6')).toBeUndefined();
  });
});
