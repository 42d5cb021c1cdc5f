export const dashboardKeys = {
  all: ['dashboard'] as const,
  /** `undefined`: the caller's only organisation, chosen by the API. */
  detail: (organizationId: string | undefined) =>
    [...dashboardKeys.all, organizationId ?? 'default'] as const,
};
