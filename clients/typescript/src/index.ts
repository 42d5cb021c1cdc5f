export type { components, operations, paths } from './schema.gen';
export type { Client, FetchResponse, Middleware } from 'openapi-fetch';
export {
  bearerAuth,
  createHubClient,
  type HubClient,
  type HubClientOptions,
  type TokenProvider,
} from './client';
export { clientCredentials, type ClientCredentialsOptions } from './token';
export { asProblem, HubError, type Problem } from './errors';
export { backoff, isRetryable, newIdempotencyKey } from './idempotency';
export {
  upsertByExternalId,
  type UpsertConditions,
  type UpsertInit,
  type UpsertPath,
  type UpsertResult,
} from './upsert';
export {
  bulkUpsert,
  MAX_BULK_ITEMS,
  type BulkItem,
  type BulkItemResult,
  type BulkOptions,
  type BulkPath,
  type BulkPathParams,
  type BulkRequestLog,
  type BulkSummary,
} from './bulk';
export {
  followChanges,
  memoryCursorStore,
  type Change,
  type ChangePage,
  type CursorStore,
  type FollowOptions,
  type FollowResult,
} from './changes';
export {
  signWebhook,
  verifyWebhook,
  WebhookVerificationError,
  type HeaderSource,
  type VerifyOptions,
  type WebhookMessage,
} from './webhooks';
