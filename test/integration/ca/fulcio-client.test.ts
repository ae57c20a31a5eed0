/**
 * The keyless client's building blocks against `provlog serve --ca` over HTTP: FulcioClient gets a chain for an
 * ephemeral key, and checkIssuedCertificate accepts it only when it chains to the trusted root, carries an SCT
 * of a trusted CT log, certifies our key and names the expected identity.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FulcioClient } from '../../../src/adapters/client/fulcio.js';
import { parseTrustedRoot, type TrustedRoot } from '../../../src/core/bundle/trust.js';
import { CodedError } from '../../../src/core/errors.js';
import { type PublicKey, publicKeyFromKeyObject } from '../../../src/core/keys/keys.js';
import { checkIssuedCertificate } from '../../../src/core/x509/check-issued.js';
import { type OidcIssuerStandin, startOidcIssuer } from '../../helpers/oidc-issuer.js';
import { startTestServer, type TestServer } from '../server/fixtures.js';

let oidc: OidcIssuerStandin;
let t: TestServer;
let trust: TrustedRoot;
const SAN = 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main';

beforeAll(async () => {
  oidc = await startOidcIssuer();
  t = await startTestServer({ ca: { issuers: [{ issuerUrl: oidc.issuer, serverUrl: 'https://github.com' }] } });
  trust = parseTrustedRoot(readFileSync(t.server.trustedRootPath, 'utf8'));
});
afterAll(async () => {
  await t.cleanup();
  await oidc.close();
});

async function certificateFor(claims = oidc.githubClaims()) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const chain = await new FulcioClient({ baseUrl: t.server.url }).signingCertificate({
    token: oidc.mint(claims),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    proofOfPossession: sign('sha256', Buffer.from(String(claims.sub)), privateKey),
  });
  return { chain, key: publicKeyFromKeyObject(publicKey) };
}

function checkCode(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    if (error instanceof CodedError) return [error.code, error.details?.check];
    throw error;
  }
  return 'accepted';
}

describe('FulcioClient + checkIssuedCertificate', () => {
  it('gets a chain the checks before use accept, with the token identity', async () => {
    const { chain, key } = await certificateFor();
    expect(chain).toHaveLength(3);
    const checked = checkIssuedCertificate({
      chain,
      trust,
      publicKey: key,
      san: SAN,
      issuer: oidc.issuer,
      now: Date.now() / 1000,
    });
    expect(checked.identity.extensions.sourceRepositoryURI).toBe('https://github.com/acme/widget');
  });

  it('refuses a certificate for another key, another identity, an untrusted CA or no trusted CT log', async () => {
    const { chain, key } = await certificateFor();
    const now = Date.now() / 1000;
    const other: PublicKey = publicKeyFromKeyObject(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey);
    const base = { chain, trust, publicKey: key, san: SAN, issuer: oidc.issuer, now };
    expect(checkCode(() => checkIssuedCertificate({ ...base, publicKey: other }))).toEqual([
      'CA_RESPONSE_INVALID',
      'CERT_CHAIN_INVALID',
    ]);
    expect(checkCode(() => checkIssuedCertificate({ ...base, san: `${SAN}x` }))).toEqual([
      'CA_RESPONSE_INVALID',
      'IDENTITY_MISMATCH',
    ]);
    expect(checkCode(() => checkIssuedCertificate({ ...base, trust: { ...trust, ctlogs: [] } }))).toEqual([
      'CA_RESPONSE_INVALID',
      'SCT_INVALID',
    ]);
    expect(
      checkCode(() => checkIssuedCertificate({ ...base, trust: { ...trust, certificateAuthorities: [] } })),
    ).toEqual(['CA_RESPONSE_INVALID', 'CERT_CHAIN_INVALID']);
    expect(checkCode(() => checkIssuedCertificate({ ...base, now: now + 3600 }))).toEqual([
      'CA_RESPONSE_INVALID',
      'CERT_NOT_VALID_AT_TIME',
    ]);
  });

  it("reports the CA's refusal with its reason", async () => {
    await expect(certificateFor(oidc.githubClaims({ aud: 'nobody' }))).rejects.toMatchObject({
      code: 'CA_REJECTED',
      details: { status: 401, reason: 'OIDC_AUDIENCE_MISMATCH' },
    });
  });

  it('reports an unreachable CA', async () => {
    const client = new FulcioClient({ baseUrl: 'http://127.0.0.1:1', retries: 1, sleep: async () => {} });
    await expect(
      client.signingCertificate({ token: 'x', publicKeyPem: 'y', proofOfPossession: new Uint8Array(1) }),
    ).rejects.toMatchObject({ code: 'CA_UNREACHABLE' });
  });
});
