/**
 * OIDC identity tokens as a certificate authority checks them (RFC 7519 JWT in RFC 7515 compact form): decode,
 * pick the issuer's key by `kid`, verify the signature, check the registered claims. RS256 and ES256 only
 * (RFC 7518 §3.3, §3.4), the algorithms OIDC issuers sign ID tokens with; `none`, HMAC (key-confusion) and
 * everything else are refused before any key is looked at. Pure: keys and the time are parameters; node:crypto
 * verifies. Each failed check has its own error code, so a refusal says which check failed.
 */
import { createPublicKey, type JsonWebKey, type KeyObject, verify } from 'node:crypto';
import { CodedError, type ErrorCode } from '../errors.js';

export type JwtAlgorithm = 'RS256' | 'ES256';
const ALGORITHMS: readonly string[] = ['RS256', 'ES256'];
/** Bounds that keep work per token small: a token is a few KB; a JWKS a handful of keys. */
const MAX_TOKEN_LENGTH = 16 * 1024;
const MIN_RSA_BITS = 2048;

export interface DecodedJwt {
  readonly header: Readonly<Record<string, unknown>>;
  readonly claims: Readonly<Record<string, unknown>>;
  readonly algorithm: JwtAlgorithm;
  readonly kid: string | undefined;
  /** `base64url(header) "." base64url(payload)`: the bytes the signature covers. */
  readonly signingInput: Uint8Array;
  readonly signature: Uint8Array;
}

export interface ClaimsPolicy {
  readonly issuer: string;
  readonly audience: string;
  /** Unix seconds. */
  readonly now: number;
  /** Allowed clock difference for exp / nbf / iat, in seconds. */
  readonly skewSeconds: number;
}

function refuse(code: ErrorCode, message: string, cause?: unknown): CodedError {
  return new CodedError(code, `identity token ${message}`, cause === undefined ? {} : { cause });
}

