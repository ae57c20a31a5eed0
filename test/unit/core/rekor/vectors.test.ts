/**
 * Real Rekor v1 data: every tlog entry of every saved bundle (sigstore-js production bundles and the
 * sigstore-conformance Rekor v1 cases) decodes, hashes to the expected leaf, has the expected 80-hex ID, and
 * its SET verifies exactly when expected; happy-path bodies are re-built byte-for-byte by our admission code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, toHex } from '../../../../src/core/bytes.js';
import { type Envelope, formatEnvelope, parseEnvelope } from '../../../../src/core/dsse/envelope.js';
import { formatPem, type PublicKey, parsePublicKeyDer, parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { admitProposedEntry } from '../../../../src/core/rekor/admit.js';
import { proposeDsseEntry } from '../../../../src/core/rekor/dsse.js';
import { decodeEntryBody, entryId, entryUuid } from '../../../../src/core/rekor/entry.js';
import { proposeHashedRekordEntry } from '../../../../src/core/rekor/hashedrekord.js';
import { proposeIntotoEntry } from '../../../../src/core/rekor/intoto.js';
import { verifySet } from '../../../../src/core/rekor/set.js';
import { bundlePaths, expectedResults, obj, readBundle, readVector, str, type VectorBundle } from './vectors.js';

const expected = expectedResults();
const bundles = bundlePaths()
  .map(readBundle)
  .filter((b): b is VectorBundle => b !== undefined);

function tlogKeys(trustedRootJson: string): Map<string, PublicKey> {
  const out = new Map<string, PublicKey>();
  const root = obj(JSON.parse(trustedRootJson));
  for (const raw of Array.isArray(root.tlogs) ? root.tlogs : []) {
    const tlog = obj(raw);
    const pk = obj(tlog.publicKey);
    if (!str(pk.keyDetails).startsWith('PKIX_ECDSA')) continue; // Rekor v2 Ed25519 log: out of scope
    out.set(str(obj(tlog.logId).keyId), parsePublicKeyDer(fromBase64(str(pk.rawBytes))));
  }
  return out;
}

const productionKeys = tlogKeys(readVector('trust/trusted_root.production.json'));

function keysFor(b: VectorBundle): Map<string, PublicKey> {
  const custom = new URL(`../../../vectors/${b.folder}/trusted_root.json`, import.meta.url);
  return existsSync(custom) ? tlogKeys(readFileSync(custom, 'utf8')) : productionKeys;
}

/** The leaf certificate (or null for key-based bundles). */
function leafCertificate(b: VectorBundle): Uint8Array | null {
  const vm = obj(b.json.verificationMaterial);
  if (vm.certificate !== undefined) return fromBase64(str(obj(vm.certificate).rawBytes));
  if (vm.x509CertificateChain !== undefined) {
    const certs = obj(vm.x509CertificateChain).certificates;
    if (Array.isArray(certs) && certs.length > 0) return fromBase64(str(obj(certs[0]).rawBytes));
  }
  return null;
}

function bundleEnvelope(b: VectorBundle): Envelope {
  return parseEnvelope(b.json.dsseEnvelope);
}

describe('tlog entries of the saved bundles', () => {
  it('covers every bundle listed in expected-tlog-results.json', () => {
    const listed = Object.keys(expected).filter((k) => k.startsWith('bundles/') && !k.includes('malformed-json'));
    expect(bundles.map((b) => b.path).sort()).toEqual(listed.sort());
    expect(bundles.length).toBe(49);
  });

  for (const b of bundles) {
    const exp = expected[b.path]?.tlogEntries ?? [];
    it(`${b.path}: bodies decode, leaf hashes, entry IDs and SETs match`, () => {
      expect(b.entries.length).toBe(exp.length);
      const keys = keysFor(b);
      b.entries.forEach((e, i) => {
        const x = exp[i];
        if (x === undefined) throw new Error('missing expectation');
        expect(entryUuid(e.body)).toBe(x.leafHash);
        if (x.kind.startsWith('None/') || b.path.includes('bundle-empty-certificate-chain_fail')) {
          // Deliberately gutted bodies: {"apiVersion":"0.0.1"} (no kind) and {"apiVersion":…,"kind":…} (no spec).
          expect(() => decodeEntryBody(e.body)).toThrowError(expect.objectContaining({ code: 'ENTRY_MALFORMED' }));
        } else {
          const decoded = decodeEntryBody(e.body);
          expect(`${decoded.kind}/${decoded.apiVersion}`).toBe(x.kind);
        }
        if (x.treeID !== undefined && x.entryUUID !== undefined) expect(entryId(x.treeID, e.body)).toBe(x.entryUUID);
        if (e.set !== undefined) {
          const key = keys.get(e.logIdB64);
          const fields = {
            body: toBase64(e.body),
            integratedTime: e.integratedTime,
            logID: toHex(fromBase64(e.logIdB64)),
            logIndex: e.logIndex,
          };
          expect(fields.body).toBe(e.canonicalizedBodyB64);
          if (x.setValid === true || x.setValid === false) {
            if (key === undefined) throw new Error(`no key for ${e.logIdB64}`);
            expect(verifySet(fields, e.set, key)).toBe(x.setValid);
          } else {
            expect(key).toBeUndefined(); // the staging-instance bundle: unknown log
          }
        }
      });
    });
  }
});

