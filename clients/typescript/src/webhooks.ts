/**
 * Standard Webhooks (https://www.standardwebhooks.com): the sender signs `id.timestamp.body`
 * with HMAC-SHA256 under the bytes of a `whsec_` secret and sends `webhook-id`,
 * `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64>`, several separated
 * by spaces while a secret is rotated). Web Crypto only: runs in Node 20+ and in browsers.
 */

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

export interface WebhookMessage<T = unknown> {
  id: string;
  timestamp: number;
  /** The parsed body: `{ type, timestamp, data }`. */
  payload: T;
}

export type HeaderSource =
  | Headers
  | Record<string, string | string[] | undefined>
  | ((name: string) => string | null | undefined);

export interface VerifyOptions {
  /** How far the timestamp may be from now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (for tests). */
  now?: () => number;
}

const SECRET_PREFIX = 'whsec_';
const encoder = new TextEncoder();

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof headers === 'function') return headers(name) ?? undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function secretBytes(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  try {
    return base64ToBytes(encoded);
  } catch {
    throw new WebhookVerificationError('the secret is not a whsec_ base64 secret');
  }
}

/** `v1,<base64 HMAC-SHA256 of id.timestamp.body>` under the secret. */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    secretBytes(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign(
    'HMAC',
    key,
    encoder.encode(`${id}.${String(timestamp)}.${body}`),
  );
  return `v1,${bytesToBase64(new Uint8Array(mac))}`;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Verifies a delivery and returns its parsed body; throws {@link WebhookVerificationError} when
 * a header is missing, the timestamp is too old or too new (replays), or no signature matches
 * any of the secrets (pass the old and the new one while rotating). Pass the raw body exactly as
 * received: parsing and serialising it again changes the bytes that were signed.
 */
export async function verifyWebhook<T = unknown>(
  secrets: string | readonly string[],
  headers: HeaderSource,
  body: string,
  options: VerifyOptions = {},
): Promise<WebhookMessage<T>> {
  const id = header(headers, 'webhook-id');
  const timestampText = header(headers, 'webhook-timestamp');
  const signatureHeader = header(headers, 'webhook-signature');
  if (!id || !timestampText || !signatureHeader) {
    throw new WebhookVerificationError(
      'webhook-id, webhook-timestamp or webhook-signature is missing',
    );
  }
  if (!/^\d+$/.test(timestampText)) {
    throw new WebhookVerificationError('webhook-timestamp is not a Unix time in seconds');
  }
  const timestamp = Number(timestampText);
  const now = options.now?.() ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Math.abs(now - timestamp) > tolerance) {
    throw new WebhookVerificationError('webhook-timestamp is outside the tolerance');
  }
  const offered = signatureHeader
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .map((part) => part.trim());
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const expected = await signWebhook(secret, id, timestamp, body);
    if (offered.some((signature) => constantTimeEqual(signature, expected))) {
      let payload: T;
      try {
        payload = JSON.parse(body) as T;
      } catch {
        throw new WebhookVerificationError('the body is not JSON');
      }
      return { id, timestamp, payload };
    }
  }
  throw new WebhookVerificationError('no webhook-signature matches');
}
