// Access tokens for the benchmarks: signed here (RS256) with the private key whose public half the API was started
// with (quarkus.oidc.public-key, issuer cch-bench), so that no Keycloak is needed. The API checks them as it checks
// Keycloak's: signature, issuer, audience and expiry.
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';

function base64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A token for `subject` with the given Keycloak groups (e.g. '/organizations/musterstadt/editor'), valid an hour. */
export function benchToken(keyFile, subject, groups) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'RS256', typ: 'JWT' });
  const claims = base64url({
    iss: 'cch-bench',
    aud: 'cch-api',
    sub: subject,
    preferred_username: subject,
    name: subject,
    groups,
    realm_access: { roles: [] },
    iat: now,
    exp: now + 3600,
  });
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${claims}`);
  return `${header}.${claims}.${signer.sign(readFileSync(keyFile, 'utf8')).toString('base64url')}`;
}
