/**
 * What a keyless signer checks about the certificate a CA just issued, before signing anything with its key
 * (issue 12: "check before use"): the chain ends at a certificate authority of the trusted root, the leaf
 * carries an SCT from a CT log of the trusted root, it certifies OUR key, and its SAN and issuer are the ones
 * the token's claims call for. A CA that answers with anything else is treated as broken or hostile:
 * CA_RESPONSE_INVALID, with the failed check's own code in details.
 */
import type { TrustedRoot } from '../bundle/trust.js';
import { bytesEqual } from '../bytes.js';
import { CodedError, toCodedError } from '../errors.js';
import type { PublicKey } from '../keys/keys.js';
import { type ParsedCertificate, verifyCertificateChain } from '../verify/certificate.js';
import { type CertificateIdentity, extractIdentity, verifyIdentity } from '../verify/identity.js';
import { verifyEmbeddedScts } from '../verify/sct.js';

export interface IssuedCertificateCheck {
  /** DER, leaf first (what the CA returned). */
  readonly chain: readonly Uint8Array[];
  readonly trust: TrustedRoot;
  readonly publicKey: PublicKey;
  readonly san: string;
  readonly issuer: string;
  /** Unix seconds. */
  readonly now: number;
}

export interface CheckedCertificate {
  readonly leaf: ParsedCertificate;
  readonly identity: CertificateIdentity;
}

export function checkIssuedCertificate(input: IssuedCertificateCheck): CheckedCertificate {
  const [leafDer] = input.chain;
  if (leafDer === undefined) throw new CodedError('CA_RESPONSE_INVALID', 'the CA returned no certificate');
  try {
    // Trust comes from the trusted root alone: the CA's own intermediates and root are not used for the path.
    const chain = verifyCertificateChain(leafDer, [], input.trust.certificateAuthorities, [input.now]);
    verifyEmbeddedScts(chain.leaf, chain.issuer, input.trust.ctlogs);
    if (!bytesEqual(chain.leaf.spki, input.publicKey.spki)) {
      throw new CodedError('CERT_CHAIN_INVALID', 'the certificate certifies another public key than ours');
    }
    const identity = extractIdentity(chain.leaf.asn);
    verifyIdentity(identity, { san: input.san, issuer: input.issuer });
    return { leaf: chain.leaf, identity };
  } catch (error) {
    const coded = toCodedError(error);
    throw new CodedError('CA_RESPONSE_INVALID', `the CA's certificate fails a check before use: ${coded.message}`, {
      cause: error,
      details: { check: coded.code },
    });
  }
}
