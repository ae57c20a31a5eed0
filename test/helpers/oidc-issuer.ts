/**
 * An OIDC issuer stand-in for the certificate authority's tests, over real HTTP on port 0:
 * `/.well-known/openid-configuration` -> `jwks_uri` (`/jwks`), an RS256 and an ES256 key in the JWKS,
 * `rotate()` to add a new key (the CA must refetch once on the unknown kid), and tokens with the GitHub
 * Actions claim set, good or bad on demand (`mint(claims, { kid, alg, key })`: `alg: 'none'`, a key outside
 * the JWKS, a made-up kid, any claim overridden). `fetches` counts JWKS downloads.
 */
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TokenAlg = 'RS256' | 'ES256' | 'none' | 'HS256';

export interface MintOptions {
  /** Default: the current key's kid. */
  kid?: string;
  alg?: TokenAlg;
  /** 'outsider': signed with a key the JWKS does not hold (but the kid of a listed one). */
  key?: 'jwks' | 'outsider';
}

export interface OidcIssuerStandin {
  readonly issuer: string;
  /** JWKS downloads so far. */
  readonly fetches: number;
  /** The GitHub Actions claim set for `aud` sigstore, valid now for 5 minutes. */
  githubClaims(overrides?: Record<string, unknown>): Record<string, unknown>;
  mint(claims: Record<string, unknown>, options?: MintOptions): string;
  /** Adds a new ES256 key and makes it current; returns its kid. */
  rotate(): string;
  close(): Promise<void>;
}

interface IssuerKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: KeyObject;
  jwk: Record<string, unknown>;
}

function makeKey(kid: string, alg: 'RS256' | 'ES256'): IssuerKey {
  const pair =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    kid,
    alg,
    privateKey: pair.privateKey,
    jwk: { ...pair.publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg },
  };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startOidcIssuer(): Promise<OidcIssuerStandin> {
  const keys: IssuerKey[] = [makeKey('rsa-1', 'RS256'), makeKey('ec-1', 'ES256')];
  let current = keys[0] as IssuerKey;
  let rotations = 0;
  let fetches = 0;
  const outsiders = new Map<string, KeyObject>();
  let url = '';
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/.well-known/openid-configuration') {
      return send(200, {
        issuer: url,
        jwks_uri: `${url}/jwks`,
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256', 'ES256'],
      });
    }
    if (req.url === '/jwks') {
      fetches++;
      return send(200, { keys: keys.map((k) => k.jwk) });
    }
    return send(404, { message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function signingKey(alg: 'RS256' | 'ES256', options: MintOptions): KeyObject {
    if (options.key === 'outsider') {
      let key = outsiders.get(alg);
      if (key === undefined) {
        key = makeKey('outsider', alg).privateKey;
        outsiders.set(alg, key);
      }
      return key;
    }
    const byKid = keys.find((k) => k.kid === options.kid && k.alg === alg);
    return (byKid ?? keys.find((k) => k.alg === alg) ?? current).privateKey;
  }

  return {
    issuer: url,
    get fetches() {
      return fetches;
    },
    githubClaims(overrides = {}) {
      const now = Math.floor(Date.now() / 1000);
      return {
        iss: url,
        aud: 'sigstore',
        iat: now,
        nbf: now,
        exp: now + 300,
        jti: 'c0ffee',
        sub: 'repo:acme/widget:ref:refs/heads/main',
        ref: 'refs/heads/main',
        sha: 'a'.repeat(40),
        repository: 'acme/widget',
        repository_owner: 'acme',
        repository_owner_id: '1000',
        repository_visibility: 'public',
        repository_id: '2000',
        actor: 'octocat',
        actor_id: '3000',
        workflow: 'release',
        workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
        workflow_sha: 'a'.repeat(40),
        job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
        job_workflow_sha: 'a'.repeat(40),
        event_name: 'push',
        ref_type: 'branch',
        run_id: '4000',
        run_number: '7',
        run_attempt: '1',
        runner_environment: 'github-hosted',
        ...overrides,
      };
    },
    mint(claims, options = {}) {
      const alg = options.alg ?? current.alg;
      const kid = options.kid ?? (alg === current.alg ? current.kid : keys.find((k) => k.alg === alg)?.kid);
      const header = { alg, typ: 'JWT', ...(kid === undefined ? {} : { kid }) };
      const input = `${b64url(header)}.${b64url(claims)}`;
      if (alg === 'none') return `${input}.`;
      if (alg === 'HS256') {
        // HMAC keyed with the issuer's PUBLIC key: the classic key-confusion forgery.
        const mac = createHmac('sha256', JSON.stringify(current.jwk)).update(input).digest();
        return `${input}.${mac.toString('base64url')}`;
      }
      const key = signingKey(alg, { ...options, kid: kid ?? '' });
      const signature =
        alg === 'ES256'
          ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
          : sign('sha256', Buffer.from(input), key);
      return `${input}.${signature.toString('base64url')}`;
    },
    rotate() {
      rotations++;
      const key = makeKey(`ec-rotated-${rotations}`, 'ES256');
      keys.push(key);
      current = key;
      return key.kid;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
