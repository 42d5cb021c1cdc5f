import { describe, expect, it } from 'vitest';

import { signWebhook, verifyWebhook, WebhookVerificationError } from './webhooks';

// The test vector published with the Standard Webhooks specification and its libraries.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';
const signature = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
const otherSecret = 'whsec_c2VjcmV0LW9mLWFub3RoZXItZW5kcG9pbnQ=';
const at = { now: () => timestamp };

function headers(sig = signature, ts = String(timestamp)): Headers {
  return new Headers({ 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': sig });
}

describe('signWebhook', () => {
  it('reproducesTheSpecificationsTestVector', async () => {
    expect(await signWebhook(secret, id, timestamp, body)).toBe(signature);
  });
});

describe('verifyWebhook', () => {
  it('acceptsTheTestVectorAndReturnsTheParsedBody', async () => {
    const message = await verifyWebhook(secret, headers(), body, at);
    expect(message).toEqual({ id, timestamp, payload: { test: 2432232314 } });
  });

  it('acceptsAnyOfSeveralSignaturesAndSecretsDuringARotation', async () => {
    const other = await signWebhook(otherSecret, id, timestamp, body);
    // The sender signs with the old and the new secret; a receiver knows either one.
    await expect(
      verifyWebhook(secret, headers(`${other} ${signature}`), body, at),
    ).resolves.toBeTruthy();
    await expect(
      verifyWebhook([otherSecret], headers(`${other} ${signature}`), body, at),
    ).resolves.toBeTruthy();
    await expect(
      verifyWebhook([otherSecret, secret], headers(signature), body, at),
    ).resolves.toBeTruthy();
  });

  it('readsPlainObjectHeadersAsNodeGivesThem', async () => {
    const nodeHeaders = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    };
    await expect(verifyWebhook(secret, nodeHeaders, body, at)).resolves.toMatchObject({ id });
  });

  it('refusesATamperedBody', async () => {
    await expect(verifyWebhook(secret, headers(), '{"test": 2432232315}', at)).rejects.toThrow(
      'no webhook-signature matches',
    );
  });

  it('refusesAnotherSecretAndAnotherMessageId', async () => {
    await expect(verifyWebhook(otherSecret, headers(), body, at)).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    const forged = new Headers(headers());
    forged.set('webhook-id', 'msg_other');
    await expect(verifyWebhook(secret, forged, body, at)).rejects.toThrow('no webhook-signature');
  });

  it('refusesSignaturesOfAnotherSchemeOrVersion', async () => {
    await expect(
      verifyWebhook(secret, headers(signature.replace('v1,', 'v1a,')), body, at),
    ).rejects.toThrow('no webhook-signature matches');
  });

  it('refusesTimestampsOutsideTheTolerance', async () => {
    await expect(
      verifyWebhook(secret, headers(), body, { now: () => timestamp + 301 }),
    ).rejects.toThrow('outside the tolerance');
    await expect(
      verifyWebhook(secret, headers(), body, { now: () => timestamp - 301 }),
    ).rejects.toThrow('outside the tolerance');
    await expect(
      verifyWebhook(secret, headers(), body, { now: () => timestamp + 300 }),
    ).resolves.toBeTruthy();
  });

  it('refusesMissingHeadersAndMalformedTimestamps', async () => {
    const missing = new Headers(headers());
    missing.delete('webhook-signature');
    await expect(verifyWebhook(secret, missing, body, at)).rejects.toThrow('missing');
    await expect(verifyWebhook(secret, headers(signature, '16142653e3'), body, at)).rejects.toThrow(
      'Unix time',
    );
  });
});
