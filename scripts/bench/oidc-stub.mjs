// A stand-in for Keycloak's realm endpoints on localhost, for scripts/bench-startup.sh: serves the discovery document
// and the JWKS of a key made at start, and writes access tokens signed with it (as Keycloak would issue them for
// the demo realm) to the file given. The API verifies them exactly as it verifies Keycloak's; stopping this
// process stands for a Keycloak outage.
//   node oidc-stub.mjs PORT TOKEN_FILE
import { generateKeyPairSync, createSign, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const tokenFile = process.argv[3];
const issuer = `http://127.0.0.1:${port}/realms/circular-city`;
const kid = randomUUID();
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function token(groups) {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url({ alg: 'RS256', typ: 'JWT', kid });
  const payload = b64url({
    iss: issuer,
    aud: 'cch-api',
    sub: randomUUID(),
    jti: randomUUID(),
    iat: now,
    exp: now + 3600,
    preferred_username: 'bench',
    name: 'Bench',
    groups,
    realm_access: { roles: [] },
  });
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

writeFileSync(tokenFile, token(['/organizations/musterstadt/editor']) + '\n');

const documents = {
  '/realms/circular-city/.well-known/openid-configuration': {
    issuer,
    jwks_uri: `${issuer}/protocol/openid-connect/certs`,
    authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
    token_endpoint: `${issuer}/protocol/openid-connect/token`,
    id_token_signing_alg_values_supported: ['RS256'],
  },
  '/realms/circular-city/protocol/openid-connect/certs': { keys: [jwk] },
};

createServer((request, response) => {
  const document = documents[request.url];
  response.writeHead(document ? 200 : 404, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(document ?? { error: 'not found' }));
}).listen(port, '127.0.0.1', () => {
  console.log(`oidc stub on ${issuer}`);
});
