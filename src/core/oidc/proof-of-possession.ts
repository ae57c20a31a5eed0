/**
 * Fulcio's proof of possession: the requester signs the token's `sub` claim with the private key it wants
 * certified, so a stolen token alone cannot bind someone else's key (and a key alone cannot buy a certificate).
 * The signature is ASN.1 DER for ECDSA (over SHA-256 / the curve's hash), pure for Ed25519, as sigstore-js and
 * cosign make it.
 */
import { utf8 } from '../bytes.js';
import { CodedError } from '../errors.js';
import { type PublicKey, verifySignature } from '../keys/keys.js';

export function checkProofOfPossession(key: PublicKey, subject: unknown, signature: Uint8Array | undefined): void {
  if (typeof subject !== 'string' || subject === '') {
    throw new CodedError('OIDC_TOKEN_INVALID', 'identity token has no sub claim to prove possession over');
  }
  if (signature === undefined || signature.byteLength === 0) {
    throw new CodedError(
      'PROOF_OF_POSSESSION_INVALID',
      'the request has no proof of possession (publicKeyRequest.proofOfPossession)',
    );
  }
  if (!verifySignature(key, utf8(subject), signature)) {
    throw new CodedError(
      'PROOF_OF_POSSESSION_INVALID',
      "the proof of possession is not the public key's signature over the token's sub claim",
    );
  }
}
