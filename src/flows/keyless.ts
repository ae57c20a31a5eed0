/**
 * Keyless signing's first half (issue 12): an ephemeral P-256 key in memory only (never written, never logged)
 * -> the token's `sub` signed as proof of possession -> Fulcio v2 signingCert -> the chain checked before use
 * (trusted CA, trusted SCT, our key, the identity the token calls for). The caller then signs with the returned
 * signer and logs the certificate as verifier (attest.ts with `certificate`).
 *
 * The token is our own (the runner's or the user's); we read its claims only to know what identity to expect.
 * Its signature is the CA's business; that the certificate names exactly that identity is ours.
 */
import type { FulcioClient } from '../adapters/client/fulcio.js';
import { generatePrivateKeyPem, signerFromPem } from '../adapters/crypto/node-signer.js';
import type { TrustedRoot } from '../core/bundle/trust.js';
import { utf8 } from '../core/bytes.js';
import { CodedError } from '../core/errors.js';
import { formatPublicKeyPem } from '../core/keys/keys.js';
import type { Signer } from '../core/keys/signer.js';
import { decodeJwt } from '../core/oidc/jwt.js';
import type { CertificateIdentity } from '../core/verify/identity.js';
import { checkIssuedCertificate } from '../core/x509/check-issued.js';

export interface KeylessCertificate {
  readonly signer: Signer;
  /** The leaf, DER (the bundle carries the leaf only). */
  readonly certificate: Uint8Array;
  readonly identity: CertificateIdentity;
}

/** The SAN and issuer a GitHub Actions token's certificate must carry (Fulcio's CI-provider mapping). */
export function expectedIdentity(token: string, serverUrl: string): { san: string; issuer: string; sub: string } {
  const { claims } = decodeJwt(token);
  const { iss, sub, job_workflow_ref: ref } = claims;
  if (typeof iss !== 'string' || typeof sub !== 'string' || sub === '') {
    throw new CodedError('OIDC_TOKEN_INVALID', 'the identity token has no iss or sub claim');
  }
  if (typeof ref !== 'string' || ref === '') {
    throw new CodedError(
      'USAGE',
      'keyless signing supports GitHub Actions identity tokens (job_workflow_ref claim); use --key otherwise',
    );
  }
  return { san: `${serverUrl.replace(/\/+$/, '')}/${ref}`, issuer: iss, sub };
}

export async function obtainKeylessCertificate(args: {
  fulcio: FulcioClient;
  token: string;
  trustedRoot: TrustedRoot;
  /** GitHub's server URL (GITHUB_SERVER_URL), the prefix of the certificate's URIs. */
  serverUrl: string;
  /** Unix milliseconds. */
  now: () => number;
}): Promise<KeylessCertificate> {
  const expected = expectedIdentity(args.token, args.serverUrl);
  const signer = signerFromPem(generatePrivateKeyPem('ecdsa-p256'), 'ephemeral key');
  const chain = await args.fulcio.signingCertificate({
    token: args.token,
    publicKeyPem: formatPublicKeyPem(signer.publicKey),
    proofOfPossession: signer.sign(utf8(expected.sub)),
  });
  const checked = checkIssuedCertificate({
    chain,
    trust: args.trustedRoot,
    publicKey: signer.publicKey,
    san: expected.san,
    issuer: expected.issuer,
    now: args.now() / 1000,
  });
  return { signer, certificate: checked.leaf.der, identity: checked.identity };
}
