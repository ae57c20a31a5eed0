import { AsnSerializer } from '@peculiar/asn1-schema';
import { describe, expect, it } from 'vitest';
import { bytesEqual } from '../../../../src/core/bytes.js';
import { parsePublicKeyPem } from '../../../../src/core/keys/keys.js';
import { parseCertificate, verifyCertificateChain } from '../../../../src/core/verify/certificate.js';
import {
  type CtLogInput,
  embeddedScts,
  parseSctList,
  precertificateTbs,
  SCT_EXTENSION_OID,
  verifyEmbeddedScts,
} from '../../../../src/core/verify/sct.js';
import { codeOf } from '../../../helpers/errors.js';
import { conformanceBundle, conformanceRoot, integratedTime, leafOf, productionRoot, vectorText } from './vectors.js';

const bundle = conformanceBundle('happy-path-v0.3');
const chain = verifyCertificateChain(leafOf(bundle), [], productionRoot.certificateAuthorities, [
  integratedTime(bundle),
]);
const ctlogs: CtLogInput[] = productionRoot.ctlogs;

describe('embedded SCTs (RFC 6962 §3.2 precert_entry)', () => {
  it('verifies the production leaf SCT against ctfe.sigstore.dev/2022', () => {
    const [sct, ...more] = verifyEmbeddedScts(chain.leaf, chain.issuer, ctlogs);
    expect(more).toHaveLength(0);
    expect(sct?.log.baseUrl).toBe('https://ctfe.sigstore.dev/2022');
    expect(Math.abs((sct?.time ?? 0) - integratedTime(bundle))).toBeLessThan(60);
  });

  it('verifies the SCT of a private CA leaf under its own trusted root', () => {
    const custom = conformanceBundle('intoto-with-custom-trust-root');
    const root = conformanceRoot('intoto-with-custom-trust-root');
    const c = verifyCertificateChain(leafOf(custom), [], root.certificateAuthorities, [integratedTime(custom)]);
    expect(verifyEmbeddedScts(c.leaf, c.issuer, root.ctlogs)).toHaveLength(1);
  });

  it('fails when no CT log of the trusted root has the SCT log ID (conformance invalid-ct-key_fail)', () => {
    expect(codeOf(() => verifyEmbeddedScts(chain.leaf, chain.issuer, []))).toBe('SCT_INVALID');
    const root = conformanceRoot('invalid-ct-key_fail');
    expect(codeOf(() => verifyEmbeddedScts(chain.leaf, chain.issuer, root.ctlogs))).toBe('SCT_INVALID');
  });

  it('fails when the CT log ID is known but its key is a different one', () => {
    const rekorKey = parsePublicKeyPem(vectorText('trust/rekor.sigstore.dev.pub.pem'));
    const swapped = ctlogs.map((log) => ({ ...log, publicKey: rekorKey }));
    expect(codeOf(() => verifyEmbeddedScts(chain.leaf, chain.issuer, swapped))).toBe('SCT_INVALID');
  });

  it('fails when the CT log is not trusted at the SCT time', () => {
    const expired = ctlogs.map((log) => ({ ...log, validFor: { start: 0, end: integratedTime(bundle) - 3600 } }));
    expect(codeOf(() => verifyEmbeddedScts(chain.leaf, chain.issuer, expired))).toBe('SCT_INVALID');
  });

  it('fails with the wrong issuer key (issuer_key_hash is part of what the log signed)', () => {
    const root = chain.path[chain.path.length - 1];
    if (root === undefined) throw new Error('no root');
    expect(codeOf(() => verifyEmbeddedScts(chain.leaf, root, ctlogs))).toBe('SCT_INVALID');
  });

  it('fails for a certificate without an SCT extension', () => {
    expect(codeOf(() => verifyEmbeddedScts(chain.issuer, chain.path[1] ?? chain.issuer, ctlogs))).toBe('SCT_INVALID');
  });

  it('fails when a threshold of two distinct logs is required', () => {
    expect(codeOf(() => verifyEmbeddedScts(chain.leaf, chain.issuer, ctlogs, 2))).toBe('SCT_INVALID');
  });

  it('fails for an SCT whose signature was altered', () => {
    const der = chain.leaf.der.slice();
    const [sct] = embeddedScts(chain.leaf);
    if (sct === undefined) throw new Error('no SCT');
    // Locate the SCT signature inside the certificate DER and flip its last byte.
    const sig = Buffer.from(sct.signature);
    const at = Buffer.from(der).indexOf(sig);
    expect(at).toBeGreaterThan(0);
    der[at + sig.length - 1] = (der[at + sig.length - 1] ?? 0) ^ 0x01;
    // The tampered certificate no longer verifies under the CA either, so check the SCT on its own.
    const tampered = parseCertificate(der, 'tampered');
    expect(codeOf(() => verifyEmbeddedScts(tampered, chain.issuer, ctlogs))).toBe('SCT_INVALID');
  });

  it('re-encodes the TBSCertificate byte for byte (so removing the SCT yields the precertificate)', () => {
    const tbs = chain.leaf.asn.tbsCertificate;
    const raw = chain.leaf.asn.tbsCertificateRaw;
    if (raw === undefined) throw new Error('no raw TBS');
    expect(bytesEqual(new Uint8Array(AsnSerializer.serialize(tbs)), new Uint8Array(raw))).toBe(true);
    const pre = precertificateTbs(chain.leaf);
    expect(pre.byteLength).toBeLessThan(raw.byteLength);
    expect(Buffer.from(pre).includes(Buffer.from('2b06010401d679020402', 'hex'))).toBe(false);
    expect(SCT_EXTENSION_OID).toBe('1.3.6.1.4.1.11129.2.4.2');
  });

  it('rejects truncated or padded SCT lists', () => {
    expect(codeOf(() => parseSctList(new Uint8Array([0x00, 0x05, 0x00])))).toBe('SCT_INVALID');
    expect(codeOf(() => parseSctList(new Uint8Array([0x00, 0x00, 0x00])))).toBe('SCT_INVALID');
    expect(parseSctList(new Uint8Array([0x00, 0x00]))).toEqual([]);
  });
});
