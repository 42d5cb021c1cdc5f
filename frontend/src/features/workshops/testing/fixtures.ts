import type { Sector } from '@/lib/api/types';
import { sectors } from '@/lib/vocabulary/vocabulary';
import { musterstadt } from '@/testing/fixtures';

import type {
  Workshop,
  WorkshopOutcome,
  WorkshopParticipant,
  WorkshopFollowUp,
  WorkshopParticipantList,
} from '../api/types';

export const workshopId = 'a0000000-0000-4000-8000-000000000001';

export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: workshopId,
    organizationId: musterstadt.id,
    title: 'Auftaktworkshop Kreislaufstadt',
    purpose: 'KICK_OFF',
    format: 'IN_PERSON',
    // 09:00–12:00 in Berlin (winter time).
    startsAt: '2026-02-10T08:00:00Z',
    endsAt: '2026-02-10T11:00:00Z',
    timeZone: 'Europe/Berlin',
    place: 'Rathaus, Ratssaal',
    capacity: 30,
    status: 'PLANNED',
    facilitators: [{ organizationName: 'Wuppertal Institut', role: 'Moderation' }],
    agenda: {
      workshopId,
      startsAt: '2026-02-10T08:00:00Z',
      endsAt: '2026-02-10T11:00:00Z',
      availableMinutes: 180,
      plannedMinutes: 45,
      items: [
        {
          position: 1,
          title: 'Begrüßung',
          durationMinutes: 15,
          startsAt: '2026-02-10T08:00:00Z',
          endsAt: '2026-02-10T08:15:00Z',
        },
        {
          position: 2,
          title: 'Ideen sammeln',
          durationMinutes: 30,
          method: 'World Café',
          startsAt: '2026-02-10T08:15:00Z',
          endsAt: '2026-02-10T08:45:00Z',
        },
      ],
    },
    visibility: 'PRIVATE',
    version: 3,
    createdAt: '2026-01-01T10:00:00Z',
    createdBy: 'erika',
    updatedAt: '2026-01-01T10:00:00Z',
    updatedBy: 'erika',
    ...overrides,
  };
}

export function makeFollowUp(overrides: Partial<WorkshopFollowUp> = {}): WorkshopFollowUp {
  return {
    id: 'f0000000-0000-4000-8000-000000000001',
    workshopId,
    workshopTitle: 'Auftaktworkshop Kreislaufstadt',
    title: 'Protokoll versenden',
    owner: 'Amt für Wirtschaftsförderung',
    dueDate: '2026-02-20',
    done: false,
    overdue: false,
    version: 2,
    createdAt: '2026-02-10T12:00:00Z',
    createdBy: 'erika',
    updatedAt: '2026-02-10T12:00:00Z',
    updatedBy: 'erika',
    ...overrides,
  };
}

/** Participant tests use a small workshop, so that two registrations fill it. */
export const seatsInTests = 2;

let participantCounter = 0;

export function makeParticipant(
  name: string,
  sector: Sector,
  overrides: Partial<WorkshopParticipant> = {},
): WorkshopParticipant {
  participantCounter += 1;
  const suffix = String(participantCounter).padStart(12, '0');
  return {
    id: `b0000000-0000-4000-8000-${suffix}`,
    workshopId,
    stakeholder: { id: `c0000000-0000-4000-8000-${suffix}`, name, sector },
    status: 'REGISTERED',
    version: 1,
    createdAt: '2026-01-05T10:00:00Z',
    createdBy: 'erika',
    updatedAt: '2026-01-05T10:00:00Z',
    updatedBy: 'erika',
    ...overrides,
  };
}

/** The list as the API computes it: counts, free seats and the balance from the items. */
export function participantList(
  items: WorkshopParticipant[],
  capacity = seatsInTests,
): WorkshopParticipantList {
  const count = (status: WorkshopParticipant['status']) =>
    items.filter((item) => item.status === status).length;
  const seated = (item: WorkshopParticipant) =>
    item.status === 'REGISTERED' || item.status === 'ATTENDED';
  return {
    workshopId,
    capacity,
    freeSeats: Math.max(0, capacity - items.filter(seated).length),
    items,
    counts: {
      invited: count('INVITED'),
      registered: count('REGISTERED'),
      waitlist: count('WAITLIST'),
      attended: count('ATTENDED'),
      noShow: count('NO_SHOW'),
      cancelled: count('CANCELLED'),
    },
    sectorBalance: sectors.map((sector) => ({
      sector,
      registered: items.filter((item) => item.stakeholder.sector === sector && seated(item)).length,
      attended: items.filter(
        (item) => item.stakeholder.sector === sector && item.status === 'ATTENDED',
      ).length,
    })),
  };
}

export function makeOutcome(overrides: Partial<WorkshopOutcome> = {}): WorkshopOutcome {
  return {
    id: 'd0000000-0000-4000-8000-000000000001',
    workshopId,
    type: 'IDEA',
    text: 'Bauteilbörse für Rückbaumaterial',
    votes: 3,
    version: 1,
    createdAt: '2026-02-10T08:30:00Z',
    createdBy: 'erika',
    updatedAt: '2026-02-10T08:30:00Z',
    updatedBy: 'erika',
    ...overrides,
  };
}
