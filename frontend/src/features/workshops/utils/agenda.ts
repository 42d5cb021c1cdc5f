export interface DraftAgendaItem {
  key: string;
  title: string;
  durationMinutes: string;
  method: string;
  responsible: string;
  expectedOutput: string;
}

export interface TimedItem {
  item: DraftAgendaItem;
  startsAt: Date;
  endsAt: Date;
}

/** A duration as typed; anything that is not a whole positive number counts as 0. */
export function minutesOf(value: string): number {
  const parsed = Number(value.trim());
  return Number.isInteger(parsed) && parsed > 0 ? parsed : 0;
}

/** Running times: each item starts where the one before ended, from the workshop's start. */
export function withRunningTimes(start: string, items: DraftAgendaItem[]): TimedItem[] {
  let cursor = new Date(start).getTime();
  return items.map((item) => {
    const startsAt = new Date(cursor);
    cursor += minutesOf(item.durationMinutes) * 60_000;
    return { item, startsAt, endsAt: new Date(cursor) };
  });
}

export function plannedMinutes(items: DraftAgendaItem[]): number {
  return items.reduce((sum, item) => sum + minutesOf(item.durationMinutes), 0);
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) {
    return items;
  }
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) {
    next.splice(to, 0, moved);
  }
  return next;
}
