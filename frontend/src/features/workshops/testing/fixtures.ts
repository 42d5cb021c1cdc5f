import { musterstadt } from '@/testing/fixtures';

import type { Workshop, WorkshopFollowUp } from '../api/types';

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
