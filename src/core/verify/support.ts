/**
 * The heavyweight parts of bundle verification, handed to the engine (engine.ts) by the caller:
 *   keyless          X.509 chain, embedded SCTs, Fulcio identity (@peculiar ASN.1 libraries)
 *   rfc3161          RFC 3161 timestamp tokens (@peculiar CMS/TSP)
 *   digestSignature  signatures over a precomputed digest, for message-signature bundles (@noble/curves)
 * Loading them costs ~100 ms of start-up, which a key-signed DSSE bundle (what `provlog attest` makes) never
 * needs. support-full.ts holds all three; `supportNeeded` says which a bundle uses.
 */
import type { Bundle } from '../bundle/bundle.js';
import { CodedError } from '../errors.js';
import type { verifyDigestSignature } from '../keys/digest-signature.js';
import type { verifyCertificateChain } from './certificate.js';
import type { extractIdentity, verifyIdentity } from './identity.js';
import type { verifyEmbeddedScts } from './sct.js';
import type { verifyRfc3161Timestamp } from './timestamp.js';

export interface VerifierSupport {
  readonly keyless?: {
    readonly verifyCertificateChain: typeof verifyCertificateChain;
    readonly verifyEmbeddedScts: typeof verifyEmbeddedScts;
    readonly extractIdentity: typeof extractIdentity;
    readonly verifyIdentity: typeof verifyIdentity;
  };
  readonly rfc3161?: typeof verifyRfc3161Timestamp;
  readonly digestSignature?: typeof verifyDigestSignature;
}

/** Which parts of VerifierSupport verifying this bundle can call. */
export function supportNeeded(bundle: Bundle): { keyless: boolean; rfc3161: boolean; digestSignature: boolean } {
  const material = bundle.verificationMaterial;
  return {
    keyless: material.content.kind !== 'publicKey',
    rfc3161: material.rfc3161Timestamps.length > 0,
    digestSignature: bundle.content.kind === 'messageSignature',
  };
}

/** A caller bug, not a verdict on the bundle: the engine was given a bundle without the support it needs. */
export function requireSupport<T>(part: T | undefined, what: string): T {
  if (part === undefined) {
    throw new CodedError('INTERNAL', `verification support for ${what} was not loaded (see core/verify/support.ts)`);
  }
  return part;
}
