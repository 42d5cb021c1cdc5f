// zod/mini: this check runs before anything else, in the first chunk; the full zod loads later with the forms.
import * as z from 'zod/mini';

const runtimeConfigSchema = z.object({
  apiBaseUrl: z.url(),
  keycloakUrl: z.url(),
  realm: z.string().check(z.minLength(1)),
  clientId: z.string().check(z.minLength(1)),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/**
 * Reads /config.json at start-up so that one build runs against any API and Keycloak
 * (dev server, e2e preview, production) without rebuilding.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`Could not load /config.json (HTTP ${response.status})`);
  }
  return runtimeConfigSchema.parse(await response.json());
}
