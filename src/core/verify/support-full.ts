/** Every part of VerifierSupport (support.ts): what verifier.ts uses, and what the CLI loads on demand. */
import { verifyDigestSignature } from '../keys/digest-signature.js';
import { verifyCertificateChain } from './certificate.js';
import { extractIdentity, verifyIdentity } from './identity.js';
import { verifyEmbeddedScts } from './sct.js';
import type { VerifierSupport } from './support.js';
import { verifyRfc3161Timestamp } from './timestamp.js';

export const FULL_SUPPORT: Required<VerifierSupport> = {
  keyless: { verifyCertificateChain, verifyEmbeddedScts, extractIdentity, verifyIdentity },
  rfc3161: verifyRfc3161Timestamp,
  digestSignature: verifyDigestSignature,
};
