/**
 * The certificate authority behind `provlog serve --ca` (what Fulcio does for a GitHub Actions token):
 * token -> issuer allow-list -> JWKS (cached, one refetch on an unknown kid) -> signature and claims ->
 * proof of possession -> certificate facts -> precertificate -> CT log (durable, SCT) -> final certificate with
 * the SCT embedded. Any failed check throws its own code before anything is signed or logged.
 */

import { encodeSctList } from '../../core/ct/encoding.js';
import { CodedError } from '../../core/errors.js';
import { parsePublicKeyPem } from '../../core/keys/keys.js';
import { githubCertificateFacts } from '../../core/oidc/github-claims.js';
import { checkClaims, decodeJwt, jwksHasKeyFor, unverifiedIssuer, verifyJwtSignature } from '../../core/oidc/jwt.js';
import { checkProofOfPossession } from '../../core/oidc/proof-of-possession.js';
import { buildPrecertificate, finishCertificate } from '../../core/x509/authority.js';
import type { CtLog } from '../../log/ct-log.js';
import type { IssuerKeys } from '../oidc/issuer-keys.js';
import { type CaMaterial, INTERMEDIATE_NAME, randomSerial } from './ca-files.js';

/** Fulcio's default audience. */
export const DEFAULT_AUDIENCE = 'sigstore';
/** Largest clock difference accepted for exp / nbf / iat. */
export const MAX_SKEW_SECONDS = 60;
const DEFAULT_SERVER_URL = 'https://github.com';
/** Fulcio's floor for RSA subject keys. */
const MIN_RSA_BITS = 2048;

/** One trusted issuer: its `iss` and the server its URIs name (Fulcio's CI-provider config). */
export interface OidcIssuerConfig {
  readonly issuerUrl: string;
  readonly serverUrl: string;
}

/** `URL` or `URL=SERVER_URL` (`--oidc-issuer`); the server defaults to https://github.com. */
export function parseIssuerFlag(text: string): OidcIssuerConfig {
  const at = text.indexOf('=');
  const issuerUrl = at < 0 ? text : text.slice(0, at);
  const serverUrl = at < 0 ? DEFAULT_SERVER_URL : text.slice(at + 1).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(serverUrl)) {
    throw new CodedError('USAGE', `--oidc-issuer ${text}: the server URL after "=" must be an http(s) URL`);
  }
  return { issuerUrl, serverUrl };
}

export interface SigningRequest {
  readonly token: string;
  readonly publicKeyPem: string;
  readonly proofOfPossession: Uint8Array | undefined;
}

export interface CertificateAuthorityOptions {
  readonly issuers: readonly OidcIssuerConfig[];
  readonly audience: string;
  readonly material: CaMaterial;
  readonly ctLog: CtLog;
  readonly keys: IssuerKeys;
  /** Unix milliseconds. */
  readonly clock: () => number;
}

export class CertificateAuthority {
  private readonly issuers: ReadonlyMap<string, OidcIssuerConfig>;

  constructor(private readonly options: CertificateAuthorityOptions) {
    this.issuers = new Map(options.issuers.map((i) => [i.issuerUrl, i]));
  }

  get issuerList(): readonly OidcIssuerConfig[] {
    return this.options.issuers;
  }

  get audience(): string {
    return this.options.audience;
  }

  /** The chain, leaf first, then the intermediate and the root (DER). */
  get chainAbove(): readonly Uint8Array[] {
    return [this.options.material.intermediateDer, this.options.material.rootDer];
  }

  async issue(request: SigningRequest): Promise<Uint8Array[]> {
    const { material, ctLog, keys } = this.options;
    const jwt = decodeJwt(request.token);
    const iss = unverifiedIssuer(jwt);
    const issuer = this.issuers.get(iss);
    if (issuer === undefined) {
      throw new CodedError(
        'OIDC_ISSUER_UNTRUSTED',
        `identity token issuer ${JSON.stringify(iss)} is not one this CA trusts`,
      );
    }
    let jwks = await keys.keys(iss);
    if (!jwksHasKeyFor(jwt, jwks)) jwks = await keys.refresh(iss);
    verifyJwtSignature(jwt, jwks);
    const now = this.options.clock();
    checkClaims(jwt.claims, {
      issuer: iss,
      audience: this.options.audience,
      now: now / 1000,
      skewSeconds: MAX_SKEW_SECONDS,
    });
    const key = parsePublicKeyPem(request.publicKeyPem, 'publicKeyRequest.publicKey');
    if (key.algorithm === 'rsa' && (key.keyObject.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
      throw new CodedError('UNSUPPORTED_KEY', `an RSA key to certify must have at least ${MIN_RSA_BITS} bits`);
    }
    checkProofOfPossession(key, jwt.claims.sub, request.proofOfPossession);
    const facts = githubCertificateFacts(jwt.claims, iss, issuer.serverUrl);
    const signer = material.intermediateSigner;
    const pre = buildPrecertificate(
      { serial: randomSerial(), issuer: INTERMEDIATE_NAME, notBefore: now, leafSpki: key.spki, facts },
      signer,
    );
    const { sct } = await ctLog.addPreChain([pre.der, material.intermediateDer, material.rootDer]);
    const leaf = finishCertificate(pre, encodeSctList([sct]), signer);
    return [leaf, material.intermediateDer, material.rootDer];
  }
}
