/**
 * Loading a DER certificate with node:crypto, cached per byte array: the verifier loads each leaf once and the
 * tlog layer (which needs only its key) reuses it. Kept apart from certificate.ts so code that never meets a
 * certificate chain (the attest pipeline) does not load the ASN.1 libraries.
 */
import { type KeyObject, X509Certificate } from 'node:crypto';
import { bytesEqual } from '../bytes.js';
import { CodedError } from '../errors.js';

export interface LoadedCertificate {
  readonly x509: X509Certificate;
  readonly publicKey: KeyObject;
}

/** Keyed by the array object; the bytes are compared too, so an array edited in place is loaded again. */
const loaded = new WeakMap<Uint8Array, { bytes: Uint8Array; cert: LoadedCertificate }>();

export function loadCertificate(der: Uint8Array, what = 'certificate'): LoadedCertificate {
  const hit = loaded.get(der);
  if (hit !== undefined && bytesEqual(hit.bytes, der)) return hit.cert;
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(der);
  } catch (cause) {
    throw new CodedError('CERT_CHAIN_INVALID', `${what} is not a valid X.509 certificate`, { cause });
  }
  const cert = { x509, publicKey: x509.publicKey };
  loaded.set(der, { bytes: der.slice(), cert });
  return cert;
}
