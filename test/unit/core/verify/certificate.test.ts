import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../../src/core/bundle/codec.js';
import {
  type CertificateAuthorityInput,
  parseCertificate,
  verifyCertificateChain,
} from '../../../../src/core/verify/certificate.js';
import { codeOf } from '../../../helpers/errors.js';
import {
  bundleCertificates,
  conformanceBundle,
  integratedTime,
  leafOf,
  productionRoot,
  vectorText,
} from './vectors.js';

const happy = conformanceBundle('happy-path-v0.3');
const leaf = leafOf(happy);
const time = integratedTime(happy);
const cas = productionRoot.certificateAuthorities;

describe('verifyCertificateChain', () => {
  it('chains a Fulcio leaf to the production intermediate and root at the integrated time', () => {
    const chain = verifyCertificateChain(leaf, [], cas, [time]);
    expect(chain.issuer.x509.subject).toContain('CN=sigstore-intermediate');
    expect(chain.path).toHaveLength(2);
    expect(chain.authority.uri).toBe('https://fulcio.sigstore.dev');
    expect(chain.leaf.notBefore).toBeLessThanOrEqual(time);
  });

  it('treats the certificate validity bounds as inclusive', () => {
    const parsed = parseCertificate(leaf);
    expect(() => verifyCertificateChain(leaf, [], cas, [parsed.notBefore, parsed.notAfter])).not.toThrow();
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [parsed.notAfter + 1]))).toBe('CERT_NOT_VALID_AT_TIME');
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [parsed.notBefore - 1]))).toBe('CERT_NOT_VALID_AT_TIME');
  });

  it('checks every verified time, not just one', () => {
    const parsed = parseCertificate(leaf);
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, [time, parsed.notAfter + 3600]))).toBe(
      'CERT_NOT_VALID_AT_TIME',
    );
  });

  it('needs at least one verified time', () => {
    expect(codeOf(() => verifyCertificateChain(leaf, [], cas, []))).toBe('CERT_NOT_VALID_AT_TIME');
  });

  it('rejects a time outside the certificate authority validFor window', () => {
    const narrowed: CertificateAuthorityInput[] = cas.map((ca) => ({ ...ca, validFor: { start: 0, end: time - 1 } }));
    expect(codeOf(() => verifyCertificateChain(leaf, [], narrowed, [time]))).toBe('CERT_NOT_VALID_AT_TIME');
  });

  it('rejects a leaf when the trusted root has no authority for it', () => {
    expect(codeOf(() => verifyCertificateChain(leaf, [], [], [time]))).toBe('CERT_CHAIN_INVALID');
    const oldCaOnly = cas.filter((ca) => ca.validFor.end !== undefined);
    expect(codeOf(() => verifyCertificateChain(leaf, [], oldCaOnly, [time]))).toBe('CERT_CHAIN_INVALID');
  });

  it('rejects a staging certificate against the production root', () => {
    const staging = conformanceBundle('bundle-from-wrong-instance_fail');
    expect(codeOf(() => verifyCertificateChain(leafOf(staging), [], cas, [integratedTime(staging)]))).toBe(
      'CERT_CHAIN_INVALID',
    );
  });

  it('rejects a bundle that brings its own root certificate', () => {
    const bundle = conformanceBundle('bundle-with-root-cert_fail');
    const [own, ...rest] = bundleCertificates(bundle);
    if (own === undefined) throw new Error('no leaf');
    expect(codeOf(() => verifyCertificateChain(own, rest, cas, [integratedTime(bundle)]))).toBe('CERT_CHAIN_INVALID');
  });

  it('accepts a bundle chain that only repeats the trusted intermediate and root (sigstore-js full chain)', () => {
    const bundle = parseBundle(vectorText('bundles/sigstore-js/bundleV01-full-cert-chain.sigstore'));
    const [own, ...rest] = bundleCertificates(bundle);
    if (own === undefined) throw new Error('no leaf');
    expect(rest).toHaveLength(2);
    expect(verifyCertificateChain(own, rest, cas, [integratedTime(bundle)]).path).toHaveLength(2);
  });

  it('rejects a trusted leaf followed by a certificate that is not on its trusted path', () => {
    const staging = leafOf(conformanceBundle('bundle-from-wrong-instance_fail'));
    expect(codeOf(() => verifyCertificateChain(leaf, [staging], cas, [time]))).toBe('CERT_CHAIN_INVALID');
  });

  it('rejects a CA certificate in the leaf position', () => {
    const [intermediate] = cas.find((ca) => ca.validFor.end === undefined)?.certChain ?? [];
    if (intermediate === undefined) throw new Error('no intermediate');
    expect(codeOf(() => verifyCertificateChain(intermediate, [], cas, [time]))).toBe('CERT_CHAIN_INVALID');
  });

  it('rejects bytes that are not a certificate', () => {
    expect(codeOf(() => verifyCertificateChain(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]), [], cas, [time]))).toBe(
      'CERT_CHAIN_INVALID',
    );
    expect(codeOf(() => verifyCertificateChain(new Uint8Array(0), [], cas, [time]))).toBe('CERT_CHAIN_INVALID');
  });

  it('rejects a leaf whose signature was tampered with', () => {
    const tampered = leaf.slice();
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] ?? 0) ^ 0x01;
    expect(codeOf(() => verifyCertificateChain(tampered, [], cas, [time]))).toBe('CERT_CHAIN_INVALID');
  });
});
