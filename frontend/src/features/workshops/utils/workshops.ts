import type { WorkshopStatus, WorkshopSummary } from '../api/types';

const statusSet: Record<WorkshopStatus, true> = { PLANNED: true, HELD: true, CANCELLED: true };
export const workshopStatuses = Object.keys(statusSet) as WorkshopStatus[];

export function isWorkshopStatus(value: unknown): value is WorkshopStatus {
  return typeof value === 'string' && (workshopStatuses as string[]).includes(value);
}

export const statusTone: Record<WorkshopStatus, 'info' | 'success' | 'muted'> = {
  PLANNED: 'info',
  HELD: 'success',
  CANCELLED: 'muted',
};

/** Workshops that have not ended yet come first, soonest first; past ones follow, latest first. */
export function upcomingFirst(items: WorkshopSummary[], now: Date): WorkshopSummary[] {
  const time = (value: string) => new Date(value).getTime();
  const upcoming = items
    .filter((item) => time(item.endsAt) >= now.getTime())
    .sort((a, b) => time(a.startsAt) - time(b.startsAt));
  const past = items
    .filter((item) => time(item.endsAt) < now.getTime())
    .sort((a, b) => time(b.startsAt) - time(a.startsAt));
  return [...upcoming, ...past];
}
