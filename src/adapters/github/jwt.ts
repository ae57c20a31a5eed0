/**
 * RS256 JWT verification with node:crypto (RFC 7519 / RFC 7515 compact form, RFC 7518 §3.3). Only RS256 is
 * accepted — it is what GitHub's issuer signs with — so `alg: none` / HS256 key-confusion tricks fail by
 * construction. Pure apart from node:crypto; time is a parameter.
 */
import { createPublicKey, type JsonWebKey, verify } from 'node:crypto';
import { CodedError } from '../../core/errors.js';
import { decode } from '../../core/json/decode.js';

export type JsonWebKeyRecord = Record<string, unknown>;

export interface JwtVerifyOptions {
  keys: readonly JsonWebKeyRecord[];
  issuer: string;
  audience: string;
  /** Unix seconds. */
  now: number;
  /** Allowed clock difference for exp / nbf / iat. */
  skewSeconds: number;
}

function invalid(message: string, cause?: unknown): CodedError {
  return new CodedError('OIDC_TOKEN_INVALID', `OIDC token ${message}`, cause === undefined ? {} : { cause });
}

function decodePart(part: string, what: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw invalid(`${what} is not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch (cause) {
    throw invalid(`${what} is not JSON`, cause);
  }
  return { ...decode(value, 'OIDC_TOKEN_INVALID', `OIDC token ${what}`).record() };
}

/** Verifies signature and registered claims; returns all claims. Throws OIDC_TOKEN_INVALID. */
export function verifyJwt(token: string, opts: JwtVerifyOptions): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw invalid('is not a compact JWS (three dot-separated parts)');
  const [h = '', p = '', s = ''] = parts;
  const header = decodePart(h, 'header');
  const claims = decodePart(p, 'payload');
  if (header.alg !== 'RS256') throw invalid(`uses algorithm ${JSON.stringify(header.alg)}; only RS256 is accepted`);
  if (header.crit !== undefined) throw invalid('has critical header parameters we do not understand');
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const candidates = opts.keys.filter(
    (k) => k.kty === 'RSA' && (kid === undefined || k.kid === kid) && (k.use === undefined || k.use === 'sig'),
  );
  if (candidates.length === 0) throw invalid(`key ${kid ?? '(no kid)'} is not in the issuer's JWKS`);
  const signed = Buffer.from(`${h}.${p}`, 'ascii');
  const signature = Buffer.from(s, 'base64url');
  const ok = candidates.some((jwk) => {
    try {
      const key = createPublicKey({ key: toJwk(jwk), format: 'jwk' });
      return verify('sha256', signed, key, signature);
    } catch {
      return false;
    }
  });
  if (!ok) throw invalid('signature does not verify against the issuer keys');
  checkRegisteredClaims(claims, opts);
  return claims;
}

function toJwk(k: JsonWebKeyRecord): JsonWebKey {
  const out: JsonWebKey = { kty: 'RSA' };
  if (typeof k.n === 'string') out.n = k.n;
  if (typeof k.e === 'string') out.e = k.e;
  return out;
}

function checkRegisteredClaims(claims: Record<string, unknown>, opts: JwtVerifyOptions): void {
  if (claims.iss !== opts.issuer) throw invalid(`issuer ${JSON.stringify(claims.iss)} is not ${opts.issuer}`);
  const aud = claims.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(opts.audience))
    throw invalid(`audience ${JSON.stringify(aud)} does not include "${opts.audience}"`);
  const num = (name: string): number | undefined => {
    const v = claims[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw invalid(`claim ${name} is not a number`);
    return v;
  };
  const exp = num('exp');
  if (exp === undefined) throw invalid('has no exp claim');
  if (opts.now > exp + opts.skewSeconds) throw invalid(`expired at ${new Date(exp * 1000).toISOString()}`);
  const nbf = num('nbf');
  if (nbf !== undefined && opts.now + opts.skewSeconds < nbf) throw invalid('is not valid yet (nbf)');
  const iat = num('iat');
  if (iat !== undefined && opts.now + opts.skewSeconds < iat) throw invalid('was issued in the future (iat)');
}
