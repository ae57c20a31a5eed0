/** The CA's token checks, pure: algorithm allow-list, key selection, signature encodings, claim windows. */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkClaims, decodeJwt, type Jwk, verifyJwtSignature } from '../../../../src/core/oidc/jwt.js';
import { codeOf } from '../../../helpers/errors.js';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = (key: KeyObject, extra: Record<string, unknown>): Jwk => ({ ...key.export({ format: 'jwk' }), ...extra });

function token(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject, der = false) {
  const input = `${b64(header)}.${b64(claims)}`;
  const sig =
    header.alg === 'ES256'
      ? sign('sha256', Buffer.from(input), { key, dsaEncoding: der ? 'der' : 'ieee-p1363' })
      : sign('sha256', Buffer.from(input), key);
  return `${input}.${sig.toString('base64url')}`;
}

const NOW = 1_800_000_000;
const claims = { iss: 'https://issuer', aud: 'sigstore', iat: NOW, exp: NOW + 300, sub: 's' };
const policy = { issuer: 'https://issuer', audience: 'sigstore', now: NOW, skewSeconds: 60 };

describe('decodeJwt and verifyJwtSignature', () => {
  it('accepts ES256 (raw r||s) and RS256 signatures from the JWKS key with the kid', () => {
    const es = decodeJwt(token({ alg: 'ES256', kid: 'e' }, claims, ec.privateKey));
    expect(() => verifyJwtSignature(es, [jwk(ec.publicKey, { kid: 'e' })])).not.toThrow();
    const rs = decodeJwt(token({ alg: 'RS256', kid: 'r' }, claims, rsa.privateKey));
    expect(() => verifyJwtSignature(rs, [jwk(rsa.publicKey, { kid: 'r' })])).not.toThrow();
  });

  it('refuses a DER ECDSA signature (JWS uses the raw form)', () => {
    const es = decodeJwt(token({ alg: 'ES256', kid: 'e' }, claims, ec.privateKey, true));
    expect(codeOf(() => verifyJwtSignature(es, [jwk(ec.publicKey, { kid: 'e' })]))).toBe('OIDC_SIGNATURE_INVALID');
  });

  it('refuses alg none, HS256, RS512 and a missing alg before looking at keys', () => {
    for (const alg of ['none', 'HS256', 'RS512', undefined]) {
      expect(codeOf(() => decodeJwt(`${b64({ alg })}.${b64(claims)}.c2ln`))).toBe('OIDC_ALGORITHM_UNSUPPORTED');
    }
  });

  it('does not use encryption keys, keys of another type, or keys declared for another alg', () => {
    const rs = decodeJwt(token({ alg: 'RS256', kid: 'r' }, claims, rsa.privateKey));
    for (const extra of [{ use: 'enc' }, { alg: 'RS512' }]) {
      expect(codeOf(() => verifyJwtSignature(rs, [jwk(rsa.publicKey, { kid: 'r', ...extra })]))).toBe(
        'OIDC_KEY_UNKNOWN',
      );
    }
    expect(codeOf(() => verifyJwtSignature(rs, [jwk(ec.publicKey, { kid: 'r' })]))).toBe('OIDC_KEY_UNKNOWN');
  });

  it('refuses RSA keys under 2048 bits', () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const rs = decodeJwt(token({ alg: 'RS256', kid: 's' }, claims, small.privateKey));
    expect(codeOf(() => verifyJwtSignature(rs, [jwk(small.publicKey, { kid: 's' })]))).toBe('OIDC_SIGNATURE_INVALID');
  });

  it('refuses malformed tokens with OIDC_TOKEN_INVALID', () => {
    expect(codeOf(() => decodeJwt('a.b'))).toBe('OIDC_TOKEN_INVALID');
    expect(codeOf(() => decodeJwt(`${b64({ alg: 'RS256' })}.!!.c2ln`))).toBe('OIDC_TOKEN_INVALID');
    expect(codeOf(() => decodeJwt(`${b64({ alg: 'RS256', crit: ['x'] })}.${b64(claims)}.c2ln`))).toBe(
      'OIDC_TOKEN_INVALID',
    );
    expect(codeOf(() => decodeJwt('x'.repeat(20_000)))).toBe('OIDC_TOKEN_INVALID');
  });
});

describe('checkClaims', () => {
  it('allows up to 60 s of skew on exp, nbf and iat, and no more', () => {
    expect(() => checkClaims(claims, { ...policy, now: NOW + 300 + 60 })).not.toThrow();
    expect(codeOf(() => checkClaims(claims, { ...policy, now: NOW + 300 + 61 }))).toBe('OIDC_TOKEN_EXPIRED');
    expect(() => checkClaims({ ...claims, nbf: NOW + 60 }, policy)).not.toThrow();
    expect(codeOf(() => checkClaims({ ...claims, nbf: NOW + 61 }, policy))).toBe('OIDC_TOKEN_NOT_YET_VALID');
    expect(codeOf(() => checkClaims({ ...claims, iat: NOW + 61 }, policy))).toBe('OIDC_TOKEN_NOT_YET_VALID');
  });

  it('requires the exact issuer, the audience (also inside an array), exp and iat', () => {
    expect(codeOf(() => checkClaims({ ...claims, iss: 'https://issuer/' }, policy))).toBe('OIDC_ISSUER_UNTRUSTED');
    expect(() => checkClaims({ ...claims, aud: ['other', 'sigstore'] }, policy)).not.toThrow();
    expect(codeOf(() => checkClaims({ ...claims, aud: 'sigstore2' }, policy))).toBe('OIDC_AUDIENCE_MISMATCH');
    expect(codeOf(() => checkClaims({ ...claims, exp: undefined }, policy))).toBe('OIDC_TOKEN_INVALID');
    expect(codeOf(() => checkClaims({ ...claims, iat: '1' }, policy))).toBe('OIDC_TOKEN_INVALID');
  });
});
