import { AsnSerializer } from '@peculiar/asn1-schema';
import { TimeStampResp } from '@peculiar/asn1-tsp';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../../src/core/bundle/bundle.js';
import { parseDer } from '../../../../src/core/verify/asn1.js';
import { signatureBytes } from '../../../../src/core/verify/signature.js';
import { parseTimestamp, verifyRfc3161Timestamp } from '../../../../src/core/verify/timestamp.js';
import { codeOf } from '../../../helpers/errors.js';
import { conformanceBundle, conformanceRoot, productionRoot } from './vectors.js';

function stampOf(bundle: Bundle): Uint8Array {
  const [stamp] = bundle.verificationMaterial.rfc3161Timestamps;
  if (stamp === undefined) throw new Error('bundle has no timestamp');
  return stamp;
}

const managed = conformanceBundle('managed-key-happy-path');
const managedStamp = stampOf(managed);
const managedSig = signatureBytes(managed.content);
const tsas = productionRoot.timestampAuthorities;

describe('verifyRfc3161Timestamp', () => {
  it('verifies a timestamp.sigstore.dev stamp over a message signature', () => {
    const stamp = verifyRfc3161Timestamp(managedStamp, managedSig, tsas);
    expect(new Date(stamp.time * 1000).toISOString()).toBe('2025-12-18T17:04:39.000Z');
    expect(stamp.authority.uri).toBe('https://timestamp.sigstore.dev/api/v1/timestamp');
  });

  it('verifies a private TSA stamp over a DSSE signature under its own trusted root', () => {
    const bundle = conformanceBundle('intoto-with-custom-trust-root');
    const root = conformanceRoot('intoto-with-custom-trust-root');
    const stamp = verifyRfc3161Timestamp(stampOf(bundle), signatureBytes(bundle.content), root.timestampAuthorities);
    expect(new Date(stamp.time * 1000).toISOString()).toBe('2023-02-01T00:00:00.000Z');
    expect(stamp.serialNumber).toBe('deadbeef');
  });

  it('accepts a bare TimeStampToken as well as a TimeStampResp', () => {
    const resp = parseDer(managedStamp, TimeStampResp, 'TIMESTAMP_INVALID', 'test');
    const token = new Uint8Array(AsnSerializer.serialize(resp.timeStampToken));
    expect(verifyRfc3161Timestamp(token, managedSig, tsas).time).toBe(
      verifyRfc3161Timestamp(managedStamp, managedSig, tsas).time,
    );
  });

  it('rejects a stamp over other bytes (message imprint)', () => {
    const other = managedSig.slice();
    other[0] = (other[0] ?? 0) ^ 0x01;
    expect(codeOf(() => verifyRfc3161Timestamp(managedStamp, other, tsas))).toBe('TIMESTAMP_INVALID');
  });

  it('rejects a stamp when the trusted root has no timestamp authority', () => {
    expect(codeOf(() => verifyRfc3161Timestamp(managedStamp, managedSig, []))).toBe('TIMESTAMP_INVALID');
  });

  it('rejects a stamp signed by a TSA of another trusted root', () => {
    const other = conformanceRoot('intoto-with-custom-trust-root').timestampAuthorities;
    expect(codeOf(() => verifyRfc3161Timestamp(managedStamp, managedSig, other))).toBe('TIMESTAMP_INVALID');
  });

  it('rejects a stamp outside the TSA validFor window', () => {
    const later = tsas.map((tsa) => ({ ...tsa, validFor: { start: Date.UTC(2026, 0, 1) / 1000 } }));
    expect(codeOf(() => verifyRfc3161Timestamp(managedStamp, managedSig, later))).toBe('TIMESTAMP_INVALID');
  });

  it('rejects a stamp whose CMS signature was altered', () => {
    const der = managedStamp.slice();
    der[der.length - 3] = (der[der.length - 3] ?? 0) ^ 0x01;
    expect(codeOf(() => verifyRfc3161Timestamp(der, managedSig, tsas))).toBe('TIMESTAMP_INVALID');
  });

  it('rejects a stamp whose TSTInfo was altered (messageDigest attribute no longer matches)', () => {
    const parsed = parseTimestamp(managedStamp);
    const at = Buffer.from(managedStamp).indexOf(Buffer.from(parsed.eContent));
    expect(at).toBeGreaterThan(0);
    const der = managedStamp.slice();
    const changed = at + parsed.eContent.byteLength - 10;
    der[changed] = (der[changed] ?? 0) ^ 0x01;
    expect(codeOf(() => verifyRfc3161Timestamp(der, managedSig, tsas))).toBe('TIMESTAMP_INVALID');
  });

  it('rejects bytes that are not a timestamp', () => {
    expect(codeOf(() => verifyRfc3161Timestamp(new Uint8Array([1, 2, 3]), managedSig, tsas))).toBe('TIMESTAMP_INVALID');
    expect(codeOf(() => verifyRfc3161Timestamp(new Uint8Array(0), managedSig, tsas))).toBe('TIMESTAMP_INVALID');
  });
});
