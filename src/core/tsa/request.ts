/**
 * Reading an RFC 3161 `TimeStampReq` (§2.4.1) as a timestamp authority: everything in it is hostile. A request
 * the TSA cannot serve is not an exception but a refusal with the PKIFailureInfo bit RFC 3161 names for it, which
 * the TSA returns inside a `TimeStampResp` (never an HTTP error without a reply).
 */
import { AsnParser, AsnSerializer } from '@peculiar/asn1-schema';
import { TimeStampReq } from '@peculiar/asn1-tsp';
import { bytesEqual } from '../bytes.js';
import type { HashAlgorithm } from '../keys/keys.js';

/** Message imprint hashes the TSA accepts (as sigstore's timestamp-authority does), by OID, with digest sizes. */
export const IMPRINT_HASHES: Readonly<Record<string, { name: HashAlgorithm; bytes: number }>> = {
  '2.16.840.1.101.3.4.2.1': { name: 'sha256', bytes: 32 },
  '2.16.840.1.101.3.4.2.2': { name: 'sha384', bytes: 48 },
  '2.16.840.1.101.3.4.2.3': { name: 'sha512', bytes: 64 },
};

/** PKIFailureInfo named bits (RFC 3161 §2.4.2), by their bit NUMBER in the BIT STRING. */
export const FAILURE_BITS = {
  badAlg: 0,
  badRequest: 2,
  badDataFormat: 5,
  timeNotAvailable: 14,
  unacceptedPolicy: 15,
  unacceptedExtension: 16,
  addInfoNotAvailable: 17,
  systemFailure: 25,
} as const;
export type FailureInfo = keyof typeof FAILURE_BITS;

/** A query small enough for any real client: an imprint of at most 64 bytes, a nonce, a policy OID. */
export const MAX_QUERY_BYTES = 1024;
/** Nonces are "large random numbers" (RFC 3161 §2.4.1); 64 bytes is far above any client's (8-20). */
export const MAX_NONCE_BYTES = 64;

export interface TimestampQuery {
  readonly hashOid: string;
  readonly hashedMessage: Uint8Array;
  /** The nonce INTEGER's content bytes, echoed verbatim in the TSTInfo. */
  readonly nonce?: Uint8Array;
  readonly certReq: boolean;
  readonly reqPolicy?: string;
}

export type QueryResult =
  | { readonly ok: true; readonly query: TimestampQuery }
  | { readonly ok: false; readonly failInfo: FailureInfo; readonly text: string };

function refuse(failInfo: FailureInfo, text: string): QueryResult {
  return { ok: false, failInfo, text };
}

/**
 * Decodes and checks a DER `TimeStampReq`. Strict DER (re-encoding must give the same bytes, so no trailing
 * data or alternative encodings), version 1, a supported hash with a digest of its size, a bounded nonce, our
 * policy or none, and no extensions (RFC 3161: a TSA rejects extensions it does not recognise).
 */
export function parseTimestampQuery(der: Uint8Array, policy: string): QueryResult {
  if (der.byteLength === 0) return refuse('badDataFormat', 'the request body is empty');
  if (der.byteLength > MAX_QUERY_BYTES) return refuse('badDataFormat', `the request is over ${MAX_QUERY_BYTES} bytes`);
  let req: TimeStampReq;
  try {
    req = AsnParser.parse(der, TimeStampReq);
  } catch {
    return refuse('badDataFormat', 'the request is not a DER TimeStampReq');
  }
  let again: Uint8Array;
  try {
    again = new Uint8Array(AsnSerializer.serialize(req));
  } catch {
    return refuse('badDataFormat', 'the request is not a DER TimeStampReq');
  }
  if (!bytesEqual(again, der)) return refuse('badDataFormat', 'the request is not in DER form (or has trailing data)');
  if (req.version !== 1) return refuse('badRequest', `request version ${req.version} is not 1`);
  const hashOid = req.messageImprint.hashAlgorithm.algorithm;
  const hash = IMPRINT_HASHES[hashOid];
  if (hash === undefined) return refuse('badAlg', `hash algorithm ${hashOid} is not SHA-256, SHA-384 or SHA-512`);
  const params = req.messageImprint.hashAlgorithm.parameters;
  if (params !== undefined && params !== null && !isDerNull(params)) {
    return refuse('badAlg', 'the hash algorithm has parameters (only absent or NULL are allowed)');
  }
  const hashedMessage = new Uint8Array(req.messageImprint.hashedMessage.buffer);
  if (hashedMessage.byteLength !== hash.bytes) {
    return refuse(
      'badDataFormat',
      `the ${hash.name} message imprint is ${hashedMessage.byteLength} bytes, not ${hash.bytes}`,
    );
  }
  if (req.reqPolicy !== undefined && req.reqPolicy !== policy) {
    return refuse('unacceptedPolicy', `policy ${req.reqPolicy} is not this TSA's (${policy})`);
  }
  if (req.extensions !== undefined && req.extensions.length > 0) {
    return refuse('unacceptedExtension', 'request extensions are not supported');
  }
  const query: { -readonly [K in keyof TimestampQuery]: TimestampQuery[K] } = {
    hashOid,
    hashedMessage,
    certReq: req.certReq,
  };
  if (req.nonce !== undefined) {
    const nonce = new Uint8Array(req.nonce);
    if (!isMinimalInteger(nonce)) return refuse('badDataFormat', 'the nonce is not a DER INTEGER (empty or padded)');
    if (nonce.byteLength > MAX_NONCE_BYTES) return refuse('badRequest', `the nonce is over ${MAX_NONCE_BYTES} bytes`);
    query.nonce = nonce;
  }
  if (req.reqPolicy !== undefined) query.reqPolicy = req.reqPolicy;
  return { ok: true, query };
}

/** X.690 §8.3: at least one content octet, and the first nine bits are not all 0 or all 1. */
function isMinimalInteger(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  if (first === undefined) return false;
  if (second === undefined) return true;
  return !((first === 0x00 && second < 0x80) || (first === 0xff && second >= 0x80));
}

function isDerNull(value: ArrayBuffer): boolean {
  return bytesEqual(new Uint8Array(value), new Uint8Array([0x05, 0x00]));
}