function decodePart(part: string, what: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) throw refuse('OIDC_TOKEN_INVALID', `${what} is not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch (cause) {
    throw refuse('OIDC_TOKEN_INVALID', `${what} is not JSON`, cause);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw refuse('OIDC_TOKEN_INVALID', `${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/**
 * Splits and decodes a compact JWS without trusting anything in it. OIDC_TOKEN_INVALID for a malformed token,
 * OIDC_ALGORITHM_UNSUPPORTED for any `alg` but RS256 / ES256.
 */
export function decodeJwt(token: string): DecodedJwt {
  if (token.length > MAX_TOKEN_LENGTH) throw refuse('OIDC_TOKEN_INVALID', `is longer than ${MAX_TOKEN_LENGTH} bytes`);
  const parts = token.split('.');
  if (parts.length !== 3) throw refuse('OIDC_TOKEN_INVALID', 'is not a compact JWS (three dot-separated parts)');
  const [h = '', p = '', s = ''] = parts;
  const header = decodePart(h, 'header');
  const alg = header.alg;
  if (typeof alg !== 'string' || !ALGORITHMS.includes(alg)) {
    throw refuse(
      'OIDC_ALGORITHM_UNSUPPORTED',
      `uses algorithm ${JSON.stringify(alg)}; only RS256 and ES256 are accepted`,
    );
  }
  if (header.crit !== undefined) throw refuse('OIDC_TOKEN_INVALID', 'has critical header parameters (crit)');
  const claims = decodePart(p, 'payload');
  if (!/^[A-Za-z0-9_-]+$/.test(s)) throw refuse('OIDC_SIGNATURE_INVALID', 'has no signature');
  const kid = header.kid;
  if (kid !== undefined && typeof kid !== 'string') throw refuse('OIDC_TOKEN_INVALID', 'header kid is not a string');
  return {
    header,
    claims,
    algorithm: alg as JwtAlgorithm,
    kid,
    signingInput: new Uint8Array(Buffer.from(`${h}.${p}`, 'ascii')),
    signature: new Uint8Array(Buffer.from(s, 'base64url')),
  };
}

/** The JWKS members a key is selected by (RFC 7517 §4); other members are ignored. */
export type Jwk = Readonly<Record<string, unknown>>;

function keyFits(jwk: Jwk, alg: JwtAlgorithm): boolean {
  if (jwk.use !== undefined && jwk.use !== 'sig') return false;
  if (jwk.alg !== undefined && jwk.alg !== alg) return false;
  return alg === 'RS256' ? jwk.kty === 'RSA' : jwk.kty === 'EC' && jwk.crv === 'P-256';
}

function loadJwk(jwk: Jwk, alg: JwtAlgorithm): KeyObject | undefined {
  const members: JsonWebKey =
    alg === 'RS256'
      ? { kty: 'RSA', n: String(jwk.n), e: String(jwk.e) }
      : { kty: 'EC', crv: 'P-256', x: String(jwk.x), y: String(jwk.y) };
  try {
    const key = createPublicKey({ key: members, format: 'jwk' });
    if (alg === 'RS256' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) return undefined;
    return key;
  } catch {
    return undefined;
  }
}

/**
 * True when `jwks` holds a key the token names: its `kid` (or, for a token without `kid`, any key of the
 * algorithm's type). The caller refetches the JWKS once when this is false (key rotation).
 */
export function jwksHasKeyFor(jwt: DecodedJwt, jwks: readonly Jwk[]): boolean {
  return jwks.some((k) => keyFits(k, jwt.algorithm) && (jwt.kid === undefined || k.kid === jwt.kid));
}

/**
 * Verifies the token's signature with the issuer's keys. OIDC_KEY_UNKNOWN when no key of the JWKS has the
 * token's `kid` (and type), OIDC_SIGNATURE_INVALID when none of the candidate keys verifies it.
 */
export function verifyJwtSignature(jwt: DecodedJwt, jwks: readonly Jwk[]): void {
  const candidates = jwks.filter((k) => keyFits(k, jwt.algorithm) && (jwt.kid === undefined || k.kid === jwt.kid));
  if (candidates.length === 0) {
    throw refuse('OIDC_KEY_UNKNOWN', `key ${jwt.kid ?? '(no kid)'} for ${jwt.algorithm} is not in the issuer's JWKS`);
  }
  const ok = candidates.some((jwk) => {
    const key = loadJwk(jwk, jwt.algorithm);
    if (key === undefined) return false;
    try {
      // JWS ES256 signatures are the raw 64-byte r || s (RFC 7518 §3.4), not DER.
      return jwt.algorithm === 'ES256'
        ? verify('sha256', jwt.signingInput, { key, dsaEncoding: 'ieee-p1363' }, jwt.signature)
        : verify('sha256', jwt.signingInput, key, jwt.signature);
    } catch {
      return false;
    }
  });
  if (!ok) throw refuse('OIDC_SIGNATURE_INVALID', "signature does not verify with the issuer's keys");
}

function numericClaim(claims: Readonly<Record<string, unknown>>, name: string, required: boolean): number | undefined {
  const value = claims[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw refuse('OIDC_TOKEN_INVALID', `claim ${name} is ${value === undefined ? 'missing' : 'not a number'}`);
  }
  return value;
}

/** Checks iss (exact), aud (the configured audience), exp / nbf / iat within the skew. */
export function checkClaims(claims: Readonly<Record<string, unknown>>, policy: ClaimsPolicy): void {
  if (claims.iss !== policy.issuer) {
    throw refuse('OIDC_ISSUER_UNTRUSTED', `issuer ${JSON.stringify(claims.iss)} is not ${policy.issuer}`);
  }
  const aud = claims.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(policy.audience)) {
    throw refuse('OIDC_AUDIENCE_MISMATCH', `audience ${JSON.stringify(aud)} is not "${policy.audience}"`);
  }
  const exp = numericClaim(claims, 'exp', true) ?? 0;
  const iat = numericClaim(claims, 'iat', true) ?? 0;
  const nbf = numericClaim(claims, 'nbf', false);
  if (policy.now > exp + policy.skewSeconds) {
    throw refuse('OIDC_TOKEN_EXPIRED', `expired at ${new Date(exp * 1000).toISOString()}`);
  }
  if (nbf !== undefined && policy.now + policy.skewSeconds < nbf) {
    throw refuse('OIDC_TOKEN_NOT_YET_VALID', `is not valid before ${new Date(nbf * 1000).toISOString()} (nbf)`);
  }
  if (policy.now + policy.skewSeconds < iat) {
    throw refuse(
      'OIDC_TOKEN_NOT_YET_VALID',
      `was issued in the future, at ${new Date(iat * 1000).toISOString()} (iat)`,
    );
  }
}

/** The unverified `iss` claim, to pick the issuer's configuration; trusted only after checkClaims. */
export function unverifiedIssuer(jwt: DecodedJwt): string {
  const iss = jwt.claims.iss;
  if (typeof iss !== 'string' || iss === '') throw refuse('OIDC_TOKEN_INVALID', 'has no iss claim');
  return iss;
}