function only(b: VectorBundle | undefined): { b: VectorBundle; bodyB64: string } {
  const e = b?.entries[0];
  if (b === undefined || e === undefined) throw new Error('vector missing');
  return { b, bodyB64: e.canonicalizedBodyB64 };
}

const byPath = (p: string): VectorBundle | undefined => bundles.find((b) => b.path === p);

describe('re-building canonical bodies from bundle content', () => {
  const dsseJs = bundles.filter((b) => /sigstore-js\/.*dsse/.test(b.path));
  it('finds the sigstore-js dsse bundles', () => expect(dsseJs.length).toBe(4));
  for (const vb of dsseJs) {
    it(`${vb.path}: dsse body from the envelope as sigstore-js serialized it`, () => {
      const { b, bodyB64 } = only(vb);
      const cert = leafCertificate(b);
      if (cert === null) throw new Error('expected a certificate');
      const envelopeJson = formatEnvelope(bundleEnvelope(b));
      const admitted = admitProposedEntry(proposeDsseEntry(envelopeJson, formatPem('CERTIFICATE', cert)));
      expect(toBase64(admitted.body)).toBe(bodyB64);
      expect(admitted.attestation && Buffer.from(admitted.attestation).toString()).toBe(envelopeJson);
    });
  }

  it('conformance happy-path-intoto-in-dsse-v3: dsse body from an envelope serialized without empty keyid', () => {
    const { b, bodyB64 } = only(byPath('bundles/conformance/happy-path-intoto-in-dsse-v3/bundle.sigstore.json'));
    const cert = leafCertificate(b);
    if (cert === null) throw new Error('expected a certificate');
    const envelopeJson = formatEnvelope(bundleEnvelope(b), { omitEmptyKeyid: true });
    const admitted = admitProposedEntry(proposeDsseEntry(envelopeJson, formatPem('CERTIFICATE', cert)));
    expect(toBase64(admitted.body)).toBe(bodyB64);
    // The statement's one subject is indexed by its sha256 digest.
    expect(admitted.indexKeys).toContain('sha256:a0cfc71271d6e278e57cd332ff957c3f7043fdda354c4cbb190a30d56efa01bf');
  });

  it('conformance dsse-invalid-sig_fail: the log refuses the envelope (ENTRY_SIGNATURE_INVALID)', () => {
    const { b } = only(byPath('bundles/conformance/dsse-invalid-sig_fail/bundle.sigstore.json'));
    const cert = leafCertificate(b);
    if (cert === null) throw new Error('expected a certificate');
    const proposed = proposeDsseEntry(formatEnvelope(bundleEnvelope(b)), formatPem('CERTIFICATE', cert));
    expect(() => admitProposedEntry(proposed)).toThrowError(
      expect.objectContaining({ code: 'ENTRY_SIGNATURE_INVALID' }),
    );
  });

  const intotoJs = bundles.filter((b) => /sigstore-js\/.*(intoto|full-cert-chain)/.test(b.path));
  it('finds the sigstore-js intoto bundles', () => expect(intotoJs.length).toBe(5));
  for (const vb of intotoJs) {
    it(`${vb.path}: intoto body (double base64, client hash, PEM as submitted)`, () => {
      const { b, bodyB64 } = only(vb);
      const cert = leafCertificate(b);
      if (cert === null) throw new Error('expected a certificate');
      // sigstore-js writes PEM with 64-character lines and no final newline; intoto stores it as submitted.
      const pem = formatPem('CERTIFICATE', cert).trimEnd();
      const admitted = admitProposedEntry(proposeIntotoEntry(bundleEnvelope(b), pem));
      expect(toBase64(admitted.body)).toBe(bodyB64);
    });
  }

  const hashedrekord = [
    'happy-path-v0.1',
    'happy-path-v0.2',
    'happy-path-v0.3',
    'happy-path-v0.3-new-mediaType',
    'managed-key-happy-path',
    'managed-key-and-trusted-root',
    'trust-root-tlog-validity-end-inclusive',
  ];
  for (const name of hashedrekord) {
    it(`conformance ${name}: hashedrekord body from signature + digest + key/certificate`, () => {
      const { b, bodyB64 } = only(byPath(`bundles/conformance/${name}/bundle.sigstore.json`));
      const ms = obj(b.json.messageSignature);
      const digest = fromBase64(str(obj(ms.messageDigest).digest));
      const cert = leafCertificate(b);
      const pem = cert === null ? readVector(`${b.folder}/key.pub`) : formatPem('CERTIFICATE', cert);
      const admitted = admitProposedEntry(
        proposeHashedRekordEntry({ digest, signature: fromBase64(str(ms.signature)), publicKeyPem: pem }),
      );
      expect(toBase64(admitted.body)).toBe(bodyB64);
      expect(admitted.indexKeys[0]).toBe(`sha256:${toHex(digest)}`);
      expect(admitted.attestation).toBeUndefined();
    });
  }

  it('the production trusted root and rekor.pub hold the same log key', () => {
    const key = parsePublicKeyPem(readVector('trust/rekor.sigstore.dev.pub.pem'));
    const fromRoot = productionKeys.get('wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=');
    expect(fromRoot && toBase64(fromRoot.spki)).toBe(toBase64(key.spki));
  });
});
