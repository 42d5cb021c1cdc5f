import { toLocalInput } from '@/lib/i18n/municipal-time';

import type { Workshop, WorkshopFacilitator } from '../api/types';

export function facilitatorName(facilitator: WorkshopFacilitator): string {
  return facilitator.stakeholder?.name ?? facilitator.organizationName ?? '';
}

/**
 * A file name from the workshop's title and date, such as "2026-03-10-auftaktworkshop.md"; the date
 * is the one on the workshops' clock, not in UTC.
 */
export function printFileName(workshop: Workshop): string {
  const slug = workshop.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${toLocalInput(workshop.startsAt, workshop.timeZone).slice(0, 10)}-${slug || 'workshop'}.md`;
}

/** Markdown table cells must not break the row: pipes are escaped, line breaks flattened. */
export function cell(value: string | undefined): string {
  return (value ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
