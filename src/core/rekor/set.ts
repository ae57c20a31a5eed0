/**
 * Signed Entry Timestamp (bundle `inclusionPromise`), research/rekor-v1.md §4: the log's signature over the
 * JCS of exactly {body, integratedTime, logID, logIndex} — no verification or attestation members. ECDSA
 * signatures are ASN.1 DER over SHA-256 of those bytes; `logIndex` is the virtual (global) index.
 */
import { utf8 } from '../bytes.js';
import { canonicalJsonBytes, JCS_PLAIN_STRING } from '../json/canonical.js';
import { type PublicKey, verifySignature } from '../keys/keys.js';
import type { Signer } from '../keys/signer.js';

export interface SetFields {
  /** Standard base64 of the canonical body, the same text as LogEntryAnon.body. */
  body: string;
  integratedTime: number;
  /** Lowercase hex log ID. */
  logID: string;
  logIndex: number;
}

export function setPayload(fields: SetFields): Uint8Array {
  const { body, integratedTime, logID, logIndex } = fields;
  if (
    JCS_PLAIN_STRING.test(body) &&
    JCS_PLAIN_STRING.test(logID) &&
    Number.isSafeInteger(integratedTime) &&
    Number.isSafeInteger(logIndex)
  ) {
    // The SET is signed once per entry on the log's write path: for exactly these value types, JCS is the
    // members in sorted order with JSON.stringify's forms (RFC 8785 §3.2.2), so build that text directly.
    return utf8(`{"body":"${body}","integratedTime":${integratedTime},"logID":"${logID}","logIndex":${logIndex}}`);
  }
  return canonicalJsonBytes({
    body: fields.body,
    integratedTime: fields.integratedTime,
    logID: fields.logID,
    logIndex: fields.logIndex,
  });
}

export function signSet(fields: SetFields, signer: Signer): Uint8Array {
  return signer.sign(setPayload(fields));
}

/** False (never throws) for a wrong or malformed signature. */
export function verifySet(fields: SetFields, signature: Uint8Array, key: PublicKey): boolean {
  let payload: Uint8Array;
  try {
    payload = setPayload(fields);
  } catch {
    return false;
  }
  return verifySignature(key, payload, signature);
}
