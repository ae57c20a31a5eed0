/**
 * RFC 6962 structures in TLS presentation language, written for the CT log: the MerkleTreeLeaf of a
 * precertificate (§3.4), the SignedCertificateTimestamp and its list (§3.2, §3.3), the tree head signature
 * input (§3.5), DigitallySigned (RFC 5246 §4.7) and the PrecertChainEntry of get-entries' extra_data (§4.6).
 * core/verify/sct.ts reads the same SCT bytes and builds the same signed input (sctSignedData), so what is
 * written here is checked by the reader the verifier uses.
 */
import { concat } from '../bytes.js';
import { CodedError } from '../errors.js';
import { sctSignedData } from '../verify/sct.js';

/** TLS HashAlgorithm sha256(4), SignatureAlgorithm ecdsa(3) (RFC 5246 §7.4.1.4.1). */
const TLS_SHA256 = 4;
const TLS_ECDSA = 3;

export function uint(value: number | bigint, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let v = BigInt(value);
  for (let i = size - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (v !== 0n) throw new CodedError('INTERNAL', `${value} does not fit in ${size} bytes`);
  return out;
}

/** `opaque <0..2^(8*lengthBytes)-1>`: the length prefix, then the bytes. */
export function vector(bytes: Uint8Array, lengthBytes: number): Uint8Array {
  return concat(uint(bytes.byteLength, lengthBytes), bytes);
}

/** MerkleTreeLeaf { v1, timestamped_entry, TimestampedEntry { timestamp, precert_entry, PreCert, extensions } }. */
export function precertLeaf(timestampMs: bigint, issuerKeyHash: Uint8Array, tbs: Uint8Array): Uint8Array {
  return concat(uint(0, 1), uint(0, 1), uint(timestampMs, 8), uint(1, 2), issuerKeyHash, vector(tbs, 3), uint(0, 2));
}

/** What the log signs for an SCT over a precertificate (RFC 6962 §3.2), no extensions. */
export function precertSctInput(timestampMs: bigint, issuerKeyHash: Uint8Array, tbs: Uint8Array): Uint8Array {
  const sct = {
    version: 0,
    logId: new Uint8Array(32),
    timestamp: timestampMs,
    extensions: new Uint8Array(),
    hashAlgorithm: TLS_SHA256,
    signatureAlgorithm: TLS_ECDSA,
    signature: new Uint8Array(),
  };
  return sctSignedData(sct, issuerKeyHash, tbs);
}

/** DigitallySigned { SHA-256, ECDSA, opaque signature<0..2^16-1> } around a DER ECDSA signature. */
export function digitallySigned(signatureDer: Uint8Array): Uint8Array {
  return concat(uint(TLS_SHA256, 1), uint(TLS_ECDSA, 1), vector(signatureDer, 2));
}

/** SignedCertificateTimestamp (v1, no extensions). */
export function encodeSct(logId: Uint8Array, timestampMs: bigint, signatureDer: Uint8Array): Uint8Array {
  return concat(uint(0, 1), logId, uint(timestampMs, 8), uint(0, 2), digitallySigned(signatureDer));
}

/** SignedCertificateTimestampList: each SCT as `opaque SerializedSCT<1..2^16-1>`, all in one 2-byte vector. */
export function encodeSctList(scts: readonly Uint8Array[]): Uint8Array {
  return vector(concat(...scts.map((sct) => vector(sct, 2))), 2);
}

/** TreeHeadSignature input (RFC 6962 §3.5): v1, tree_hash(1), timestamp, tree_size, sha256_root_hash. */
export function treeHeadInput(timestampMs: bigint, treeSize: number, rootHash: Uint8Array): Uint8Array {
  return concat(uint(0, 1), uint(1, 1), uint(timestampMs, 8), uint(treeSize, 8), rootHash);
}

/** PrecertChainEntry { ASN.1Cert pre_certificate; ASN.1Cert precertificate_chain<0..2^24-1>; }. */
export function precertChainEntry(precert: Uint8Array, chain: readonly Uint8Array[]): Uint8Array {
  return concat(vector(precert, 3), vector(concat(...chain.map((c) => vector(c, 3))), 3));
}
