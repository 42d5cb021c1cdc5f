// The types generated from openapi.yaml live in the client package (clients/typescript,
// `npm run gen:api` writes them there). Re-exported here so that imports of this path keep working.
export type { components, operations, paths } from '@circular-city-hub/client';
