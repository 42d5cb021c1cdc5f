// Tokens for the benchmarks that start the API with a key pair of their own (scripts/lib/bench-api.sh): signed
// with the private half in CCH_BENCH_KEY, checked by the API exactly like Keycloak's.
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';

const privateKey = readFileSync(process.env.CCH_BENCH_KEY, 'utf8');

function base64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A token for `subject` in the given groups (e.g. '/organizations/musterstadt/editor'), valid for an hour. */
export function signedToken(subject, groups) {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'RS256', typ: 'JWT' });
  const claims = base64url({
    iss: 'cch-bench',
    aud: 'cch-api',
    sub: subject,
    preferred_username: subject,
    groups,
    realm_access: { roles: [] },
    iat: now,
    exp: now + 3600,
  });
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${claims}`);
  return `${header}.${claims}.${signer.sign(privateKey).toString('base64url')}`;
}

/** Request headers with a bearer token for `subject` in `groups`. */
export function authHeaders(subject, groups) {
  return {
    Authorization: `Bearer ${signedToken(subject, groups)}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
}
