/**
 * Embedded Signed Certificate Timestamps (RFC 6962 §3.3): proof that the certificate authority logged the
 * precertificate in a Certificate Transparency log the trusted root names (`ctlogs`), so a mis-issued
 * certificate cannot stay secret.
 *
 * The extension 1.3.6.1.4.1.11129.2.4.2 holds an OCTET STRING wrapping a TLS-encoded
 * `SignedCertificateTimestampList` (RFC 6962 §3.3; TLS presentation language, not ASN.1, so its few
 * length-prefixed fields are read here). Each SCT signs (RFC 6962 §3.2):
 *
 *   digitally-signed struct {
 *     uint8  sct_version = v1(0);  uint8 signature_type = certificate_timestamp(0);  uint64 timestamp;
 *     uint16 entry_type = precert_entry(1);
 *     opaque issuer_key_hash[32];            // SHA-256 of the issuing CA's DER SubjectPublicKeyInfo
 *     opaque tbs_certificate<1..2^24-1>;     // the leaf's TBSCertificate WITHOUT the SCT extension
 *     opaque extensions<0..2^16-1>;
 *   }
 *
 * The TBSCertificate is re-encoded with @peculiar/asn1-x509 after dropping the extension; the signature is
 * ECDSA (DER) or RSA over SHA-256, checked with node:crypto.
 */
import { createHash } from 'node:crypto';
import { OctetString } from '@peculiar/asn1-schema';
import { Extensions, TBSCertificate } from '@peculiar/asn1-x509';
import { bytesEqual, concat, toBase64, toHex } from '../bytes.js';
import { CodedError } from '../errors.js';
import { type PublicKey, verifySignature } from '../keys/keys.js';
import { bytesOf, parseDer, serializeDer } from './asn1.js';
import type { ParsedCertificate, ValidityWindow } from './certificate.js';
import { withinWindow } from './certificate.js';

export const SCT_EXTENSION_OID = '1.3.6.1.4.1.11129.2.4.2';
/** RFC 6962 §2.1.4: SCT signatures always use SHA-256 (TLS HashAlgorithm 4). */
const TLS_SHA256 = 4;

/** The part of a trusted root's `ctlogs[]` entry this check reads. */
export interface CtLogInput {
  /** SHA-256 of the log key's DER SPKI (RFC 6962 §3.2 LogID). */
  readonly logId: Uint8Array;
  readonly publicKey: PublicKey;
  readonly validFor: ValidityWindow;
  readonly baseUrl?: string;
}

export interface Sct {
  readonly version: number;
  readonly logId: Uint8Array;
  /** Milliseconds since the epoch (RFC 6962). */
  readonly timestamp: bigint;
  readonly extensions: Uint8Array;
  /** TLS HashAlgorithm / SignatureAlgorithm codes (RFC 5246 §7.4.1.4.1). */
  readonly hashAlgorithm: number;
  readonly signatureAlgorithm: number;
  readonly signature: Uint8Array;
}

export interface VerifiedSct {
  readonly logId: Uint8Array;
  /** Unix seconds. */
  readonly time: number;
  readonly log: CtLogInput;
}

/** Reads TLS length-prefixed fields; any overrun is SCT_INVALID. */
class TlsReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.offset === this.bytes.byteLength;
  }
  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.byteLength) {
      throw new CodedError('SCT_INVALID', 'the SCT list in the certificate is truncated');
    }
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
  uint(size: number): number {
    return this.take(size).reduce((n, b) => n * 256 + b, 0);
  }
  vector(lengthBytes: number): Uint8Array {
    return this.take(this.uint(lengthBytes));
  }
}

/** Parses a TLS `SignedCertificateTimestampList` (the bytes inside the extension's OCTET STRING). */
export function parseSctList(list: Uint8Array): Sct[] {
  const outer = new TlsReader(list);
  const body = new TlsReader(outer.vector(2));
  if (!outer.done) throw new CodedError('SCT_INVALID', 'trailing bytes after the SCT list');
  const scts: Sct[] = [];
  while (!body.done) {
    const r = new TlsReader(body.vector(2));
    const version = r.uint(1);
    const logId = r.take(32);
    const timestamp = BigInt(`0x${toHex(r.take(8))}`);
    const extensions = r.vector(2);
    const hashAlgorithm = r.uint(1);
    const signatureAlgorithm = r.uint(1);
    const signature = r.vector(2);
    if (!r.done) throw new CodedError('SCT_INVALID', 'trailing bytes inside an SCT');
    scts.push({ version, logId, timestamp, extensions, hashAlgorithm, signatureAlgorithm, signature });
  }
  return scts;
}

