import type { ProjectStatus } from '../api/types';

import { projectStatuses } from './project-options';

/** Statuses in the order of the lifecycle, whatever order the API sent them in. */
export function sortStatuses(statuses: readonly ProjectStatus[]): ProjectStatus[] {
  return [...statuses].sort((a, b) => projectStatuses.indexOf(a) - projectStatuses.indexOf(b));
}
