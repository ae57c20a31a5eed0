/**
 * `provlog serve --ca` end to end over real HTTP: an OIDC issuer stand-in, the real server with the CA on,
 * sigstore-js's own keyless signer (FulcioSigner: ephemeral P-256 key, proof of possession, POST
 * /api/v2/signingCert) and Rekor witness making a bundle v0.3 with the leaf certificate, verified by our
 * verifier (identity policy) and by @sigstore/verify with the server's trusted_root.json and default
 * thresholds; the CT log's inclusion proof for the certificate checks out. Then every refusal, each with its
 * own code, and no certificate logged for any of them.
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness } from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustedRoot } from '../../../src/core/bundle/trust.js';
import { fromBase64 } from '../../../src/core/bytes.js';
import { treeHeadInput } from '../../../src/core/ct/encoding.js';
import { verifySignature } from '../../../src/core/keys/keys.js';
import { verifyConsistency } from '../../../src/core/merkle/consistency.js';
import { leafHash } from '../../../src/core/merkle/hash.js';
import { verifyInclusion } from '../../../src/core/merkle/inclusion.js';
import { parseCertificate } from '../../../src/core/verify/certificate.js';
import { precertificateTbs } from '../../../src/core/verify/sct.js';
import { verifyBundle } from '../../../src/core/verify/verifier.js';
import type { SignedTreeHead } from '../../../src/log/ct-log.js';
import { type OidcIssuerStandin, startOidcIssuer } from '../../helpers/oidc-issuer.js';
import { startTestServer, type TestServer } from './fixtures.js';

let oidc: OidcIssuerStandin;
let t: TestServer;
const SAN = 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main';

beforeAll(async () => {
  oidc = await startOidcIssuer();
  t = await startTestServer({
    ca: { issuers: [{ issuerUrl: oidc.issuer, serverUrl: 'https://github.com' }], issuerKeys: { minRefetchMs: 0 } },
  });
});
afterAll(async () => {
  await t.cleanup();
  await oidc.close();
});

const statement = (digest: string): Buffer =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'widget.tgz', digest: { sha256: digest } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'ca-test' }, runDetails: {} },
    }),
  );

interface SigningCertAnswer {
  status: number;
  error: string | null;
  body: Record<string, unknown>;
}

/** POST /api/v2/signingCert as a client would, with a fresh P-256 key and (unless told otherwise) its proof. */
async function requestCertificate(
  token: string,
  proof: 'good' | 'missing' | 'wrong' = 'good',
): Promise<SigningCertAnswer> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const sub = String(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).sub);
  const signed = proof === 'wrong' ? 'someone else' : sub;
  const publicKeyRequest: Record<string, unknown> = {
    publicKey: { algorithm: 'ECDSA', content: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
  if (proof !== 'missing')
    publicKeyRequest.proofOfPossession = sign('sha256', Buffer.from(signed), privateKey).toString('base64');
  const response = await fetch(`${t.server.url}/api/v2/signingCert`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ credentials: { oidcIdentityToken: token }, publicKeyRequest }),
  });
  return {
    status: response.status,
    error: response.headers.get('x-provlog-error'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

function trustedRootJson(): unknown {
  return JSON.parse(readFileSync(t.server.trustedRootPath, 'utf8'));
}

describe('provlog serve --ca: keyless signing end to end', () => {
  let bundleJson: ReturnType<typeof bundleToJSON>;
  const digest = createHash('sha256').update('widget').digest('hex');

  it('issues a certificate to sigstore-js FulcioSigner and the bundle verifies with both verifiers', async () => {
    const signer = new FulcioSigner({
      fulcioBaseURL: t.server.url,
      identityProvider: { getToken: async () => oidc.mint(oidc.githubClaims()) },
    });
    const witness = new RekorWitness({ rekorBaseURL: t.server.url, entryType: 'dsse', timeout: 5000, retry: 1 });
    const bundle = await new DSSEBundleBuilder({ signer, witnesses: [witness] }).create({
      data: statement(digest),
      type: 'application/vnd.in-toto+json',
    });
    bundleJson = bundleToJSON(bundle);
    expect(bundleJson.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundleJson.verificationMaterial.certificate?.rawBytes).toBeDefined();

    // @sigstore/verify: the server's trusted root, default thresholds (1 tlog, 1 SCT, 1 timestamp).
    const trust = toTrustMaterial(TrustedRoot.fromJSON(trustedRootJson()));
    const verifier = new Verifier(trust);
    const signerFacts = verifier.verify(toSignedEntity(bundleFromJSON(bundleJson)), {
      subjectAlternativeName: SAN,
      extensions: { issuer: oidc.issuer },
    });
    expect(signerFacts.identity?.subjectAlternativeName).toBe(SAN);

    // Ours: identity policy, facts from the certificate.
    const result = verifyBundle(bundleJson, { algorithm: 'sha256', hex: digest }, parseTrustedRoot(trustedRootJson()), {
      identity: { san: SAN, issuer: oidc.issuer },
      now: Date.now() / 1000,
    });
    expect(result.signer).toMatchObject({
      kind: 'certificate',
      san: SAN,
      issuer: oidc.issuer,
      extensions: {
        sourceRepositoryURI: 'https://github.com/acme/widget',
        sourceRepositoryRef: 'refs/heads/main',
        runnerEnvironment: 'github-hosted',
        runInvocationURI: 'https://github.com/acme/widget/actions/runs/4000/attempts/1',
      },
    });
    expect(() =>
      verifyBundle(bundleJson, { algorithm: 'sha256', hex: digest }, parseTrustedRoot(trustedRootJson()), {
        identity: { san: 'https://github.com/evil/repo/.github/workflows/x.yml@refs/heads/main', issuer: oidc.issuer },
        now: Date.now() / 1000,
      }),
    ).toThrow(expect.objectContaining({ code: 'IDENTITY_MISMATCH' }));
  });

  it("the CT log's inclusion proof for the certificate checks out under its signed tree head", async () => {
    const leaf = parseCertificate(fromBase64(bundleJson.verificationMaterial.certificate?.rawBytes ?? ''));
    const get = async <T>(path: string): Promise<T> =>
      (await (await fetch(`${t.server.url}/ct/v1/${path}`)).json()) as T;
    const sth = await get<SignedTreeHead>('get-sth');
    const root = parseTrustedRoot(trustedRootJson());
    const ctKey = root.ctlogs[0]?.publicKey;
    if (ctKey === undefined) throw new Error('no CT log in the trusted root');
    // The STH is signed by the trusted CT key (TLS DigitallySigned: 2 algorithm bytes, 2 length bytes, DER).
    const dsig = fromBase64(sth.tree_head_signature);
    const rootHash = fromBase64(sth.sha256_root_hash);
    expect(
      verifySignature(ctKey, treeHeadInput(BigInt(sth.timestamp), sth.tree_size, rootHash), dsig.subarray(4)),
    ).toBe(true);
    // Find the entry whose TBS is the certificate's TBS without the SCT list, then prove it.
    const { entries } = await get<{ entries: { leaf_input: string }[] }>(
      `get-entries?start=0&end=${sth.tree_size - 1}`,
    );
    const tbs = Buffer.from(precertificateTbs(leaf)).toString('hex');
    const leafInput = entries
      .map((e) => fromBase64(e.leaf_input))
      .find((l) => Buffer.from(l).toString('hex').includes(tbs));
    if (leafInput === undefined) throw new Error('certificate not in the CT log');
    const hash = leafHash(leafInput);
    const proof = await get<{ leaf_index: number; audit_path: string[] }>(
      `get-proof-by-hash?hash=${encodeURIComponent(Buffer.from(hash).toString('base64'))}&tree_size=${sth.tree_size}`,
    );
    verifyInclusion(
      proof.leaf_index,
      sth.tree_size,
      hash,
      proof.audit_path.map((p) => fromBase64(p)),
      rootHash,
    );
    // The tree of size 1 (the first entry alone) is a prefix of the signed tree.
    const first = leafHash(fromBase64(entries[0]?.leaf_input ?? ''));
    const { consistency } = await get<{ consistency: string[] }>(`get-sth-consistency?first=1&second=${sth.tree_size}`);
    verifyConsistency(
      1,
      sth.tree_size,
      consistency.map((p) => fromBase64(p)),
      first,
      rootHash,
    );
  });

  it('serves the trust bundle and configuration in Fulcio shapes', async () => {
    const bundle = (await (await fetch(`${t.server.url}/api/v2/trustBundle`)).json()) as {
      chains: { certificates: string[] }[];
    };
    expect(bundle.chains[0]?.certificates).toHaveLength(2);
    expect(bundle.chains[0]?.certificates[0]).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const config = (await (await fetch(`${t.server.url}/api/v2/configuration`)).json()) as { issuers: unknown[] };
    expect(config.issuers).toEqual([{ issuerUrl: oidc.issuer, audience: 'sigstore', challengeClaim: 'sub' }]);
    const root = parseTrustedRoot(trustedRootJson());
    expect(root.certificateAuthorities).toHaveLength(1);
    expect(root.certificateAuthorities[0]?.validFor.end).toBeGreaterThan(
      root.certificateAuthorities[0]?.validFor.start ?? 0,
    );
    expect(root.ctlogs).toHaveLength(1);
  });

  it('accepts an ES256 token and, after key rotation, refetches the JWKS once for the new kid', async () => {
    expect((await requestCertificate(oidc.mint(oidc.githubClaims(), { alg: 'ES256' }))).status).toBe(201);
    const before = oidc.fetches;
    oidc.rotate();
    const answer = await requestCertificate(oidc.mint(oidc.githubClaims()));
    expect(answer.status).toBe(201);
    expect(oidc.fetches).toBe(before + 1);
    const chain = (answer.body.signedCertificateEmbeddedSct as { chain: { certificates: string[] } }).chain
      .certificates;
    expect(chain).toHaveLength(3);
  });
});

describe('provlog serve --ca: refusals, each with its reason, no certificate logged', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => string, string, ('good' | 'missing' | 'wrong')?][] = [
    ['wrong audience', () => oidc.mint(oidc.githubClaims({ aud: 'nobody' })), 'OIDC_AUDIENCE_MISMATCH'],
    [
      'expired',
      () => oidc.mint(oidc.githubClaims({ exp: now() - 120, iat: now() - 600, nbf: now() - 600 })),
      'OIDC_TOKEN_EXPIRED',
    ],
    [
      'not yet valid (nbf)',
      () => oidc.mint(oidc.githubClaims({ nbf: now() + 300, exp: now() + 900 })),
      'OIDC_TOKEN_NOT_YET_VALID',
    ],
    [
      'issued in the future (iat)',
      () => oidc.mint(oidc.githubClaims({ iat: now() + 300, exp: now() + 900 })),
      'OIDC_TOKEN_NOT_YET_VALID',
    ],
    ['unknown kid', () => oidc.mint(oidc.githubClaims(), { kid: 'no-such-key' }), 'OIDC_KEY_UNKNOWN'],
    [
      'a key not in the JWKS',
      () => oidc.mint(oidc.githubClaims(), { key: 'outsider', alg: 'RS256' }),
      'OIDC_SIGNATURE_INVALID',
    ],
    ['alg none', () => oidc.mint(oidc.githubClaims(), { alg: 'none' }), 'OIDC_ALGORITHM_UNSUPPORTED'],
    ['HS256 key confusion', () => oidc.mint(oidc.githubClaims(), { alg: 'HS256' }), 'OIDC_ALGORITHM_UNSUPPORTED'],
    [
      'unlisted issuer',
      () => oidc.mint(oidc.githubClaims({ iss: 'https://token.example.com' })),
      'OIDC_ISSUER_UNTRUSTED',
    ],
    [
      'a token without a claim the certificate needs',
      () => oidc.mint(oidc.githubClaims({ job_workflow_ref: undefined })),
      'OIDC_TOKEN_INVALID',
    ],
    ['missing proof of possession', () => oidc.mint(oidc.githubClaims()), 'PROOF_OF_POSSESSION_INVALID', 'missing'],
    ['wrong proof of possession', () => oidc.mint(oidc.githubClaims()), 'PROOF_OF_POSSESSION_INVALID', 'wrong'],
  ];
  for (const [name, token, code, proof] of cases) {
    it(`refuses ${name} (${code})`, async () => {
      const before = t.server.ca?.ctLog.size;
      const answer = await requestCertificate(token(), proof);
      expect(answer.error).toBe(code);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      // Fulcio's (grpc-gateway) error body, the reason as google.rpc.ErrorInfo.
      expect(answer.body).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
      expect((answer.body.details as { reason: string }[])[0]?.reason).toBe(code);
      expect(t.server.ca?.ctLog.size).toBe(before);
    });
  }

  it('refuses a CSR request and a malformed body with 400', async () => {
    const response = await fetch(`${t.server.url}/api/v2/signingCert`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ credentials: { oidcIdentityToken: 'x' }, certificateSigningRequest: 'AAAA' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-provlog-error')).toBe('INVALID_FIELD');
  });

  it('add-pre-chain refuses a chain that does not end at the CA root', async () => {
    const response = await fetch(`${t.server.url}/ct/v1/add-pre-chain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ chain: [Buffer.from('not a certificate').toString('base64'), 'AA=='] }),
    });
    expect(response.status).toBe(400);
  });
});

describe('CT log replay', () => {
  it('a precertificate submitted again gets its first SCT back and the tree does not grow', async () => {
    const entries = (await (await fetch(`${t.server.url}/ct/v1/get-entries?start=0&end=0`)).json()) as {
      entries: { extra_data: string }[];
    };
    const extra = fromBase64(entries.entries[0]?.extra_data ?? '');
    // PrecertChainEntry: u24 length + precert DER, u24 chain length, then u24 length + DER per certificate.
    const u24 = (at: number) => ((extra[at] ?? 0) << 16) | ((extra[at + 1] ?? 0) << 8) | (extra[at + 2] ?? 0);
    const chain: Uint8Array[] = [];
    let at = 0;
    const precertLength = u24(at);
    chain.push(extra.subarray(3, 3 + precertLength));
    at = 3 + precertLength + 3;
    while (at < extra.byteLength) {
      const length = u24(at);
      chain.push(extra.subarray(at + 3, at + 3 + length));
      at += 3 + length;
    }
    const size = t.server.ca?.ctLog.size;
    const post = () =>
      fetch(`${t.server.url}/ct/v1/add-pre-chain`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chain: chain.map((c) => Buffer.from(c).toString('base64')) }),
      }).then((r) => r.json() as Promise<{ timestamp: number; signature: string }>);
    const [a, b] = [await post(), await post()];
    expect(a).toEqual(b);
    expect(t.server.ca?.ctLog.size).toBe(size);
  });
});