/** The leaf's TBSCertificate DER with the SCT extension removed: what the CA submitted as the precertificate. */
export function precertificateTbs(leaf: ParsedCertificate): Uint8Array {
  const tbs = leaf.asn.tbsCertificate;
  const kept = (tbs.extensions ?? []).filter((e) => e.extnID !== SCT_EXTENSION_OID);
  return serializeDer(new TBSCertificate({ ...tbs, extensions: new Extensions(kept) }));
}

function uintBytes(value: bigint | number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let v = BigInt(value);
  for (let i = size - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** The RFC 6962 §3.2 bytes an SCT over a precertificate signs. */
export function sctSignedData(sct: Sct, issuerKeyHash: Uint8Array, tbs: Uint8Array): Uint8Array {
  return concat(
    uintBytes(sct.version, 1),
    uintBytes(0, 1), // signature_type: certificate_timestamp
    uintBytes(sct.timestamp, 8),
    uintBytes(1, 2), // entry_type: precert_entry
    issuerKeyHash,
    uintBytes(tbs.byteLength, 3),
    tbs,
    uintBytes(sct.extensions.byteLength, 2),
    sct.extensions,
  );
}

/** The embedded SCTs of a certificate ([] when it has none). */
export function embeddedScts(leaf: ParsedCertificate): Sct[] {
  const ext = leaf.asn.tbsCertificate.extensions?.find((e) => e.extnID === SCT_EXTENSION_OID);
  if (ext === undefined) return [];
  const inner = parseDer(bytesOf(ext.extnValue.buffer), OctetString, 'SCT_INVALID', 'the SCT extension');
  return parseSctList(bytesOf(inner.buffer));
}

/**
 * Requires at least `threshold` embedded SCTs that verify under distinct CT logs of the trusted root, each log
 * trusted at the SCT's time. Throws SCT_INVALID naming what was wrong with each SCT.
 */
export function verifyEmbeddedScts(
  leaf: ParsedCertificate,
  issuer: ParsedCertificate,
  ctlogs: readonly CtLogInput[],
  threshold = 1,
): VerifiedSct[] {
  const scts = embeddedScts(leaf);
  if (scts.length === 0) {
    throw new CodedError('SCT_INVALID', 'the signing certificate carries no signed certificate timestamp (SCT)');
  }
  const issuerKeyHash = new Uint8Array(createHash('sha256').update(issuer.spki).digest());
  const tbs = precertificateTbs(leaf);
  const verified: VerifiedSct[] = [];
  const problems: string[] = [];
  for (const sct of scts) {
    const id = toBase64(sct.logId);
    const time = Number(sct.timestamp) / 1000;
    if (sct.version !== 0 || sct.hashAlgorithm !== TLS_SHA256) {
      problems.push(`SCT from log ${id}: unsupported version ${sct.version} or hash algorithm ${sct.hashAlgorithm}`);
      continue;
    }
    const candidates = ctlogs.filter((log) => bytesEqual(log.logId, sct.logId));
    if (candidates.length === 0) {
      problems.push(`SCT from log ${id}: no CT log with that ID in the trusted root`);
      continue;
    }
    const message = sctSignedData(sct, issuerKeyHash, tbs);
    const log = candidates.find(
      (l) => withinWindow(time, l.validFor) && verifySignature(l.publicKey, message, sct.signature),
    );
    if (log === undefined) {
      problems.push(`SCT from log ${id}: signature does not verify with the trusted CT log key at that time`);
      continue;
    }
    if (!verified.some((v) => bytesEqual(v.logId, sct.logId))) verified.push({ logId: sct.logId, time, log });
  }
  if (verified.length < threshold) {
    throw new CodedError(
      'SCT_INVALID',
      `the signing certificate has ${verified.length} valid SCT(s), ${threshold} required: ${problems.join('; ')}`,
      { details: { problems } },
    );
  }
  return verified;
}
