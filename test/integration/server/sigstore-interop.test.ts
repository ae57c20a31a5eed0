/**
 * Interop (issue 3 §8): sigstore-js records entries in our log with its own client (RekorWitness +
 * DSSEBundleBuilder / MessageSignatureBundleBuilder and a key-based Signer), and @sigstore/verify accepts the
 * bundles with the server's trusted_root.json (research/rekor-v1.md §8).
 */
import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { DSSEBundleBuilder, MessageSignatureBundleBuilder, RekorWitness, type Signer } from '@sigstore/sign';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RekorClient } from '../../../src/adapters/client/rekor-v1.js';
import { startTestServer, type TestServer } from './fixtures.js';

let t: TestServer;
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();

const signer: Signer = {
  async sign(data: Buffer) {
    return {
      signature: sign('sha256', data, privateKey),
      key: { $case: 'publicKey', publicKey: publicPem, hint: 'interop-key' },
    };
  },
};

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.cleanup();
});

function verifier(baseUrl?: string): Verifier {
  const json = JSON.parse(readFileSync(t.server.trustedRootPath, 'utf8')) as { tlogs: { baseUrl: string }[] };
  if (baseUrl !== undefined) for (const tlog of json.tlogs) tlog.baseUrl = baseUrl;
  const trust = toTrustMaterial(TrustedRoot.fromJSON(json), () => ({
    publicKey: createPublicKey(publicPem),
    validFor: () => true,
  }));
  return new Verifier(trust, { tlogThreshold: 1, timestampThreshold: 1 });
}

function witness(entryType: 'dsse' | 'intoto'): RekorWitness {
  return new RekorWitness({ rekorBaseURL: t.server.url, entryType, fetchOnConflict: true, timeout: 5000, retry: 2 });
}

const statement = (digest: string): Buffer =>
  Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'interop.tgz', digest: { sha256: digest } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: { buildDefinition: { buildType: 'interop' }, runDetails: {} },
    }),
  );

describe('sigstore-js against provlog serve', () => {
  for (const entryType of ['dsse', 'intoto'] as const) {
    it(`DSSEBundleBuilder (${entryType}) bundles verify with the server's trusted root`, async () => {
      const digest = 'ab'.repeat(32);
      const bundle = await new DSSEBundleBuilder({ signer, witnesses: [witness(entryType)] }).create({
        data: statement(digest),
        type: 'application/vnd.in-toto+json',
      });
      const json = bundleToJSON(bundle);
      expect(json.verificationMaterial.tlogEntries[0]?.kindVersion?.kind).toBe(entryType);
      verifier().verify(toSignedEntity(bundleFromJSON(json)));
      // The log found it by subject digest, as the policy check will.
      const uuids = await new RekorClient({ baseUrl: t.server.url }).searchIndex({ hash: `sha256:${digest}` });
      expect(uuids.length).toBeGreaterThan(0);
    });
  }

  it('MessageSignatureBundleBuilder (hashedrekord, v0.2 bundle) verifies with the artifact', async () => {
    const artifact = Buffer.from('interop artifact bytes');
    const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses: [witness('dsse')] }).create({
      data: artifact,
    });
    const json = bundleToJSON(bundle);
    expect(json.verificationMaterial.tlogEntries[0]?.kindVersion?.kind).toBe('hashedrekord');
    verifier().verify(toSignedEntity(bundleFromJSON(json), artifact));
    expect(() => verifier().verify(toSignedEntity(bundleFromJSON(json), Buffer.from('other bytes')))).toThrow();
  });

  it('adopts an existing entry on 409 (fetchOnConflict) for a deterministic Ed25519 signature', async () => {
    const ed = generateKeyPairSync('ed25519');
    const edPem = ed.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const edSigner: Signer = {
      async sign(data: Buffer) {
        return {
          signature: sign(null, data, ed.privateKey),
          key: { $case: 'publicKey', publicKey: edPem, hint: 'ed' },
        };
      },
    };
    const make = () =>
      new DSSEBundleBuilder({ signer: edSigner, witnesses: [witness('dsse')] }).create({
        data: statement('ef'.repeat(32)),
        type: 'application/vnd.in-toto+json',
      });
    const first = bundleToJSON(await make());
    const sizeAfterFirst = t.server.log.head().size;
    const second = bundleToJSON(await make());
    expect(t.server.log.head().size).toBe(sizeAfterFirst);
    expect(second.verificationMaterial.tlogEntries[0]?.logIndex).toBe(
      first.verificationMaterial.tlogEntries[0]?.logIndex,
    );
    const trust = toTrustMaterial(
      TrustedRoot.fromJSON(JSON.parse(readFileSync(t.server.trustedRootPath, 'utf8'))),
      () => ({ publicKey: createPublicKey(edPem), validFor: () => true }),
    );
    new Verifier(trust, { tlogThreshold: 1, timestampThreshold: 1 }).verify(toSignedEntity(bundleFromJSON(second)));
  });

  it('is rejected when the trusted root names another log URL (checkpoint signer name check)', async () => {
    const bundle = await new DSSEBundleBuilder({ signer, witnesses: [witness('dsse')] }).create({
      data: statement('cd'.repeat(32)),
      type: 'application/vnd.in-toto+json',
    });
    const json = bundleToJSON(bundle);
    expect(() => verifier('http://other.example').verify(toSignedEntity(bundleFromJSON(json)))).toThrow(
      /TLOG|checkpoint/i,
    );
  });
});
